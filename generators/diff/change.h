// Typed changes between two catalogs: plain values, no SQL.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "model/catalog.h"

namespace sd::diff {

enum class ChangeKind { kCreate, kDrop, kAlter };

/// Which property an kAlter change modifies.
enum class Aspect {
  kNone,
  kComment,
  kColumnType,        ///< type and collation
  kColumnDefault,
  kColumnNotNull,
  kColumnIdentity,
  kColumnDropExpression,  ///< generated → plain column
  kConstraintValidate,
  kEnumValues,
  kSequenceOptions,
  kSequenceOwner,
  kExtensionVersion,
  kExtensionSchema,
  kTablePersistence,
  kRename,  ///< before/after are the ObjectRefs of the old and new name
  kRecreate,  ///< drop + create forced by a dependency (set on the pair's changes, see dependents.h)
  // Aspects of the object kinds beyond tables (views, functions, ...).
  kViewOptions,
  kViewQuery,          ///< CREATE OR REPLACE VIEW suffices (same leading columns)
  kFunctionBody,       ///< CREATE OR REPLACE suffices
  kPolicyDefinition,   ///< ALTER POLICY suffices (roles, USING, WITH CHECK)
  kDomainDefault,
  kDomainNotNull,
  kCompositeAttributes,
  kOwner,
  kRowSecurity,        ///< ENABLE / FORCE ROW LEVEL SECURITY of a table
  kPartitionBound,     ///< a partition's FOR VALUES bound: DETACH + ATTACH
  kPartitioning,       ///< PARTITION BY or PARTITION OF changed: the table is re-created with its rows
  kTableOptions,       ///< WITH (...) storage parameters: ALTER TABLE SET / RESET
  kColumnStorage,      ///< SET STORAGE / COMPRESSION / STATISTICS of a column
};

/// A column together with its table, so it can stand alone in a change.
struct ColumnObject {
  model::QualifiedName table;
  model::Column column;
};

/// A constraint together with its table.
struct ConstraintObject {
  model::QualifiedName table;
  model::Constraint constraint;
};

/// A domain constraint together with its domain.
struct DomainConstraintObject {
  model::QualifiedName domain;
  model::DomainConstraint constraint;
};

using Object = std::variant<std::monostate, model::Schema, model::Extension, model::EnumType, model::Sequence,
                            model::Table, ColumnObject, ConstraintObject, model::Index, model::ObjectRef,
                            model::View, model::Function, model::Trigger, model::Policy, model::Domain,
                            DomainConstraintObject, model::CompositeType, model::RangeType, model::Grant>;

/// One change: create `after`, drop `before`, or alter one aspect of
/// `before` into `after`. The inverse swaps the two.
struct Change {
  ChangeKind kind = ChangeKind::kAlter;
  Aspect aspect = Aspect::kNone;
  model::ObjectRef target;
  Object before;
  Object after;
  bool inverted = false;  ///< part of a backward migration (set by Invert)
  bool annotated = false;  ///< a rename the user annotated (else one the diff found)
};

/// The change that undoes `change`.
Change Invert(const Change& change);

/// The inverse of a whole list: what the backward migration applies.
std::vector<Change> Invert(const std::vector<Change>& changes);

/// Rename changes, in the order the renames were resolved.
std::vector<Change> RenameChanges(const std::vector<model::Rename>& renames);

/// The comment an object carries (none for kinds without comments).
model::Comment CommentOf(const Object& object);

/// "create table public.t", "alter column public.t.c (type)": for messages.
std::string Describe(const Change& change);

}  // namespace sd::diff
