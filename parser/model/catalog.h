// The whole declared schema: every object, keyed for deterministic iteration.
#pragma once

#include <map>
#include <set>
#include <string>

#include "model/domain.h"
#include "model/function.h"
#include "model/index.h"
#include "model/object_ref.h"
#include "model/policy.h"
#include "model/privilege.h"
#include "model/sequence.h"
#include "model/table.h"
#include "model/trigger.h"
#include "model/types.h"
#include "model/view.h"

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
  std::map<QualifiedName, View> views;  ///< views and materialized views
  std::map<ObjectRef, Function> functions;  ///< keyed by Function::Ref()
  std::map<ObjectRef, Trigger> triggers;    ///< keyed by Trigger::Ref()
  std::map<ObjectRef, Policy> policies;     ///< keyed by Policy::Ref()
  std::map<QualifiedName, Domain> domains;
  std::map<QualifiedName, CompositeType> composite_types;
  std::map<QualifiedName, RangeType> range_types;
  std::set<Grant> grants;  ///< also revoked PUBLIC defaults and default privileges (model/privilege.h)
  std::map<ObjectRef, std::string> owners;  ///< object → owning role, where declared

  /// A catalog as a fresh PostgreSQL database has it: the public schema.
  static Catalog Empty();

  /// True when a relation (table, view, index or sequence) of that name
  /// exists: they share one namespace in PostgreSQL.
  bool RelationExists(const QualifiedName& name) const;
  /// True when the object a grant, owner or dependency names is declared:
  /// schemas, relations, columns, functions and types.
  bool Exists(const ObjectRef& ref) const;
  /// The unique or primary key constraint, or unique index, that a foreign key
  /// on `columns` of `table` relies on; empty ref when none.
  ObjectRef ReferencedKey(const QualifiedName& table, const std::vector<std::string>& columns) const;
  /// The ref of the user type `name` (enum, domain, composite or range type,
  /// by which map holds it): what columns and other types of that type need.
  /// An unknown name is taken for an enum, the only kind that predates the others.
  ObjectRef UserTypeRef(const QualifiedName& name) const;
  /// True when any kind of user type has that name (types share one namespace).
  bool TypeExists(const QualifiedName& name) const;
};

/// Columns by the user type they have (arrays of it included): type →
/// (table, column) in catalog order. Built once per catalog where a step
/// needs every user of a type, instead of scanning all tables per type.
using ColumnsByType = std::map<QualifiedName, std::vector<std::pair<QualifiedName, std::string>>>;
ColumnsByType IndexColumnsByType(const Catalog& catalog);

/// PostgreSQL's comment on the public schema of a fresh database.
inline constexpr const char* kPublicSchemaComment = "standard public schema";

}  // namespace sd::model
