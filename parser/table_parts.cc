#include "parser/table_parts.h"

#include <algorithm>
#include <climits>

#include "model/quote.h"
#include "parser/expr_canon.h"
#include "parser/naming.h"
#include "parser/storage_options.h"
#include "parser/type_names.h"

namespace sd::parser {
namespace {

using model::ConstraintKind;

int64_t TypeMax(const std::string& type) {
  if (type == "smallint") return INT16_MAX;
  if (type == "integer") return INT32_MAX;
  return INT64_MAX;
}
int64_t TypeMin(const std::string& type) {
  if (type == "smallint") return INT16_MIN;
  if (type == "integer") return INT32_MIN;
  return INT64_MIN;
}

// A serial column: its owned sequence and nextval default.
void ExpandSerial(model::Table& table, model::Column& column, SerialKind kind, InterpContext& ctx) {
  std::string seq_name = ChooseName(table.name.name, column.name, "seq", [&](const std::string& n) {
    return ctx.RelationNameTaken({table.name.schema, n});
  });
  model::Sequence seq;
  seq.name = {table.name.schema, seq_name};
  std::string type = kind == SerialKind::kBig ? "bigint" : kind == SerialKind::kSmall ? "smallint" : "integer";
  seq.options = DefaultSequenceOptions(type, 1);
  seq.owned_by = model::SequenceOwner{table.name, column.name};
  ctx.catalog().sequences[seq.name] = seq;
  std::string regclass = model::QuoteQualified(seq.name);
  column.default_value = MakeExprFromText("nextval(" + model::QuoteLiteral(regclass) + "::regclass)", ctx);
  column.not_null = true;
}

char ActionCode(const char* action) { return action && *action ? action[0] : 'a'; }

// Applies CONSTR_ATTR_* nodes to the constraint they follow (column constraints).
void ApplyAttr(PgQuery__Constraint* attr, PgQuery__Constraint* target) {
  if (!target) return;
  switch (attr->contype) {
    case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRABLE: target->deferrable = true; break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_NOT_DEFERRABLE: target->deferrable = false; break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRED: target->initdeferred = true; break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_IMMEDIATE: target->initdeferred = false; break;
    default: break;
  }
}

std::vector<std::string> NamesOf(size_t n, PgQuery__Node** nodes) {
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i) {
    if (nodes[i]->node_case == PG_QUERY__NODE__NODE_INDEX_ELEM) {
      out.push_back(nodes[i]->index_elem->name ? nodes[i]->index_elem->name : "");
    } else {
      out.push_back(StringOf(nodes[i]));
    }
  }
  return out;
}

std::string ChooseConstraintName(const model::Table& table, const std::string& addition,
                                 const std::string& label, InterpContext& ctx) {
  return ChooseName(table.name.name, addition, label, [&](const std::string& n) {
    return ctx.ConstraintNameTaken(table.name.schema, n);
  });
}

std::string ChooseIndexLikeName(const model::Table& table, const std::vector<std::string>& columns,
                                const std::string& label, InterpContext& ctx) {
  std::string addition = label == "pkey" ? "" : JoinNameParts(DistinctIndexColumnNames(columns));
  return ChooseName(table.name.name, addition, label, [&](const std::string& n) {
    return ctx.RelationNameTaken({table.name.schema, n});
  });
}

model::Constraint BuildConstraint(model::Table& table, const PendingConstraint& p, InterpContext& ctx) {
  PgQuery__Constraint* node = p.node;
  model::Constraint c;
  c.name = node->conname ? node->conname : "";
  c.deferrable = node->deferrable;
  c.initially_deferred = node->initdeferred;
  c.not_valid = p.from_alter && node->skip_validation;
  c.no_inherit = node->is_no_inherit;
  c.renamed_from = ctx.RenamedFrom(node->location);
  switch (node->contype) {
    case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK: {
      c.kind = ConstraintKind::kCheck;
      std::vector<std::string> cols = ReferencedColumns(node->raw_expr);
      if (c.name.empty())
        c.name = ChooseConstraintName(table, cols.size() == 1 ? cols[0] : "", "check", ctx);
      c.check = MakeExpr(&node->raw_expr, ctx);
      break;
    }
    case PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY:
    case PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE: {
      bool primary = node->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY;
      c.kind = primary ? ConstraintKind::kPrimaryKey : ConstraintKind::kUnique;
      c.columns = node->n_keys ? NamesOf(node->n_keys, node->keys) : std::vector<std::string>{p.column};
      c.include = NamesOf(node->n_including, node->including);
      c.nulls_not_distinct = node->nulls_not_distinct;
      if (c.name.empty()) {
        std::vector<std::string> all = c.columns;
        all.insert(all.end(), c.include.begin(), c.include.end());
        c.name = ChooseIndexLikeName(table, all, primary ? "pkey" : "key", ctx);
      }
      if (primary) {
        for (const auto& col : c.columns)
          if (model::Column* column = table.FindColumn(col)) column->not_null = true;
      }
      break;
    }
    case PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION: {
      c.kind = ConstraintKind::kExclusion;
      c.exclusion_method = node->access_method && *node->access_method ? node->access_method : "btree";
      std::vector<std::string> names;
      for (size_t i = 0; i < node->n_exclusions; ++i) {
        PgQuery__List* pair = node->exclusions[i]->list;
        model::IndexKey key = MakeIndexKey(pair->items[0]->index_elem, ctx);
        PgQuery__List* ops = pair->items[1]->list;
        key.exclusion_operator = StringOf(ops->items[ops->n_items - 1]);
        names.push_back(key.expr ? IndexExpressionName(nullptr) : key.column.str());
        c.exclusion_keys.push_back(std::move(key));
      }
      if (node->where_clause) c.exclusion_where = MakeExpr(&node->where_clause, ctx);
      if (c.name.empty()) c.name = ChooseIndexLikeName(table, names, "excl", ctx);
      break;
    }
    case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN: {
      c.kind = ConstraintKind::kForeignKey;
      c.columns = node->n_fk_attrs ? NamesOf(node->n_fk_attrs, node->fk_attrs)
                                   : std::vector<std::string>{p.column};
      model::ForeignKey fk;
      fk.ref_table = ctx.ResolveRelation(node->pktable);
      if (fk.ref_table.name == table.name.name && !node->pktable->schemaname) fk.ref_table = table.name;
      fk.ref_columns = NamesOf(node->n_pk_attrs, node->pk_attrs);
      if (fk.ref_columns.empty()) {
        const model::Table* ref = fk.ref_table == table.name ? &table : nullptr;
        auto it = ctx.catalog().tables.find(fk.ref_table);
        if (!ref && it != ctx.catalog().tables.end()) ref = &it->second;
        const model::Constraint* pk = ref ? ref->PrimaryKey() : nullptr;
        if (pk) {
          fk.ref_columns = pk->columns;
        } else {
          ctx.Error("SD-P020", "there is no primary key for referenced table \"" + fk.ref_table.name + "\"",
                    node->location);
        }
      }
      fk.match = ActionCode(node->fk_matchtype);
      fk.on_update = ActionCode(node->fk_upd_action);
      fk.on_delete = ActionCode(node->fk_del_action);
      fk.on_delete_columns = NamesOf(node->n_fk_del_set_cols, node->fk_del_set_cols);
      c.foreign_key = fk;
      if (c.name.empty()) c.name = ChooseConstraintName(table, JoinNameParts(c.columns), "fkey", ctx);
      break;
    }
    default:
      break;
  }
  return c;
}

int ConstraintRank(PgQuery__ConstrType type) {
  switch (type) {
    case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK: return 0;
    case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN: return 2;
    default: return 1;
  }
}

// What makes two key constraints of one CREATE TABLE build the same index.
std::string KeySignature(const PendingConstraint& p) {
  const PgQuery__Constraint* c = p.node;
  std::string sig;
  if (c->n_keys == 0) sig = p.column + ",";  // a column constraint: its column
  for (const auto& k : StringsOf(c->n_keys, c->keys)) sig += k + ",";
  sig += "|";
  for (const auto& k : StringsOf(c->n_including, c->including)) sig += k + ",";
  sig += c->deferrable ? "|d" : "|";
  sig += c->initdeferred ? "i" : "";
  sig += c->nulls_not_distinct ? "n" : "";
  sig += std::string("|") + (c->indexspace ? c->indexspace : "") + "|" + std::to_string(c->n_options);
  return sig;
}

// PostgreSQL builds one index for key constraints of a CREATE TABLE that
// would build identical ones (UNIQUE repeating the PRIMARY KEY): the primary
// key, else the first, wins, taking the other's name if it had none.
void MergeRedundantKeys(std::vector<PendingConstraint>* pending) {
  std::vector<PendingConstraint*> kept;
  auto consider = [&](PendingConstraint& p) {
    std::string sig = KeySignature(p);
    for (PendingConstraint* k : kept) {
      if (KeySignature(*k) != sig) continue;
      // Two primary keys are an error PostgreSQL reports, not a merge.
      if (p.node->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY) continue;
      if (!(k->node->conname && *k->node->conname) && p.node->conname && *p.node->conname)
        k->node->conname = p.node->conname;
      p.node = nullptr;
      return;
    }
    kept.push_back(&p);
  };
  for (auto& p : *pending)
    if (!p.from_alter && p.node && p.node->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY) consider(p);
  for (auto& p : *pending)
    if (!p.from_alter && p.node && p.node->contype == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE) consider(p);
  pending->erase(std::remove_if(pending->begin(), pending->end(), [](const auto& p) { return !p.node; }),
                 pending->end());
}

}  // namespace

