// Expressions (defaults, checks, index keys, predicates) kept two ways.
#pragma once

#include <string>
#include <vector>

#include "model/boxed.h"
#include "model/object_ref.h"

namespace sd::model {

/// An expression as written (for output) and in canonical form (for
/// comparison), with the objects it references (for ordering).
struct Expr {
  std::string text;  ///< deparsed from the user's expression; valid SQL
  std::string key;   ///< canonical form: equal keys mean PostgreSQL stores the same thing
  std::vector<std::string> columns;    ///< unqualified column names referenced
  std::vector<QualifiedName> sequences;  ///< sequences referenced through nextval()
  std::vector<QualifiedName> types;      ///< user types referenced by casts
  std::vector<ObjectRef> functions;      ///< user functions called (every overload of the name)
  bool empty() const { return text.empty(); }
};

/// Equality is by canonical key only.
inline bool SameExpr(const Expr& a, const Expr& b) { return a.key == b.key; }

}  // namespace sd::model
