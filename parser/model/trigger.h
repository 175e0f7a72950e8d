// Triggers on tables and views.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/expr.h"
#include "model/object_ref.h"

namespace sd::model {

/// Trigger events as PostgreSQL's tgtype bits (and the parse tree) use them.
enum TriggerEvent : int {
  kTriggerInsert = 1 << 2,
  kTriggerDelete = 1 << 3,
  kTriggerUpdate = 1 << 4,
  kTriggerTruncate = 1 << 5,
};

/// A trigger: one per (table, name).
struct Trigger {
  QualifiedName table;  ///< a table or a view
  std::string name;
  bool constraint = false;       ///< CREATE CONSTRAINT TRIGGER
  std::string timing = "AFTER";  ///< BEFORE, AFTER or INSTEAD OF
  int events = 0;                ///< TriggerEvent bits
  std::vector<std::string> update_columns;  ///< UPDATE OF, in the order written
  bool for_each_row = false;
  Boxed<Expr> when;
  std::string old_table;  ///< REFERENCING OLD TABLE AS, or ""
  std::string new_table;  ///< REFERENCING NEW TABLE AS, or ""
  QualifiedName function;
  std::vector<std::string> args;  ///< PostgreSQL keeps trigger arguments as strings
  bool deferrable = false;
  bool initially_deferred = false;
  std::optional<QualifiedName> from_table;  ///< constraint triggers: FROM referenced table
  char enabled = 'O';  ///< 'O' enabled, 'D' disabled, 'R' replica, 'A' always (pg_trigger.tgenabled)
  std::vector<ObjectRef> depends_on;  ///< the table, its columns, the function
  Comment comment;

  ObjectRef Ref() const { return {ObjectKind::kTrigger, table, name}; }
};

}  // namespace sd::model