model::SequenceOptions DefaultSequenceOptions(const std::string& type, int64_t increment) {
  model::SequenceOptions o;
  o.type = type;
  o.increment = increment;
  if (increment > 0) {
    o.min_value = 1;
    o.max_value = TypeMax(type);
    o.start = o.min_value;
  } else {
    o.min_value = TypeMin(type);
    o.max_value = -1;
    o.start = o.max_value;
  }
  return o;
}

void ApplySequenceOptions(size_t n, PgQuery__Node** options, model::SequenceOptions* seq,
                          InterpContext& ctx, std::vector<std::string>* owned_by,
                          std::string* sequence_name) {
  // Explicit values first; then defaults derived from type and increment.
  std::optional<int64_t> start, min, max;
  bool no_min = false, no_max = false;
  std::string type = seq->type;
  int64_t increment = seq->increment;
  bool type_changed = false;
  for (size_t i = 0; i < n; ++i) {
    PgQuery__DefElem* def = options[i]->def_elem;
    std::string name = def->defname;
    long long value = 0;
    bool has_value = IntegerOf(def->arg, &value);
    if (name == "as") {
      type = CanonicalType(def->arg->type_name, ctx).name;
      type_changed = type != seq->type;
    } else if (name == "increment" && has_value) {
      increment = value;
    } else if (name == "start" && has_value) {
      start = value;
    } else if (name == "minvalue") {
      if (has_value) min = value; else no_min = true;
    } else if (name == "maxvalue") {
      if (has_value) max = value; else no_max = true;
    } else if (name == "cache" && has_value) {
      seq->cache = value;
    } else if (name == "cycle") {
      seq->cycle = def->arg == nullptr || (def->arg->node_case == PG_QUERY__NODE__NODE_BOOLEAN
                                               ? def->arg->boolean->boolval
                                               : (has_value && value != 0));
    } else if (name == "owned_by" && owned_by) {
      *owned_by = StringsOf(def->arg->list->n_items, def->arg->list->items);
    } else if (name == "sequence_name" && sequence_name) {
      auto parts = StringsOf(def->arg->list->n_items, def->arg->list->items);
      *sequence_name = parts.empty() ? "" : parts.back();
    } else if (name == "restart") {
      // RESTART changes the current value only, not the definition.
    } else {
      ctx.Warning("SD-P101", "sequence option " + name + " is ignored", def->location);
    }
  }
  model::SequenceOptions defaults = DefaultSequenceOptions(type, increment);
  model::SequenceOptions old_defaults = DefaultSequenceOptions(seq->type, seq->increment);
  // Bounds that were at their defaults follow a new type or direction.
  bool min_default = seq->min_value == old_defaults.min_value;
  bool max_default = seq->max_value == old_defaults.max_value;
  seq->min_value = min ? *min : (no_min || min_default || type_changed ? defaults.min_value : seq->min_value);
  seq->max_value = max ? *max : (no_max || max_default || type_changed ? defaults.max_value : seq->max_value);
  if (start) {
    seq->start = *start;
  } else if (seq->start == old_defaults.start) {
    seq->start = increment > 0 ? seq->min_value : seq->max_value;
  }
  seq->type = type;
  seq->increment = increment;
}

