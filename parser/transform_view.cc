// Views and materialized views: CREATE, ALTER (options), and the view side
// of DROP, RENAME COLUMN.
#include <algorithm>
#include <cctype>

#include "parser/query_canon.h"
#include "parser/transforms.h"

namespace sd::parser {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// A reloption's value as PostgreSQL reads it; view options compare by meaning
// (security_barrier=on is security_barrier=true).
std::string OptionValue(const PgQuery__DefElem* def) {
  std::string name = def->defname ? def->defname : "";
  std::string value;
  const PgQuery__Node* arg = def->arg;
  long long number = 0;
  if (!arg) value = "true";  // WITH (security_barrier)
  else if (arg->node_case == PG_QUERY__NODE__NODE_FLOAT) value = arg->float_->fval;
  else if (IntegerOf(arg, &number)) value = std::to_string(number);
  else if (arg->node_case == PG_QUERY__NODE__NODE_BOOLEAN) value = arg->boolean->boolval ? "true" : "false";
  else if (arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME && arg->type_name->n_names)  // check_option = local
    value = StringOf(arg->type_name->names[arg->type_name->n_names - 1]);
  else value = StringOf(arg);
  if (name == "security_barrier" || name == "security_invoker") {
    std::string v = Lower(value);
    if (v == "on" || v == "yes" || v == "1" || v == "t" || v == "y" || v == "true") return "true";
    if (v == "off" || v == "no" || v == "0" || v == "f" || v == "n" || v == "false") return "false";
  }
  if (name == "check_option") return Lower(value);
  return value;
}

// Sets `name=value` in a sorted option list, replacing an earlier value.
void SetOption(std::vector<std::string>* options, const std::string& name, const std::string& value) {
  options->erase(std::remove_if(options->begin(), options->end(),
                                [&](const std::string& o) { return o.compare(0, name.size() + 1, name + "=") == 0; }),
                 options->end());
  options->push_back(name + "=" + value);
  std::sort(options->begin(), options->end());
}

void SetOptions(std::vector<std::string>* options, size_t n, PgQuery__Node* const* defs) {
  for (size_t i = 0; i < n; ++i)
    if (defs[i]->node_case == PG_QUERY__NODE__NODE_DEF_ELEM)
      SetOption(options, defs[i]->def_elem->defname, OptionValue(defs[i]->def_elem));
}

// Reads the query into `view`: text, key, columns, dependencies.
bool DefineQuery(model::View* view, PgQuery__Node** query, InterpContext& ctx) {
  CanonicalQuery q;
  std::string error;
  if (!CanonicaliseQuery(query, view->column_list, ctx, &q, &error)) {
    ctx.Error("SD-P010", "cannot read the query of view \"" + view->name.name + "\": " + error);
    return false;
  }
  if (!q.unresolved.empty())
    ctx.Note("SD-P130", "view \"" + view->name.name + "\" is compared as written (" + q.unresolved +
                            "): another spelling of the same query shows as a change");
  view->query = std::move(q.text);
  view->query_key = std::move(q.key);
  view->columns = std::move(q.columns);
  view->column_types = std::move(q.column_types);
  view->depends_on = std::move(q.depends_on);
  return true;
}

// CREATE OR REPLACE keeps the comments of the view and of the columns it keeps.
void KeepComments(const model::View& old_view, model::View* view) {
  view->comment = old_view.comment;
  for (const auto& [column, comment] : old_view.column_comments)
    if (std::find(view->columns.begin(), view->columns.end(), column) != view->columns.end())
      view->column_comments[column] = comment;
}

bool Uses(const model::View& view, const model::ObjectRef& ref) {
  for (const auto& d : view.depends_on) {
    if (d == ref) return true;
    // Dropping a relation drops what uses any of its columns.
    if (ref.sub.empty() && d.kind == model::ObjectKind::kColumn && d.name == ref.name) return true;
  }
  return false;
}

}  // namespace

void ApplyCreateView(PgQuery__ViewStmt* stmt, InterpContext& ctx) {
  PgQuery__RangeVar* rv = stmt->view;
  model::QualifiedName name = ctx.ForCreate(rv->schemaname ? rv->schemaname : "", rv->relname);
  if (rv->relpersistence && rv->relpersistence[0] == 't') {
    ctx.Unmodelled("temporary view \"" + name.name + "\"");
    return;
  }
  auto& catalog = ctx.catalog();
  auto existing = catalog.views.find(name);
  bool replacing = stmt->replace && existing != catalog.views.end() && !existing->second.materialized;
  if (!replacing && catalog.RelationExists(name)) {
    ctx.Error("SD-P022", "relation \"" + name.name + "\" already exists", rv->location);
    return;
  }
  model::View view;
  view.name = name;
  view.column_list = StringsOf(stmt->n_aliases, stmt->aliases);
  SetOptions(&view.options, stmt->n_options, stmt->options);
  if (stmt->with_check_option == PG_QUERY__VIEW_CHECK_OPTION__LOCAL_CHECK_OPTION)
    SetOption(&view.options, "check_option", "local");
  if (stmt->with_check_option == PG_QUERY__VIEW_CHECK_OPTION__CASCADED_CHECK_OPTION)
    SetOption(&view.options, "check_option", "cascaded");
  if (!DefineQuery(&view, &stmt->query, ctx)) return;
  view.renamed_from = ctx.RenamedFrom(rv->location);
  if (replacing) KeepComments(existing->second, &view);
  catalog.views[name] = std::move(view);
}

