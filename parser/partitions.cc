#include "parser/partitions.h"

#include <algorithm>

#include "model/quote.h"
#include "parser/expr_canon.h"
#include "parser/naming.h"
#include "parser/table_parts.h"

namespace sd::parser {
namespace {

std::string Upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::toupper(c); });
  return s;
}

// The key column's type, so bound literals compare as PostgreSQL stores them
// ('1' and 1 for an integer key are the same bound).
const model::TypeRef* KeyColumnType(const model::Table& parent, size_t i) {
  size_t open = parent.partition_by.find('(');
  if (open == std::string::npos) return nullptr;
  std::string keys = parent.partition_by.substr(open + 1);
  // Only plain column keys are looked up; an expression key keeps its literal.
  size_t at = 0;
  for (size_t k = 0; k < i; ++k) {
    at = keys.find(", ", at);
    if (at == std::string::npos) return nullptr;
    at += 2;
  }
  std::string key = keys.substr(at, keys.find_first_of(",) ", at) - at);
  for (const auto& c : parent.columns)
    if (model::QuoteIdent(c.name) == key) return &c.type;
  return nullptr;
}

// A bound literal as PostgreSQL prints it back: the canonical key of a
// constant is valid SQL ('x' or a number); a date-only timestamp gains its
// midnight, as pg_dump writes it.
std::string DatumText(PgQuery__Node** slot, const model::TypeRef* type, InterpContext& ctx) {
  model::Expr e = MakeExpr(slot, ctx);
  if (type) CanonicaliseDefaultForType(&e, *type);
  const std::string& key = e.key;
  bool quoted = key.size() >= 2 && key.front() == '\'' && key.back() == '\'' &&
                key.find('\'', 1) == key.size() - 1;
  bool number = !key.empty() && key.find_first_not_of("0123456789.-+eE") == std::string::npos;
  if (!quoted) return number ? key : e.text;
  std::string value = key.substr(1, key.size() - 2);
  if (type && type->IsBuiltin() && type->name == "timestamp without time zone" && value.size() == 10 &&
      value[4] == '-' && value[7] == '-')
    value += " 00:00:00";
  return model::QuoteLiteral(value);
}

std::string DatumList(size_t n, PgQuery__Node** items, const model::Table& parent, bool each_key,
                      InterpContext& ctx) {
  std::string out;
  for (size_t i = 0; i < n; ++i) {
    out += i ? ", " : "";
    PgQuery__Node* item = items[i];
    if (item->node_case == PG_QUERY__NODE__NODE_PARTITION_RANGE_DATUM) {
      PgQuery__PartitionRangeDatum* d = item->partition_range_datum;
      if (d->kind == PG_QUERY__PARTITION_RANGE_DATUM_KIND__PARTITION_RANGE_DATUM_MINVALUE) {
        out += "MINVALUE";
      } else if (d->kind == PG_QUERY__PARTITION_RANGE_DATUM_KIND__PARTITION_RANGE_DATUM_MAXVALUE) {
        out += "MAXVALUE";
      } else {
        out += DatumText(&d->value, KeyColumnType(parent, i), ctx);
      }
      continue;
    }
    // The grammar leaves MINVALUE / MAXVALUE as column references.
    if (item->node_case == PG_QUERY__NODE__NODE_COLUMN_REF && item->column_ref->n_fields == 1) {
      std::string word = Upper(StringOf(item->column_ref->fields[0]));
      if (word == "MINVALUE" || word == "MAXVALUE") {
        out += word;
        continue;
      }
    }
    out += DatumText(&items[i], KeyColumnType(parent, each_key ? i : 0), ctx);
  }
  return out;
}

bool IsKeyConstraint(const model::Constraint& c) {
  return c.kind == model::ConstraintKind::kPrimaryKey || c.kind == model::ConstraintKind::kUnique ||
         c.kind == model::ConstraintKind::kExclusion;
}

std::vector<model::Table*> PartitionsOf(const model::QualifiedName& parent, InterpContext& ctx) {
  return ctx.PartitionsOf(parent);
}

// An index or key constraint of a partition that the parent's would imply:
// same kind of keys over the same columns.
std::vector<std::string> KeyColumnsOf(const std::vector<model::IndexKey>& keys) {
  std::vector<std::string> out;
  for (const auto& k : keys) out.push_back(k.expr ? "expr" : k.column);
  return out;
}

}  // namespace