std::string CollationName(size_t n, PgQuery__Node** names) {
  auto parts = StringsOf(n, names);
  // COLLATE "default" is the type's own collation: the same as none.
  if (!parts.empty() && parts.back() == "default") return "";
  if (parts.size() == 2 && parts[0] == "pg_catalog") return parts[1];
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? "." : "") + parts[i];
  return out;
}

model::IndexKey MakeIndexKey(PgQuery__IndexElem* elem, InterpContext& ctx) {
  model::IndexKey key;
  if (elem->name && *elem->name) {
    key.column = elem->name;
  } else if (elem->expr) {
    // A bare column in parentheses is stored as a plain column key.
    if (elem->expr->node_case == PG_QUERY__NODE__NODE_COLUMN_REF && elem->expr->column_ref->n_fields == 1) {
      key.column = StringOf(elem->expr->column_ref->fields[0]);
    } else {
      key.expr = MakeExpr(&elem->expr, ctx);
    }
  }
  key.collation = CollationName(elem->n_collation, elem->collation);
  if (elem->n_opclass) key.opclass = StringOf(elem->opclass[elem->n_opclass - 1]);
  key.descending = elem->ordering == PG_QUERY__SORT_BY_DIR__SORTBY_DESC;
  switch (elem->nulls_ordering) {
    case PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_FIRST: key.nulls_first = true; break;
    case PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_LAST: key.nulls_first = false; break;
    default: key.nulls_first = key.descending; break;
  }
  return key;
}

