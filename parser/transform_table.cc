// CREATE TABLE.
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
  if (stmt->partbound || stmt->partspec || stmt->n_inh_relations || stmt->of_typename) {
    ctx.Unmodelled("partitioned, inherited or typed table \"" + name.name + "\"");
    ctx.MarkUnmodelledRelation(name);
    return;
  }
  if (stmt->n_options) ctx.Unmodelled("table storage options (WITH ...)");
  if (stmt->tablespacename && *stmt->tablespacename) ctx.Unmodelled("TABLESPACE clause");
  model::Table& table = ctx.catalog().tables[name];
  table.name = name;
  table.renamed_from = ctx.RenamedFrom(stmt->relation->location);
  if (stmt->relation->relpersistence && stmt->relation->relpersistence[0] == 'u')
    table.persistence = model::Persistence::kUnlogged;
  if (stmt->relation->relpersistence && stmt->relation->relpersistence[0] == 't')
    ctx.Unmodelled("temporary table \"" + name.name + "\"");
  std::vector<PendingConstraint> pending;
  table.columns.reserve(stmt->n_table_elts);
  for (size_t i = 0; i < stmt->n_table_elts; ++i) {
    PgQuery__Node* elt = stmt->table_elts[i];
    if (elt->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF) {
      if (table.FindColumn(elt->column_def->colname)) {
        ctx.Error("SD-P023", "column \"" + std::string(elt->column_def->colname) + "\" specified more than once",
                  elt->column_def->location);
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
  AddConstraints(table, std::move(pending), ctx);
}

}  // namespace sd::parser
