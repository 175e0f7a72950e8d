// Row-level security policies.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/expr.h"
#include "model/object_ref.h"

namespace sd::model {

/// A policy: one per (table, name).
struct Policy {
  QualifiedName table;
  std::string name;
  bool permissive = true;
  std::string command = "ALL";      ///< ALL, SELECT, INSERT, UPDATE or DELETE
  std::vector<std::string> roles;   ///< sorted; {"public"} when not given
  Boxed<Expr> using_expr;
  Boxed<Expr> check_expr;
  std::vector<ObjectRef> depends_on;  ///< the table, columns and functions used
  Comment comment;

  ObjectRef Ref() const { return {ObjectKind::kPolicy, table, name}; }
};

}  // namespace sd::model
