// The one place identifiers and literals are quoted for SQL output.
#pragma once

#include <string>
#include <string_view>

#include "model/object_ref.h"

namespace sd::model {

/// Quotes an identifier only where PostgreSQL needs it: anything but a
/// lower-case plain name, or a keyword that is not unreserved.
std::string QuoteIdent(std::string_view name);

/// "schema.name" with each part quoted as needed; the schema is omitted when empty.
std::string QuoteQualified(const QualifiedName& name);

/// A string literal: 'it''s'. Uses E'' escapes never; standard strings only.
std::string QuoteLiteral(std::string_view value);

}  // namespace sd::model
