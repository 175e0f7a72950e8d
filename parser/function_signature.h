// Function signatures: canonical parameter types, and finding a function
// named with its argument types (DROP, COMMENT ON, ALTER, RENAME).
#pragma once

#include <string>
#include <vector>

#include "model/catalog.h"
#include "parser/interp_context.h"

namespace sd::parser {

/// Canonical type of a parameter or return type: typmods dropped (PostgreSQL
/// keeps none on parameters), `%TYPE` resolved to the column's type.
model::TypeRef ParameterType(const PgQuery__TypeName* type, InterpContext& ctx);

/// "integer, text": the identity of an overload, as a function ref's `sub`.
std::string IdentityArgs(const std::vector<model::TypeRef>& input_types);

/// What an object of a function's type depends on: the user type, or the
/// table or view whose row type it is; empty ref for builtins.
model::ObjectRef TypeDependency(const model::TypeRef& type, const model::Catalog& catalog);

/// The function `func` names: the overload with those input types, or the
/// only one of that name when no argument list is given. Reports through
/// `ctx` (unless `missing_ok`) and returns null when there is none.
model::Function* LookupFunction(const PgQuery__ObjectWithArgs* func, InterpContext& ctx, bool missing_ok = false);

}  // namespace sd::parser
