#include "diff/diff_table.h"

#include <algorithm>

namespace sd::diff {
namespace {

using model::ObjectKind;
using model::ObjectRef;

// Boxed or Shared expressions.
template <class Optional>
bool SameOptionalExpr(const Optional& a, const Optional& b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || model::SameExpr(*a, *b);
}

// True when a generated column reads a column whose type changes: PostgreSQL
// refuses ALTER TYPE under a generated column, so it is recreated.
bool ReadsRetypedColumn(const model::Table& a, const model::Table& b, const model::Column& column) {
  if (!column.generated) return false;
  for (const auto& name : column.generated->columns) {
    const model::Column* before = a.FindColumn(name);
    const model::Column* after = b.FindColumn(name);
    if (before && after && before->type != after->type) return true;
  }
  return false;
}

void DiffColumn(const model::Table& table, const model::Table& new_table, const model::Column& a,
                const model::Column& b, std::vector<Change>* out) {
  ObjectRef ref{ObjectKind::kColumn, table.name, a.name};
  // Most columns are unchanged: build the change values only when needed.
  auto alter = [&](Aspect aspect) {
    out->push_back(Change{ChangeKind::kAlter, aspect, ref, ColumnObject{table.name, a}, ColumnObject{table.name, b}});
  };
  // A changed generation expression cannot be altered in place: recreate.
  bool regenerate = b.generated && (!SameOptionalExpr(a.generated, b.generated) ||
                                    ReadsRetypedColumn(table, new_table, a));
  if (regenerate) {
    out->push_back(Change{ChangeKind::kDrop, Aspect::kNone, ref, ColumnObject{table.name, a}, {}});
    out->push_back(Change{ChangeKind::kCreate, Aspect::kNone, ref, {}, ColumnObject{table.name, b}});
    return;
  }
  if (a.generated && !b.generated) alter(Aspect::kColumnDropExpression);
  if (a.type != b.type || a.collation != b.collation) alter(Aspect::kColumnType);
  if (!SameOptionalExpr(a.default_value, b.default_value)) alter(Aspect::kColumnDefault);
  if (a.not_null != b.not_null) alter(Aspect::kColumnNotNull);
  if (a.identity != b.identity) alter(Aspect::kColumnIdentity);
  // ALTER TYPE resets storage and compression to the new type's: an explicit
  // one is set again after it.
  bool retyped = a.type != b.type && (b.storage != model::ColumnStorage::kDefault ||
                                      b.compression != model::ColumnCompression::kDefault);
  if (a.storage != b.storage || a.compression != b.compression || a.statistics != b.statistics || retyped)
    alter(Aspect::kColumnStorage);
  if (a.comment != b.comment) alter(Aspect::kComment);
}

}  // namespace

void DiffTable(const model::Table& a, const model::Table& b, std::vector<Change>* out) {
  ObjectRef table_ref{ObjectKind::kTable, a.name, ""};
  // PostgreSQL cannot make a table partitioned (or plain again) in place:
  // the new table is built and the rows copied, which covers every other change.
  if (a.partition_by != b.partition_by || a.partition_of != b.partition_of) {
    out->push_back(Change{ChangeKind::kAlter, Aspect::kPartitioning, table_ref, a, b});
    return;
  }
  if (a.partition_bound != b.partition_bound)
    out->push_back(Change{ChangeKind::kAlter, Aspect::kPartitionBound, table_ref, a, b});
  if (a.persistence != b.persistence)
    out->push_back(Change{ChangeKind::kAlter, Aspect::kTablePersistence, table_ref, a, b});
  if (a.options != b.options) out->push_back(Change{ChangeKind::kAlter, Aspect::kTableOptions, table_ref, a, b});
  if (a.comment != b.comment) out->push_back(Change{ChangeKind::kAlter, Aspect::kComment, table_ref, a, b});
  if (a.row_security != b.row_security || a.force_row_security != b.force_row_security)
    out->push_back(Change{ChangeKind::kAlter, Aspect::kRowSecurity, table_ref, a, b});

  // Columns: by name; declaration order is not compared (PostgreSQL cannot reorder).
  for (const auto& col : a.columns) {
    const model::Column* other = b.FindColumn(col.name);
    ObjectRef ref{ObjectKind::kColumn, a.name, col.name};
    if (!other)
      out->push_back(Change{ChangeKind::kDrop, Aspect::kNone, ref, ColumnObject{a.name, col}, {}});
    else
      DiffColumn(a, b, col, *other, out);
  }
  for (const auto& col : b.columns) {
    if (!a.FindColumn(col.name))
      out->push_back(Change{ChangeKind::kCreate, Aspect::kNone, {ObjectKind::kColumn, a.name, col.name}, {},
                            ColumnObject{a.name, col}});
  }

  // Constraints: by name; a changed definition is dropped and added again.
  // A constraint that disappears while one of identical definition appears
  // (e.g. default names after a table rename) is renamed: same catalog, no
  // index rebuild, no validation scan.
  std::vector<const model::Constraint*> gone, added;
  for (const auto& c : a.constraints) {
    const model::Constraint* other = b.FindConstraint(c.name);
    ObjectRef ref{ObjectKind::kConstraint, a.name, c.name};
    bool same_definition = other && other->SameDefinition(c);
    if (same_definition && c.not_valid == other->not_valid && c.comment == other->comment) continue;
    ConstraintObject before{a.name, c};
    if (same_definition) {
      ConstraintObject after{a.name, *other};
      if (c.not_valid && !other->not_valid) {
        out->push_back(Change{ChangeKind::kAlter, Aspect::kConstraintValidate, ref, before, after});
      } else if (!c.not_valid && other->not_valid) {
        // PostgreSQL cannot un-validate: re-add as NOT VALID.
        out->push_back(Change{ChangeKind::kDrop, Aspect::kNone, ref, before, {}});
        out->push_back(Change{ChangeKind::kCreate, Aspect::kNone, ref, {}, after});
        continue;
      }
      if (c.comment != other->comment)
        out->push_back(Change{ChangeKind::kAlter, Aspect::kComment, ref, before, after});
      continue;
    }
    if (other) {
      out->push_back(Change{ChangeKind::kDrop, Aspect::kNone, ref, before, {}});
      out->push_back(Change{ChangeKind::kCreate, Aspect::kNone, ref, {}, ConstraintObject{a.name, *other}});
    } else {
      gone.push_back(&c);
    }
  }
  for (const auto& c : b.constraints)
    if (!a.FindConstraint(c.name)) added.push_back(&c);
  for (const model::Constraint* c : added) {
    ObjectRef ref{ObjectKind::kConstraint, a.name, c->name};
    auto same = std::find_if(gone.begin(), gone.end(), [&](const model::Constraint* g) {
      return g && g->SameDefinition(*c) && g->not_valid == c->not_valid;
    });
    if (same != gone.end()) {
      ObjectRef from{ObjectKind::kConstraint, a.name, (*same)->name};
      out->push_back(Change{ChangeKind::kAlter, Aspect::kRename, ref, from, ref});
      if ((*same)->comment != c->comment)
        out->push_back(Change{ChangeKind::kAlter, Aspect::kComment, ref, ConstraintObject{a.name, **same},
                              ConstraintObject{a.name, *c}});
      *same = nullptr;
      continue;
    }
    out->push_back(Change{ChangeKind::kCreate, Aspect::kNone, ref, {}, ConstraintObject{a.name, *c}});
  }
  for (const model::Constraint* g : gone)
    if (g)
      out->push_back(Change{ChangeKind::kDrop, Aspect::kNone, {ObjectKind::kConstraint, a.name, g->name},
                            ConstraintObject{a.name, *g}, {}});
}

}  // namespace sd::diff
