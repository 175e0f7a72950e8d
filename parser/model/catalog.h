// The whole declared schema: every object, keyed for deterministic iteration.
#pragma once

#include <map>
#include <string>

#include "model/index.h"
#include "model/object_ref.h"
#include "model/sequence.h"
#include "model/table.h"
#include "model/types.h"

namespace sd::model {

/// What a set of DDL statements declares. Maps are ordered so that every
/// walk over the catalog is deterministic.
struct Catalog {
  std::map<std::string, Schema> schemas;
  std::map<std::string, Extension> extensions;
  std::map<QualifiedName, EnumType> enums;
  std::map<QualifiedName, Sequence> sequences;
  std::map<QualifiedName, Table> tables;
  std::map<QualifiedName, Index> indexes;

  /// A catalog as a fresh PostgreSQL database has it: the public schema.
  static Catalog Empty();

  /// True when a relation (table, index or sequence) of that name exists:
  /// they share one namespace in PostgreSQL.
  bool RelationExists(const QualifiedName& name) const;
  /// The unique or primary key constraint, or unique index, that a foreign key
  /// on `columns` of `table` relies on; empty ref when none.
  ObjectRef ReferencedKey(const QualifiedName& table, const std::vector<std::string>& columns) const;
};

/// PostgreSQL's comment on the public schema of a fresh database.
inline constexpr const char* kPublicSchemaComment = "standard public schema";

}  // namespace sd::model
