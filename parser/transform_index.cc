// CREATE INDEX.
#include "parser/expr_canon.h"
#include "parser/naming.h"
#include "parser/partitions.h"
#include "parser/table_parts.h"
#include "parser/transforms.h"

namespace sd::parser {

void ApplyCreateIndex(PgQuery__IndexStmt* stmt, InterpContext& ctx) {
  model::QualifiedName table_name = ctx.ResolveRelation(stmt->relation);
  // Materialized views take indexes like tables.
  auto view = ctx.catalog().views.find(table_name);
  bool matview = view != ctx.catalog().views.end() && view->second.materialized;
  if (!ctx.catalog().tables.count(table_name) && ctx.IsUnmodelledRelation(table_name)) {
    ctx.Unmodelled("index on a table that is not modelled");
    return;
  }
  if (!ctx.catalog().tables.count(table_name) && !matview) {
    ctx.Error("SD-P040", "relation \"" + table_name.name + "\" does not exist", stmt->relation->location);
    return;
  }
  model::Index index;
  index.table = table_name;
  index.renamed_from = ctx.RenamedFrom(-1);
  index.unique = stmt->unique;
  index.nulls_not_distinct = stmt->nulls_not_distinct;
  index.method = stmt->access_method && *stmt->access_method ? stmt->access_method : "btree";
  std::vector<std::string> column_names;
  for (size_t i = 0; i < stmt->n_index_params; ++i) {
    PgQuery__IndexElem* elem = stmt->index_params[i]->index_elem;
    column_names.push_back(elem->name && *elem->name ? elem->name : IndexExpressionName(elem->expr));
    index.keys.push_back(MakeIndexKey(elem, ctx));
  }
  for (size_t i = 0; i < stmt->n_index_including_params; ++i) {
    PgQuery__IndexElem* elem = stmt->index_including_params[i]->index_elem;
    index.include.push_back(elem->name ? elem->name : "");
    column_names.push_back(index.include.back());
  }
  for (size_t i = 0; i < stmt->n_options; ++i) {
    PgQuery__DefElem* def = stmt->options[i]->def_elem;
    std::string value;
    if (def->arg) {
      long long v = 0;
      value = IntegerOf(def->arg, &v) ? std::to_string(v) : StringOf(def->arg);
    }
    index.options.push_back(std::string(def->defname) + "=" + value);
  }
  if (stmt->where_clause) index.where = MakeExpr(&stmt->where_clause, ctx);
  std::string name = stmt->idxname ? stmt->idxname : "";
  if (name.empty()) {
    name = ChooseName(table_name.name, JoinNameParts(DistinctIndexColumnNames(column_names)), "idx",
                      [&](const std::string& n) { return ctx.RelationNameTaken({table_name.schema, n}); });
  }
  index.name = {table_name.schema, name};
  if (ctx.RelationNameTaken(index.name)) {
    if (stmt->if_not_exists) return;
    ctx.Error("SD-P041", "relation \"" + name + "\" already exists");
    return;
  }
  if (stmt->table_space && *stmt->table_space) ctx.Unmodelled("index TABLESPACE clause");
  // On a partitioned table PostgreSQL builds one index per partition; they
  // are implied by this one, but their names are taken.
  auto table = ctx.catalog().tables.find(table_name);
  bool partitioned = table != ctx.catalog().tables.end() && !table->second.partition_by.empty();
  ctx.NoteIndex(index.table, index.name);
  model::Index& stored = ctx.catalog().indexes[index.name] = std::move(index);
  if (partitioned && stmt->relation->inh) NoteImpliedIndexOnPartitions(stored, ctx);
}

}  // namespace sd::parser
