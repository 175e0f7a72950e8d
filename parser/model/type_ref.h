// A column or cast type in canonical form.
#pragma once

#include <compare>
#include <string>
#include <vector>

#include "model/atom.h"

namespace sd::model {

/// A type as PostgreSQL stores it: builtin types carry their canonical SQL
/// name ("integer", "character varying", "timestamp with time zone") and an
/// empty schema; user types are schema-qualified.
struct TypeRef {
  Atom schema;                         ///< empty for builtin types
  Atom name;                           ///< canonical name
  std::vector<std::string> modifiers;  ///< typmods as written, e.g. {"10","2"}
  int array_dims = 0;                  ///< PostgreSQL ignores sizes; only [] counts
  auto operator<=>(const TypeRef&) const = default;
  bool operator==(const TypeRef&) const = default;

  bool IsBuiltin() const { return schema.empty(); }
  /// The same type without array dimensions.
  TypeRef Element() const;
};

/// SQL spelling of a type, with quoting for user types:
/// "character varying(20)[]", "timestamp(3) with time zone", public."My Enum".
std::string TypeSql(const TypeRef& type);

}  // namespace sd::model
