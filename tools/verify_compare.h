// Comparing a catalog read back from PostgreSQL with the expected one.
#pragma once

#include <string>
#include <vector>

#include "model/catalog.h"
#include "verify_report.h"

namespace sd::tools {

/// Parses pg_dump --schema-only text with our own parser. False with `error`
/// holding the parser's errors (a schemadiff bug: PostgreSQL wrote it).
bool ReadDump(const std::string& dump, const std::string& name, model::Catalog* catalog, std::string* error);

/// The differences between `expected` and `actual` (sd::diff::Diff of the
/// two, in words): empty when PostgreSQL stores the same thing.
std::vector<Difference> Compare(const model::Catalog& expected, const model::Catalog& actual);

}  // namespace sd::tools