void ApplyCreateTableAs(PgQuery__CreateTableAsStmt* stmt, InterpContext& ctx) {
  if (stmt->objtype != PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW || stmt->is_select_into) {
    ctx.Unmodelled("CREATE TABLE AS / SELECT INTO");
    return;
  }
  PgQuery__IntoClause* into = stmt->into;
  PgQuery__RangeVar* rv = into->rel;
  model::QualifiedName name = ctx.ForCreate(rv->schemaname ? rv->schemaname : "", rv->relname);
  auto& catalog = ctx.catalog();
  if (catalog.RelationExists(name)) {
    if (stmt->if_not_exists) return;
    ctx.Error("SD-P022", "relation \"" + name.name + "\" already exists", rv->location);
    return;
  }
  if (into->access_method && *into->access_method) ctx.Unmodelled("materialized view USING clause");
  if (into->table_space_name && *into->table_space_name) ctx.Unmodelled("TABLESPACE clause");
  model::View view;
  view.name = name;
  view.materialized = true;
  view.with_data = !into->skip_data;
  view.column_list = StringsOf(into->n_col_names, into->col_names);
  SetOptions(&view.options, into->n_options, into->options);
  if (!DefineQuery(&view, &stmt->query, ctx)) return;
  view.renamed_from = ctx.RenamedFrom(rv->location);
  catalog.views[name] = std::move(view);
}

void ApplyAlterView(PgQuery__AlterTableStmt* stmt, InterpContext& ctx) {
  model::QualifiedName name = ctx.ResolveRelation(stmt->relation);
  auto it = ctx.catalog().views.find(name);
  if (it == ctx.catalog().views.end()) {
    if (stmt->missing_ok) return;
    ctx.Error("SD-P034", "view \"" + name.name + "\" does not exist", stmt->relation->location);
    return;
  }
  model::View& view = it->second;
  for (size_t i = 0; i < stmt->n_cmds; ++i) {
    PgQuery__AlterTableCmd* cmd = stmt->cmds[i]->alter_table_cmd;
    const PgQuery__Node* def = cmd->def;
    bool is_list = def && def->node_case == PG_QUERY__NODE__NODE_LIST;
    switch (cmd->subtype) {
      case PG_QUERY__ALTER_TABLE_TYPE__AT_SetRelOptions:
        if (is_list) SetOptions(&view.options, def->list->n_items, def->list->items);
        break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_ResetRelOptions:
        if (is_list)
          for (size_t k = 0; k < def->list->n_items; ++k) {
            if (def->list->items[k]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
            std::string option = std::string(def->list->items[k]->def_elem->defname) + "=";
            auto& opts = view.options;
            opts.erase(std::remove_if(opts.begin(), opts.end(),
                                      [&](const std::string& o) { return o.compare(0, option.size(), option) == 0; }),
                       opts.end());
          }
        break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_ColumnDefault:
        ctx.Unmodelled("ALTER VIEW ... ALTER COLUMN SET/DROP DEFAULT");
        break;
      default:
        ctx.Unmodelled("this ALTER VIEW / MATERIALIZED VIEW subcommand");
        break;
    }
  }
}

void DropViewsUsing(model::Catalog& catalog, const model::ObjectRef& ref) {
  std::vector<model::ObjectRef> dropped;
  for (auto it = catalog.views.begin(); it != catalog.views.end();) {
    if (Uses(it->second, ref)) {
      dropped.push_back(it->second.Ref());
      it = catalog.views.erase(it);
    } else {
      ++it;
    }
  }
  for (const auto& view : dropped) {
    for (auto it = catalog.indexes.begin(); it != catalog.indexes.end();)
      it = it->second.table == view.name ? catalog.indexes.erase(it) : std::next(it);
    DropViewsUsing(catalog, view);
  }
}

bool RenameViewColumn(model::View& view, const std::string& from, const std::string& to, InterpContext& ctx) {
  auto col = std::find(view.columns.begin(), view.columns.end(), from);
  if (col == view.columns.end()) return false;
  // PostgreSQL renames the output column in the stored query: re-read the
  // query with the new names as its column list.
  std::vector<std::string> names = view.columns;
  names[col - view.columns.begin()] = to;
  ParseTree tree;
  std::string error;
  int offset = 0;
  if (tree.Parse(view.query, &error, &offset) && tree.result()->n_stmts == 1) {
    model::View renamed = view;
    renamed.column_list = names;
    if (DefineQuery(&renamed, &tree.result()->stmts[0]->stmt, ctx)) {
      auto comment = view.column_comments.find(from);
      if (comment != view.column_comments.end()) {
        renamed.column_comments[to] = comment->second;
        renamed.column_comments.erase(from);
      }
      view = std::move(renamed);
      return true;
    }
  }
  *col = to;
  return true;
}

}  // namespace sd::parser