void AddColumn(model::Table& table, PgQuery__ColumnDef* def, InterpContext& ctx,
               std::vector<PendingConstraint>* pending) {
  model::Column column;
  column.name = def->colname;
  column.renamed_from = ctx.RenamedFrom(def->location);
  if (model::Backfill b = ctx.Backfill(def->location, false); !b.empty()) column.backfill = std::move(b);
  SerialKind serial = SerialKind::kNone;
  column.type = CanonicalType(def->type_name, ctx, &serial);
  column.not_null = def->is_not_null;
  if (def->coll_clause) column.collation = CollationName(def->coll_clause->n_collname, def->coll_clause->collname);
  if (def->raw_default) column.default_value = MakeExpr(&def->raw_default, ctx);
  if (def->compression && *def->compression) SetColumnCompression(column, def->compression, ctx, def->location);
  PgQuery__Constraint* last = nullptr;
  for (size_t i = 0; i < def->n_constraints; ++i) {
    PgQuery__Constraint* c = def->constraints[i]->constraint;
    switch (c->contype) {
      case PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL: column.not_null = true; break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_NULL: column.not_null = false; break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT: column.default_value = MakeExpr(&c->raw_expr, ctx); break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_GENERATED: column.generated = MakeExpr(&c->raw_expr, ctx); break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_IDENTITY: {
        model::Identity identity;
        identity.kind = c->generated_when && *c->generated_when ? c->generated_when[0] : 'a';
        identity.options = DefaultSequenceOptions(column.type.name, 1);
        std::string seq_name;
        ApplySequenceOptions(c->n_options, c->options, &identity.options, ctx, nullptr, &seq_name);
        if (seq_name.empty()) {
          seq_name = ChooseName(table.name.name, column.name, "seq", [&](const std::string& n) {
            return ctx.RelationNameTaken({table.name.schema, n});
          });
        }
        identity.sequence_name = seq_name;
        ctx.NoteImplicitRelation({table.name.schema, seq_name});
        column.identity = identity;
        column.not_null = true;
        break;
      }
      case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRABLE:
      case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_NOT_DEFERRABLE:
      case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRED:
      case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_IMMEDIATE:
        ApplyAttr(c, last);
        continue;
      default:
        pending->push_back({c, column.name});
        break;
    }
    last = c;
  }
  if (column.default_value && IsDiscardedNullDefault(*column.default_value, column.type))
    column.default_value.reset();
  if (column.default_value) {
    model::Expr canonical = *column.default_value;
    CanonicaliseDefaultForType(&canonical, column.type);
    column.default_value = ctx.ShareExpr(std::move(canonical));
  }
  if (serial != SerialKind::kNone) ExpandSerial(table, column, serial, ctx);
  table.columns.push_back(std::move(column));
}

void AddConstraints(model::Table& table, std::vector<PendingConstraint> pending, InterpContext& ctx) {
  std::stable_sort(pending.begin(), pending.end(), [](const PendingConstraint& a, const PendingConstraint& b) {
    return ConstraintRank(a.node->contype) < ConstraintRank(b.node->contype);
  });
  MergeRedundantKeys(&pending);
  // PostgreSQL refuses a second primary key (also one added later by ALTER).
  bool has_primary = table.PrimaryKey() != nullptr;
  for (const auto& p : pending) {
    if (p.node->contype != PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY) continue;
    if (has_primary) {
      ctx.Error("SD-P024", "multiple primary keys for table \"" + table.name.name + "\" are not allowed",
                p.node->location);
      return;
    }
    has_primary = true;
  }
  // Explicit names are reserved before any default name is chosen.
  for (const auto& p : pending) {
    if (p.node->conname && *p.node->conname) ctx.NoteConstraint(table.name.schema, p.node->conname);
  }
  for (const auto& p : pending) {
    model::Constraint c = BuildConstraint(table, p, ctx);
    if (c.name.empty()) continue;
    if (table.FindConstraint(c.name)) {
      ctx.Error("SD-P021", "constraint \"" + c.name + "\" for relation \"" + table.name.name + "\" already exists",
                p.node->location);
      continue;
    }
    ctx.NoteConstraint(table.name.schema, c.name);
    if (c.kind != ConstraintKind::kCheck && c.kind != ConstraintKind::kForeignKey)
      ctx.NoteImplicitRelation({table.name.schema, c.name});
    table.constraints.push_back(std::move(c));
  }
}

}  // namespace sd::parser