std::string PartitionKeyText(PgQuery__PartitionSpec* spec, InterpContext& ctx) {
  std::string out = Upper(spec->strategy ? spec->strategy : "") + " (";
  for (size_t i = 0; i < spec->n_part_params; ++i) {
    PgQuery__PartitionElem* elem = spec->part_params[i]->partition_elem;
    out += i ? ", " : "";
    if (elem->name && *elem->name) {
      out += model::QuoteIdent(elem->name);
    } else if (elem->expr && elem->expr->node_case == PG_QUERY__NODE__NODE_COLUMN_REF &&
               elem->expr->column_ref->n_fields == 1) {
      out += model::QuoteIdent(StringOf(elem->expr->column_ref->fields[0]));
    } else if (elem->expr) {
      out += "(" + MakeExpr(&elem->expr, ctx).text + ")";
    }
    std::string collation = CollationName(elem->n_collation, elem->collation);
    if (!collation.empty()) out += " COLLATE " + model::QuoteIdent(collation);
    if (elem->n_opclass) out += " " + model::QuoteIdent(StringOf(elem->opclass[elem->n_opclass - 1]));
  }
  return out + ")";
}

std::string PartitionBoundText(PgQuery__PartitionBoundSpec* bound, const model::Table& parent, InterpContext& ctx) {
  if (bound->is_default) return "DEFAULT";
  std::string strategy = bound->strategy ? bound->strategy : "";
  if (strategy == "h")
    return "FOR VALUES WITH (modulus " + std::to_string(bound->modulus) + ", remainder " +
           std::to_string(bound->remainder) + ")";
  if (strategy == "l") return "FOR VALUES IN (" + DatumList(bound->n_listdatums, bound->listdatums, parent, false, ctx) + ")";
  return "FOR VALUES FROM (" + DatumList(bound->n_lowerdatums, bound->lowerdatums, parent, true, ctx) + ") TO (" +
         DatumList(bound->n_upperdatums, bound->upperdatums, parent, true, ctx) + ")";
}

void InheritFromParent(model::Table& child, const model::Table& parent) {
  std::vector<model::Column> own = std::move(child.columns);
  child.columns.clear();
  for (const auto& pc : parent.columns) {
    model::Column c = pc;
    c.comment.reset();
    c.identity.reset();  // identity is not inherited by partitions
    c.statistics = -1;   // nor is the statistics target (storage and compression are)
    auto it = std::find_if(own.begin(), own.end(), [&](const model::Column& o) { return o.name == pc.name; });
    if (it != own.end()) {
      c.not_null = c.not_null || it->not_null;
      if (it->default_value) {
        c.default_value = it->default_value;
        c.default_value.Modify([&](model::Expr& e) { CanonicaliseDefaultForType(&e, c.type); });
      }
      c.comment = it->comment;
    }
    child.columns.push_back(std::move(c));
  }
  for (const auto& pc : parent.constraints) {
    if (pc.kind != model::ConstraintKind::kCheck || pc.no_inherit || child.FindConstraint(pc.name)) continue;
    model::Constraint c = pc;
    c.comment.reset();
    c.renamed_from.clear();
    child.constraints.insert(child.constraints.begin(), std::move(c));
  }
}

void AddPartitionColumnOptions(model::Table& child, PgQuery__ColumnDef* def, InterpContext& ctx,
                               std::vector<PendingConstraint>* pending) {
  model::Column column;
  column.name = def->colname;
  column.not_null = def->is_not_null;
  if (def->raw_default) column.default_value = MakeExpr(&def->raw_default, ctx);
  for (size_t i = 0; i < def->n_constraints; ++i) {
    PgQuery__Constraint* c = def->constraints[i]->constraint;
    if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL) column.not_null = true;
    else if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT) column.default_value = MakeExpr(&c->raw_expr, ctx);
    else if (c->contype != PG_QUERY__CONSTR_TYPE__CONSTR_NULL) pending->push_back({c, column.name});
  }
  if (column.default_value && IsDiscardedNullDefault(*column.default_value, column.type))
    column.default_value.reset();
  child.columns.push_back(std::move(column));
}

