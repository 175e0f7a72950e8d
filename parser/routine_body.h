// What a function body reads, and SQL-standard bodies in canonical form.
#pragma once

#include <string>
#include <vector>

#include "model/object_ref.h"
#include "parser/interp_context.h"

namespace sd::parser {

/// Relations (as table refs, or view refs where a view of that name exists)
/// that a LANGUAGE sql body given as a string reads. PostgreSQL validates
/// such bodies at creation, so these must exist first; a body that does not
/// parse yields nothing.
std::vector<model::ObjectRef> RelationsInSqlBody(const std::string& body, InterpContext& ctx);

/// A SQL-standard body (RETURN expr, or BEGIN ATOMIC … END).
struct SqlStandardBody {
  std::string text;  ///< as emitted after the function's attributes
  std::string key;   ///< canonical: qualifiers and casts PostgreSQL adds are dropped
  std::vector<model::ObjectRef> uses;  ///< relations and functions it references
};

/// Reads the `sql_body` node of CREATE FUNCTION. Reports through `ctx` and
/// returns false when a statement cannot be deparsed.
bool ReadSqlStandardBody(PgQuery__Node* body, InterpContext& ctx, SqlStandardBody* out);

}  // namespace sd::parser
