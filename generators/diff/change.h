// Typed changes between two catalogs: plain values, no SQL.
#pragma once

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

using Object = std::variant<std::monostate, model::Schema, model::Extension, model::EnumType, model::Sequence,
                            model::Table, ColumnObject, ConstraintObject, model::Index, model::ObjectRef>;

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

/// "create table public.t", "alter column public.t.c (type)": for messages.
std::string Describe(const Change& change);

}  // namespace sd::diff