void NoteImpliedPartitionIndexes(const model::Table& child, const model::Table& parent, InterpContext& ctx) {
  auto taken = [&](const std::string& n) { return ctx.RelationNameTaken({child.name.schema, n}); };
  for (const auto& c : parent.constraints) {
    if (!IsKeyConstraint(c)) continue;
    std::vector<std::string> cols = c.columns;
    if (c.kind == model::ConstraintKind::kExclusion) cols = KeyColumnsOf(c.exclusion_keys);
    const char* label = c.kind == model::ConstraintKind::kPrimaryKey ? "pkey"
                        : c.kind == model::ConstraintKind::kUnique   ? "key"
                                                                     : "excl";
    std::string addition = c.kind == model::ConstraintKind::kPrimaryKey ? "" : JoinNameParts(DistinctIndexColumnNames(cols));
    std::string name = ChooseName(child.name.name, addition, label, taken);
    ctx.NoteImplicitRelation({child.name.schema, name});
    ctx.NoteConstraint(child.name.schema, name);
  }
  // The parent's indexes, from the context's record when it is exact:
  // scanning every index per partition is quadratic on large schemas.
  std::vector<const model::Index*> parent_indexes;
  if (const auto* names = ctx.IndexesOfTable(parent.name)) {
    for (const auto& n : *names) {
      auto it = ctx.catalog().indexes.find(n);
      if (it != ctx.catalog().indexes.end() && it->second.table == parent.name) parent_indexes.push_back(&it->second);
    }
  } else {
    for (const auto& [iname, index] : ctx.catalog().indexes)
      if (index.table == parent.name) parent_indexes.push_back(&index);
  }
  std::sort(parent_indexes.begin(), parent_indexes.end(),
            [](const model::Index* a, const model::Index* b) { return a->name < b->name; });
  for (const model::Index* found : parent_indexes) {
    const model::Index& index = *found;
    std::vector<std::string> cols = KeyColumnsOf(index.keys);
    cols.insert(cols.end(), index.include.begin(), index.include.end());
    std::string name = ChooseName(child.name.name, JoinNameParts(DistinctIndexColumnNames(cols)), "idx", taken);
    ctx.NoteImplicitRelation({child.name.schema, name});
  }
}

void NoteImpliedIndexOnPartitions(const model::Index& index, InterpContext& ctx) {
  std::vector<std::string> cols = KeyColumnsOf(index.keys);
  cols.insert(cols.end(), index.include.begin(), index.include.end());
  std::vector<model::QualifiedName> pending{index.table};
  while (!pending.empty()) {
    model::QualifiedName parent = pending.back();
    pending.pop_back();
    for (model::Table* child : PartitionsOf(parent, ctx)) {
      std::string name = ChooseName(child->name.name, JoinNameParts(DistinctIndexColumnNames(cols)), "idx",
                                    [&](const std::string& n) { return ctx.RelationNameTaken({child->name.schema, n}); });
      ctx.NoteImplicitRelation({child->name.schema, name});
      pending.push_back(child->name);
    }
  }
}

void PropagateToPartitions(const model::Table& before, const model::Table& parent, InterpContext& ctx) {
  for (model::Table* child : PartitionsOf(parent.name, ctx)) {
    model::Table child_before = *child;
    auto& cols = child->columns;
    for (const auto& old : before.columns)
      if (!parent.FindColumn(old.name))
        cols.erase(std::remove_if(cols.begin(), cols.end(), [&](const model::Column& c) { return c.name == old.name; }),
                   cols.end());
    for (const auto& pc : parent.columns) {
      const model::Column* was = before.FindColumn(pc.name);
      model::Column* cc = child->FindColumn(pc.name);
      if (!cc) {
        model::Column c = pc;
        c.comment.reset();
        c.identity.reset();
        cols.push_back(std::move(c));
        continue;
      }
      if (!was) continue;
      if (was->type != pc.type || was->collation != pc.collation) {
        cc->type = pc.type;
        cc->collation = pc.collation;
        cc->storage = pc.storage;  // ALTER TYPE resets both
        cc->compression = pc.compression;
      }
      // SET STORAGE and SET STATISTICS recurse; SET COMPRESSION never does.
      if (was->storage != pc.storage) cc->storage = pc.storage;
      if (was->statistics != pc.statistics) cc->statistics = pc.statistics;
      if (was->not_null != pc.not_null) cc->not_null = pc.not_null;
      if (!(was->default_value.has_value() == pc.default_value.has_value() &&
            (!pc.default_value || model::SameExpr(*was->default_value, *pc.default_value))))
        cc->default_value = pc.default_value;
      if (was->generated.has_value() != pc.generated.has_value()) cc->generated = pc.generated;
    }
    auto& cs = child->constraints;
    for (const auto& old : before.constraints)
      if (old.kind == model::ConstraintKind::kCheck && !parent.FindConstraint(old.name))
        cs.erase(std::remove_if(cs.begin(), cs.end(), [&](const model::Constraint& c) { return c.name == old.name; }),
                 cs.end());
    for (const auto& pc : parent.constraints)
      if (pc.kind == model::ConstraintKind::kCheck && !pc.no_inherit && !before.FindConstraint(pc.name) &&
          !child->FindConstraint(pc.name)) {
        model::Constraint c = pc;
        c.comment.reset();
        c.renamed_from.clear();
        cs.push_back(std::move(c));
      }
    // Sub-partitions follow their own parent in turn.
    PropagateToPartitions(child_before, *child, ctx);
  }
}

