// Identity of a catalog object, used for dependencies and change targets.
#pragma once

#include <compare>
#include <string>

#include "model/atom.h"

namespace sd::model {

/// Every kind of object schemadiff knows. Ordering and diff treat all kinds
/// uniformly.
enum class ObjectKind {
  kSchema,
  kExtension,
  kEnumType,
  kSequence,
  kTable,
  kColumn,
  kConstraint,
  kIndex,
  kView,
  kMaterializedView,
  kFunction,    ///< functions and procedures; `sub` holds the argument types
  kTrigger,     ///< `name` is the table, `sub` the trigger
  kDomain,
  kDomainConstraint,  ///< `name` is the domain, `sub` the constraint
  kCompositeType,
  kRangeType,
  kPolicy,      ///< `name` is the table, `sub` the policy
  kPrivilege,   ///< a grant: `name`/`sub` the object, see model/privilege.h
  kOwner,       ///< an owner assignment of the object `name`/`sub`
};

/// Lower-case name of a kind, as used in messages ("table", "column", ...).
const char* KindName(ObjectKind kind);

/// A schema-qualified name. `schema` is empty only for objects that live
/// outside schemas (schemas and extensions themselves).
struct QualifiedName {
  Atom schema;
  Atom name;
  auto operator<=>(const QualifiedName&) const = default;
  bool operator==(const QualifiedName&) const = default;
};

/// Points at one object: `sub` names a column, constraint or other member of
/// the relation `name` (empty for top-level objects).
struct ObjectRef {
  ObjectKind kind = ObjectKind::kTable;
  QualifiedName name;
  std::string sub;
  auto operator<=>(const ObjectRef&) const = default;
  bool operator==(const ObjectRef&) const = default;
};

/// One rename, from a `-- schemadiff:renamed-from` annotation: `from` and
/// `to` are the object before and after (same kind; for columns and
/// constraints `name` is the table and `sub` the member).
struct Rename {
  ObjectRef from;
  ObjectRef to;
};

/// "column public.t.c": readable and unique, used in messages and JSON.
std::string Describe(const ObjectRef& ref);

}  // namespace sd::model
