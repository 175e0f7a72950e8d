// render.h - the generator's model as a PostgreSQL schema file.
#pragma once

#include <string>

#include "model.h"

namespace sdr {

/// The model as SQL that psql loads into an empty database: schemas, enum
/// types, sequences, tables (foreign keys afterwards, so cycles load),
/// indexes, views, comments. With `annotate_renames`, renamed tables, columns
/// and enum values carry `-- schemadiff:renamed-from OLD` (for NEW).
std::string Render(const Model& m, bool annotate_renames);

/// The type's canonical spelling (for descriptions).
std::string TypeName(const Model& m, const Type& t);

/// A string as an SQL literal: single quotes, inner quotes doubled.
std::string Literal(const std::string& s);

}  // namespace sdr