void ApplyPartitionCommand(model::Table& parent, PgQuery__AlterTableCmd* cmd, InterpContext& ctx) {
  PgQuery__PartitionCmd* pc = cmd->def->partition_cmd;
  model::QualifiedName child_name = ctx.ResolveRelation(pc->name);
  auto it = ctx.catalog().tables.find(child_name);
  if (it == ctx.catalog().tables.end()) {
    ctx.Error("SD-P034", "relation \"" + child_name.name + "\" does not exist", pc->name->location);
    return;
  }
  model::Table& child = it->second;
  if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition) {
    if (parent.partition_by.empty()) {
      ctx.Error("SD-P035", "table \"" + parent.name.name + "\" is not partitioned");
      return;
    }
    child.partition_of = parent.name;
    ctx.NotePartition(parent.name, child.name);
    child.partition_bound = PartitionBoundText(pc->bound, parent, ctx);
    // Columns already match (PostgreSQL refuses otherwise); the order stays the child's.
    model::Table copy = child;
    InheritFromParent(copy, parent);
    for (const auto& c : copy.constraints)
      if (!child.FindConstraint(c.name)) child.constraints.push_back(c);
    return;
  }
  // DETACH: the partition becomes a plain table; the indexes the parent's
  // implied on it stay, now as its own.
  child.partition_of.reset();
  child.partition_bound.clear();
  auto taken = [&](const std::string& n) { return ctx.RelationNameTaken({child.name.schema, n}); };
  std::vector<model::Index> made;
  // The parent's indexes, from the context's record when it is exact:
  // scanning every index per partition is quadratic on large schemas.
  std::vector<const model::Index*> parent_indexes;
  if (const auto* names = ctx.IndexesOfTable(parent.name)) {
    for (const auto& n : *names) {
      auto it = ctx.catalog().indexes.find(n);
      if (it != ctx.catalog().indexes.end() && it->second.table == parent.name) parent_indexes.push_back(&it->second);
    }
  } else {
    for (const auto& [iname, index] : ctx.catalog().indexes)
      if (index.table == parent.name) parent_indexes.push_back(&index);
  }
  for (const model::Index* found : parent_indexes) {
    const model::Index& index = *found;
    model::Index copy = index;
    copy.table = child.name;
    copy.comment.reset();
    copy.renamed_from.clear();
    std::vector<std::string> cols = KeyColumnsOf(index.keys);
    cols.insert(cols.end(), index.include.begin(), index.include.end());
    // The implied index took this name when it was made; it is found again.
    std::string name = child.name.name + "_" + JoinNameParts(DistinctIndexColumnNames(cols)) + "_idx";
    if (name.size() > 63 || ctx.catalog().indexes.count({child.name.schema, name}))
      name = ChooseName(child.name.name, JoinNameParts(DistinctIndexColumnNames(cols)), "idx", taken);
    copy.name = {child.name.schema, name};
    made.push_back(std::move(copy));
  }
  for (auto& index : made) {
    ctx.NoteIndex(index.table, index.name);
    ctx.catalog().indexes[index.name] = std::move(index);
  }
  for (const auto& c : parent.constraints) {
    if (!IsKeyConstraint(c)) continue;
    model::Constraint copy = c;
    copy.comment.reset();
    copy.renamed_from.clear();
    copy.name = c.kind == model::ConstraintKind::kPrimaryKey
                    ? child.name.name + "_pkey"
                    : child.name.name + "_" + JoinNameParts(DistinctIndexColumnNames(c.columns)) +
                          (c.kind == model::ConstraintKind::kUnique ? "_key" : "_excl");
    if (!child.FindConstraint(copy.name)) child.constraints.push_back(std::move(copy));
  }
  ctx.InvalidateNames();
}

void ApplyAttachIndexPartition(const model::QualifiedName& parent_index, PgQuery__AlterTableCmd* cmd,
                               InterpContext& ctx) {
  PgQuery__PartitionCmd* pc = cmd->def->partition_cmd;
  model::QualifiedName child_index = ctx.ResolveRelation(pc->name);
  if (ctx.catalog().indexes.erase(child_index)) {
    ctx.NoteImplicitRelation(child_index);
    return;
  }
  // The child "index" is the one behind a key constraint of the partition.
  for (auto& [name, table] : ctx.catalog().tables) {
    if (name.schema != child_index.schema || !table.partition_of) continue;
    auto& cs = table.constraints;
    auto c = std::find_if(cs.begin(), cs.end(),
                          [&](const model::Constraint& k) { return k.name == child_index.name && IsKeyConstraint(k); });
    if (c == cs.end()) continue;
    cs.erase(c);
    ctx.NoteImplicitRelation(child_index);
    ctx.NoteConstraint(child_index.schema, child_index.name);
    return;
  }
  (void)parent_index;
  ctx.Error("SD-P042", "index \"" + child_index.name + "\" does not exist");
}

}  // namespace sd::parser
