// ALTER TABLE: columns, constraints, identity, persistence, storage.
#include <algorithm>
#include <optional>

#include "parser/expr_canon.h"
#include "parser/naming.h"
#include "parser/partitions.h"
#include "parser/storage_options.h"
#include "parser/table_parts.h"
#include "parser/transforms.h"
#include "parser/type_names.h"

namespace sd::parser {
namespace {

bool Mentions(const std::vector<std::string>& names, const std::string& column) {
  return std::find(names.begin(), names.end(), column) != names.end();
}

// DROP COLUMN takes with it the constraints, indexes and owned sequences that use it.
void DropColumn(model::Table& table, const std::string& column, InterpContext& ctx) {
  auto& cs = table.constraints;
  cs.erase(std::remove_if(cs.begin(), cs.end(),
                          [&](const model::Constraint& c) {
                            bool uses = Mentions(c.columns, column) || Mentions(c.include, column) ||
                                        (c.check && Mentions(c.check->columns, column));
                            for (const auto& k : c.exclusion_keys)
                              uses = uses || k.column == column || (k.expr && Mentions(k.expr->columns, column));
                            return uses;
                          }),
           cs.end());
  auto& catalog = ctx.catalog();
  for (auto it = catalog.indexes.begin(); it != catalog.indexes.end();) {
    bool uses = false;
    if (it->second.table == table.name) {
      for (const auto& k : it->second.keys)
        uses = uses || k.column == column || (k.expr && Mentions(k.expr->columns, column));
      uses = uses || Mentions(it->second.include, column) ||
             (it->second.where && Mentions(it->second.where->columns, column));
    }
    it = uses ? catalog.indexes.erase(it) : std::next(it);
  }
  for (auto it = catalog.sequences.begin(); it != catalog.sequences.end();) {
    const auto& owner = it->second.owned_by;
    bool owned = owner && owner->table == table.name && owner->column == column;
    it = owned ? catalog.sequences.erase(it) : std::next(it);
  }
  // Foreign keys elsewhere that reference this column go too (CASCADE) or
  // would make PostgreSQL refuse; either way they cannot survive.
  for (auto& [name, other] : catalog.tables) {
    auto& ocs = other.constraints;
    ocs.erase(std::remove_if(ocs.begin(), ocs.end(),
                             [&](const model::Constraint& c) {
                               return c.foreign_key && c.foreign_key->ref_table == table.name &&
                                      Mentions(c.foreign_key->ref_columns, column);
                             }),
              ocs.end());
  }
  auto& cols = table.columns;
  cols.erase(std::remove_if(cols.begin(), cols.end(), [&](const model::Column& c) { return c.name == column; }),
             cols.end());
  ctx.InvalidateNames();
}


void SetIdentityOptions(model::Column& column, size_t n, PgQuery__Node** items, InterpContext& ctx) {
  // SET GENERATED { ALWAYS | BY DEFAULT } and sequence options.
  std::vector<PgQuery__Node*> seq_options;
  for (size_t i = 0; i < n; ++i) {
    PgQuery__DefElem* def = items[i]->def_elem;
    if (std::string(def->defname) == "generated") {
      long long v = 0;
      if (IntegerOf(def->arg, &v)) column.identity->kind = static_cast<char>(v);
    } else {
      seq_options.push_back(items[i]);
    }
  }
  ApplySequenceOptions(seq_options.size(), seq_options.data(), &column.identity->options, ctx);
}

void ApplyCommand(model::Table& table, PgQuery__AlterTableCmd* cmd, InterpContext& ctx) {
  std::string colname = cmd->name ? cmd->name : "";
  auto need_column = [&]() -> model::Column* {
    model::Column* c = table.FindColumn(colname);
    if (!c) ctx.Error("SD-P030", "column \"" + colname + "\" of relation \"" + table.name.name + "\" does not exist");
    return c;
  };
  switch (cmd->subtype) {
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn: {
      PgQuery__ColumnDef* def = cmd->def->column_def;
      if (table.FindColumn(def->colname)) {
        if (cmd->missing_ok) return;
        ctx.Error("SD-P031", "column \"" + std::string(def->colname) + "\" of relation \"" + table.name.name +
                                 "\" already exists");
        return;
      }
      std::vector<PendingConstraint> pending;
      AddColumn(table, def, ctx, &pending);
      for (auto& p : pending) p.from_alter = true;
      AddConstraints(table, std::move(pending), ctx);
      return;
    }
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn:
      if (!table.FindColumn(colname)) {
        if (!cmd->missing_ok) need_column();
        return;
      }
      DropColumn(table, colname, ctx);
      return;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType: {
      model::Column* c = need_column();
      if (!c) return;
      PgQuery__ColumnDef* def = cmd->def->column_def;
      c->type = CanonicalType(def->type_name, ctx);
      c->collation = def->coll_clause ? CollationName(def->coll_clause->n_collname, def->coll_clause->collname) : "";
      if (c->identity) c->identity->options.type = c->type.name;
      ResetColumnStorageForType(*c);
      return;
    }
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStorage:
      if (model::Column* c = need_column()) SetColumnStorage(*c, StringOf(cmd->def), ctx);
      return;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetCompression:
      if (model::Column* c = need_column()) SetColumnCompression(*c, StringOf(cmd->def), ctx);
      return;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStatistics: {
      long long target = -1;
      if (!IntegerOf(cmd->def, &target)) return ctx.Unmodelled("SET STATISTICS without an integer");
      if (model::Column* c = need_column()) SetColumnStatistics(*c, target, ctx);
      return;
    }
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetRelOptions:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ResetRelOptions: {
      bool set = cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_SetRelOptions;
      const PgQuery__List* list = cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_LIST ? cmd->def->list : nullptr;
      for (size_t k = 0; list && k < list->n_items; ++k) {
        if (list->items[k]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
        std::string option = RelOptionText(list->items[k]->def_elem);
        if (!table.partition_by.empty()) {
          ctx.Error("SD-P037", "unrecognized parameter \"" + RelOptionName(option) +
                                   "\" (a partitioned table takes no storage parameters)");
          continue;
        }
        if (set) SetRelOption(&table.options, option);
        else ResetRelOption(&table.options, RelOptionName(option));
      }
      return;
    }
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ColumnDefault: {
      model::Column* c = need_column();
      if (!c) return;
      c->default_value.reset();
      if (cmd->def) {
        model::Expr e = MakeExpr(&cmd->def, ctx);
        if (!IsDiscardedNullDefault(e, c->type)) {
          CanonicaliseDefaultForType(&e, c->type);
          c->default_value = e;
        }
      }
      return;
    }
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull:
      if (model::Column* c = need_column()) c->not_null = true;
      return;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropNotNull:
      if (model::Column* c = need_column()) c->not_null = false;
      return;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropExpression:
      if (model::Column* c = need_column()) c->generated.reset();
      return;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint: {
      PgQuery__Constraint* node = cmd->def->constraint;
      if (node->indexname && *node->indexname) {
        // ADD CONSTRAINT ... USING INDEX: the index becomes the constraint's.
        model::QualifiedName index_name{table.name.schema, node->indexname};
        auto it = ctx.catalog().indexes.find(index_name);
        if (it == ctx.catalog().indexes.end()) {
          ctx.Error("SD-P032", "index \"" + index_name.name + "\" does not exist");
          return;
        }
        model::Constraint c;
        c.kind = node->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY ? model::ConstraintKind::kPrimaryKey
                                                                       : model::ConstraintKind::kUnique;
        c.name = node->conname && *node->conname ? node->conname : index_name.name;
        for (const auto& k : it->second.keys) c.columns.push_back(k.column);
        c.include = it->second.include;
        c.nulls_not_distinct = it->second.nulls_not_distinct;
        c.deferrable = node->deferrable;
        c.initially_deferred = node->initdeferred;
        if (c.kind == model::ConstraintKind::kPrimaryKey)
          for (const auto& col : c.columns)
            if (model::Column* column = table.FindColumn(col)) column->not_null = true;
        ctx.catalog().indexes.erase(it);
        table.constraints.push_back(c);
        ctx.InvalidateNames();
        return;
      }
      AddConstraints(table, {{node, "", true}}, ctx);
      return;
    }
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropConstraint: {
      auto& cs = table.constraints;
      auto it = std::find_if(cs.begin(), cs.end(), [&](const model::Constraint& c) { return c.name == colname; });
      if (it == cs.end()) {
        if (!cmd->missing_ok)
          ctx.Error("SD-P033", "constraint \"" + colname + "\" of relation \"" + table.name.name + "\" does not exist");
        return;
      }
      cs.erase(it);
      ctx.InvalidateNames();
      return;
    }
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraint:
      if (model::Constraint* c = table.FindConstraint(colname)) c->not_valid = false;
      return;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddIdentity: {
      model::Column* c = need_column();
      if (!c) return;
      // Reuse the column-definition path for the identity clause.
      PgQuery__Constraint* node = cmd->def->constraint;
      model::Identity identity;
      identity.kind = node->generated_when && *node->generated_when ? node->generated_when[0] : 'a';
      identity.options = DefaultSequenceOptions(c->type.name, 1);
      std::string seq_name;
      ApplySequenceOptions(node->n_options, node->options, &identity.options, ctx, nullptr, &seq_name);
      if (seq_name.empty())
        seq_name = ChooseName(table.name.name, c->name, "seq",
                              [&](const std::string& n) { return ctx.RelationNameTaken({table.name.schema, n}); });
      identity.sequence_name = seq_name;
      ctx.NoteImplicitRelation({table.name.schema, seq_name});
      c->identity = identity;
      c->not_null = true;
      return;
    }
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetIdentity: {
      model::Column* c = need_column();
      if (!c || !c->identity) return;
      PgQuery__List* list = cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_LIST ? cmd->def->list : nullptr;
      if (list) SetIdentityOptions(*c, list->n_items, list->items, ctx);
      return;
    }
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropIdentity:
      if (model::Column* c = need_column()) {
        c->identity.reset();
        ctx.InvalidateNames();
      }
      return;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetLogged:
      table.persistence = model::Persistence::kPermanent;
      return;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetUnLogged:
      table.persistence = model::Persistence::kUnlogged;
      return;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner:
      ApplyRelationOwner(table.name, cmd->newowner, ctx);
      return;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DetachPartition:
      ApplyPartitionCommand(table, cmd, ctx);
      return;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableRowSecurity:
      table.row_security = true;
      return;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableRowSecurity:
      table.row_security = false;
      return;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ForceRowSecurity:
      table.force_row_security = true;
      return;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_NoForceRowSecurity:
      table.force_row_security = false;
      return;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrig:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableAlwaysTrig:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableReplicaTrig:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrig:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrigAll:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrigAll:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrigUser:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrigUser:
      ApplyTriggerEnabled(table.name, cmd, ctx);
      return;
    default:
      ctx.Unmodelled("this ALTER TABLE subcommand");
      return;
  }
}

}  // namespace

void ApplyAlterTable(PgQuery__AlterTableStmt* stmt, InterpContext& ctx) {
  model::QualifiedName name = ctx.ResolveRelation(stmt->relation);
  // OWNER TO alone (as pg_dump writes it) applies to any relation kind.
  if (stmt->n_cmds == 1 && stmt->cmds[0]->alter_table_cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner)
    return ApplyRelationOwner(name, stmt->cmds[0]->alter_table_cmd->newowner, ctx);
  if (stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_INDEX && stmt->n_cmds == 1 &&
      stmt->cmds[0]->alter_table_cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition)
    return ApplyAttachIndexPartition(name, stmt->cmds[0]->alter_table_cmd, ctx);
  if (stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE || stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_INDEX) {
    ctx.Unmodelled("ALTER SEQUENCE/INDEX subcommand (owner, options)");
    return;
  }
  if (stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_TYPE) return ApplyAlterComposite(stmt, ctx);
  if (stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_VIEW || stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW ||
      ctx.catalog().views.count(name))
    return ApplyAlterView(stmt, ctx);
  if (stmt->objtype != PG_QUERY__OBJECT_TYPE__OBJECT_TABLE) {
    ctx.Unmodelled("ALTER on this object kind");
    return;
  }
  auto it = ctx.catalog().tables.find(name);
  if (it == ctx.catalog().tables.end() && ctx.IsUnmodelledRelation(name)) {
    ctx.Unmodelled("ALTER TABLE on a table that is not modelled");
    return;
  }
  if (it == ctx.catalog().tables.end()) {
    if (stmt->missing_ok) return;
    ctx.Error("SD-P034", "relation \"" + name.name + "\" does not exist", stmt->relation->location);
    return;
  }
  for (size_t i = 0; i < stmt->n_cmds; ++i) {
    // A partitioned table passes its column and CHECK changes on to its
    // partitions unless the statement says ONLY.
    std::optional<model::Table> before;
    if (!it->second.partition_by.empty() && stmt->relation->inh) before = it->second;
    ApplyCommand(it->second, stmt->cmds[i]->alter_table_cmd, ctx);
    if (before) PropagateToPartitions(*before, it->second, ctx);
  }
}

}  // namespace sd::parser
