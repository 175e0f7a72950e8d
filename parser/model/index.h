// Indexes created with CREATE INDEX (constraint-backing indexes belong to constraints).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/expr.h"
#include "model/object_ref.h"
#include "model/table.h"

namespace sd::model {

struct Index {
  QualifiedName name;  ///< schema is the table's schema
  QualifiedName table;
  bool unique = false;
  bool nulls_not_distinct = false;
  Atom method = "btree";
  std::vector<IndexKey> keys;
  std::vector<std::string> include;
  Boxed<Expr> where;
  std::vector<std::string> options;  ///< WITH (...) storage parameters, canonical "k=v"
  Comment comment;
  Atom renamed_from;         ///< rename annotation in the schema file (not compared)
  /// Canonical definition; equal keys need no change.
  std::string DefinitionKey() const;
  /// True when DefinitionKey() would be equal, without building strings.
  bool SameDefinition(const Index& other) const;

  ObjectRef Ref() const { return {ObjectKind::kIndex, name, ""}; }
};

}  // namespace sd::model
