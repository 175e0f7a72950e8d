// CREATE TABLE.
#include "parser/partitions.h"
#include "parser/storage_options.h"
#include "parser/table_parts.h"
#include "parser/transforms.h"

namespace sd::parser {

void ApplyCreateTable(PgQuery__CreateStmt* stmt, InterpContext& ctx) {
  model::QualifiedName name = ctx.ForCreate(stmt->relation->schemaname ? stmt->relation->schemaname : "",
                                            stmt->relation->relname);
  if (ctx.catalog().tables.count(name)) {
    if (stmt->if_not_exists) return;
    ctx.Error("SD-P022", "relation \"" + name.name + "\" already exists", stmt->relation->location);
    return;
  }
  // A partition names its parent among the inherited relations; real
  // inheritance (INHERITS) and typed tables are not modelled.
  const model::Table* parent = nullptr;
  if (stmt->partbound && stmt->n_inh_relations == 1) {
    model::QualifiedName parent_name = ctx.ResolveRelation(stmt->inh_relations[0]->range_var);
    auto it = ctx.catalog().tables.find(parent_name);
    if (it == ctx.catalog().tables.end() && !ctx.IsUnmodelledRelation(parent_name)) {
      ctx.Error("SD-P034", "relation \"" + parent_name.name + "\" does not exist", stmt->relation->location);
      return;
    }
    if (it != ctx.catalog().tables.end() && it->second.partition_by.empty()) {
      ctx.Error("SD-P035", "table \"" + parent_name.name + "\" is not partitioned", stmt->relation->location);
      return;
    }
    if (it != ctx.catalog().tables.end()) parent = &it->second;
  }
  if ((stmt->partbound && !parent) || (stmt->n_inh_relations && !parent) || stmt->of_typename) {
    ctx.Unmodelled("inherited or typed table \"" + name.name + "\"");
    ctx.MarkUnmodelledRelation(name);
    return;
  }
  if (stmt->tablespacename && *stmt->tablespacename) ctx.Unmodelled("TABLESPACE clause");
  // Storage parameters: PostgreSQL ignores WITH (oids = false) and knows
  // none for a partitioned table (its partitions have their own).
  std::vector<std::string> options;
  for (size_t i = 0; i < stmt->n_options; ++i) {
    if (stmt->options[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    const PgQuery__DefElem* def = stmt->options[i]->def_elem;
    std::string option = RelOptionText(def);
    if (option == "oids=false") continue;
    if (stmt->partspec) {
      ctx.Error("SD-P037", "unrecognized parameter \"" + RelOptionName(option) + "\" (a partitioned table takes no storage parameters)",
                def->location);
      continue;
    }
    SetRelOption(&options, option);
  }
  model::Table& table = ctx.catalog().tables[name];
  table.name = name;
  table.options = std::move(options);
  table.renamed_from = ctx.RenamedFrom(stmt->relation->location);
  table.backfill = ctx.Backfill(stmt->relation->location, true);
  if (stmt->relation->relpersistence && stmt->relation->relpersistence[0] == 'u')
    table.persistence = model::Persistence::kUnlogged;
  if (stmt->relation->relpersistence && stmt->relation->relpersistence[0] == 't')
    ctx.Unmodelled("temporary table \"" + name.name + "\"");
  std::vector<PendingConstraint> pending;
  // Exactly the column definitions: constraints among the elements would
  // only leave unused capacity, and columns are the bulk of a catalog.
  size_t n_columns = 0;
  for (size_t i = 0; i < stmt->n_table_elts; ++i)
    n_columns += stmt->table_elts[i]->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF;
  table.columns.reserve(n_columns);
  for (size_t i = 0; i < stmt->n_table_elts; ++i) {
    PgQuery__Node* elt = stmt->table_elts[i];
    if (elt->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF) {
      if (table.FindColumn(elt->column_def->colname)) {
        ctx.Error("SD-P023", "column \"" + std::string(elt->column_def->colname) + "\" specified more than once",
                  elt->column_def->location);
        continue;
      }
      if (parent && !elt->column_def->type_name) {
        AddPartitionColumnOptions(table, elt->column_def, ctx, &pending);
        continue;
      }
      AddColumn(table, elt->column_def, ctx, &pending);
    } else if (elt->node_case == PG_QUERY__NODE__NODE_CONSTRAINT) {
      pending.push_back({elt->constraint, ""});
    } else {
      ctx.Unmodelled("CREATE TABLE ... LIKE");
    }
  }
  for (size_t i = 0; i < stmt->n_constraints; ++i) pending.push_back({stmt->constraints[i]->constraint, ""});
  if (stmt->partspec) table.partition_by = PartitionKeyText(stmt->partspec, ctx);
  if (parent) {
    // Copied: the parent's entry may move when the map grows.
    model::Table parent_copy = *parent;
    InheritFromParent(table, parent_copy);
    table.partition_of = parent_copy.name;
    ctx.NotePartition(parent_copy.name, table.name);
    table.partition_bound = PartitionBoundText(stmt->partbound, parent_copy, ctx);
    NoteImpliedPartitionIndexes(table, parent_copy, ctx);
  }
  AddConstraints(table, std::move(pending), ctx);
}

}  // namespace sd::parser
