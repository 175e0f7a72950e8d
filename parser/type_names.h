// TypeName parse nodes to canonical TypeRef.
#pragma once

#include <string>

#include "model/type_ref.h"
#include "parser/interp_context.h"

namespace sd::parser {

/// The serial pseudo-types, which expand to an integer type, a sequence and a default.
enum class SerialKind { kNone, kSmall, kRegular, kBig };

/// Canonical type of a TypeName node. Builtins get PostgreSQL's canonical
/// name; unknown names are resolved through search_path. `serial` is set
/// (and the integer type returned) for serial types.
model::TypeRef CanonicalType(const PgQuery__TypeName* type, const InterpContext& ctx,
                             SerialKind* serial = nullptr);

/// The canonical builtin name for a catalog type name such as "int4" or
/// "varchar"; empty if `name` is not a builtin that PostgreSQL renames.
std::string BuiltinTypeName(const std::string& name);

}  // namespace sd::parser
