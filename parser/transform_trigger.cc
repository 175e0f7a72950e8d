// CREATE [OR REPLACE] [CONSTRAINT] TRIGGER, and ALTER TABLE ENABLE / DISABLE TRIGGER.
#include <algorithm>

#include "model/quote.h"
#include "parser/expr_canon.h"
#include "parser/transforms.h"

namespace sd::parser {
namespace {

// Parse-tree timing bits (PostgreSQL's TRIGGER_TYPE_BEFORE / _INSTEAD).
constexpr int kTimingBefore = 1 << 1;
constexpr int kTimingInstead = 1 << 6;

void AddUnique(std::vector<model::ObjectRef>* out, const model::ObjectRef& ref) {
  if (std::find(out->begin(), out->end(), ref) == out->end()) out->push_back(ref);
}

// WHEN compares with its OLD/NEW qualifiers: `old.a <> new.a` is not `a <> a`.
model::Expr WhenExpr(PgQuery__Node** slot, InterpContext& ctx) {
  PgQuery__Node* copy = CopyNodeToActiveArena(*slot);
  model::Expr expr = MakeExpr(slot, ctx);
  CanonicaliseQueryExpr(&copy, ctx);
  std::string key, error;
  if (DeparseExpr(copy, &key, &error)) expr.key = key;
  return expr;
}

}  // namespace

void ApplyCreateTrigger(PgQuery__CreateTrigStmt* stmt, InterpContext& ctx) {
  auto& catalog = ctx.catalog();
  model::Trigger t;
  t.table = ctx.ResolveRelation(stmt->relation);
  t.name = stmt->trigname;
  model::ObjectRef relation{model::ObjectKind::kTable, t.table, ""};
  if (auto view = catalog.views.find(t.table); view != catalog.views.end()) {
    relation = view->second.Ref();
  } else if (!catalog.tables.count(t.table)) {
    if (ctx.IsUnmodelledRelation(t.table)) return ctx.Unmodelled("CREATE TRIGGER on a relation that is not modelled");
    return ctx.Error("SD-P120", "relation \"" + t.table.name + "\" does not exist", stmt->relation->location);
  }
  t.constraint = stmt->isconstraint;
  t.timing = stmt->timing & kTimingBefore ? "BEFORE" : stmt->timing & kTimingInstead ? "INSTEAD OF" : "AFTER";
  t.events = stmt->events & (model::kTriggerInsert | model::kTriggerDelete | model::kTriggerUpdate |
                             model::kTriggerTruncate);
  t.update_columns = StringsOf(stmt->n_columns, stmt->columns);
  t.for_each_row = stmt->row;
  t.depends_on.push_back(relation);
  for (const auto& c : t.update_columns) AddUnique(&t.depends_on, {model::ObjectKind::kColumn, t.table, c});
  if (stmt->when_clause) {
    t.when = WhenExpr(&stmt->when_clause, ctx);
    for (const auto& c : t.when->columns) AddUnique(&t.depends_on, {model::ObjectKind::kColumn, t.table, c});
    for (const auto& f : t.when->functions) AddUnique(&t.depends_on, f);
  }
  for (size_t i = 0; i < stmt->n_transition_rels; ++i) {
    const PgQuery__TriggerTransition* tr = stmt->transition_rels[i]->trigger_transition;
    (tr->is_new ? t.new_table : t.old_table) = tr->name;
  }
  std::vector<std::string> fname = StringsOf(stmt->n_funcname, stmt->funcname);
  std::string schema = fname.size() > 1 ? fname[fname.size() - 2] : "";
  auto overloads = ctx.ResolveFunction(schema, fname.back());
  // Trigger functions take no declared arguments.
  auto fn = std::find_if(overloads.begin(), overloads.end(), [](const model::ObjectRef& r) { return r.sub.empty(); });
  t.function = fn != overloads.end() ? fn->name : ctx.ForCreate(schema, fname.back());
  AddUnique(&t.depends_on, {model::ObjectKind::kFunction, t.function, ""});
  t.args = StringsOf(stmt->n_args, stmt->args);
  t.deferrable = stmt->deferrable;
  t.initially_deferred = stmt->initdeferred;
  if (stmt->constrrel) {
    t.from_table = ctx.ResolveRelation(stmt->constrrel);
    AddUnique(&t.depends_on, {model::ObjectKind::kTable, *t.from_table, ""});
  }
  auto it = catalog.triggers.find(t.Ref());
  if (it != catalog.triggers.end()) {
    if (!stmt->replace)
      return ctx.Error("SD-P121", "trigger \"" + t.name + "\" for relation \"" + t.table.name + "\" already exists");
    t.comment = it->second.comment;
    t.enabled = it->second.enabled;
    it->second = std::move(t);
    return;
  }
  catalog.triggers.emplace(t.Ref(), std::move(t));
}

void ApplyTriggerEnabled(const model::QualifiedName& table, const PgQuery__AlterTableCmd* cmd, InterpContext& ctx) {
  char state = 'O';
  bool all = false;
  switch (cmd->subtype) {
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrig: break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableAlwaysTrig: state = 'A'; break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableReplicaTrig: state = 'R'; break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrig: state = 'D'; break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrigAll:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrigUser: all = true; break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrigAll:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrigUser: state = 'D'; all = true; break;
    default: return;
  }
  auto& triggers = ctx.catalog().triggers;
  if (all) {
    // ALL also covers the internal triggers of foreign keys, which are not
    // modelled; USER is every trigger schemadiff knows.
    if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrigAll ||
        cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrigAll)
      ctx.Warning("SD-P122", "ENABLE/DISABLE TRIGGER ALL: the state of foreign-key triggers is not modelled");
    for (auto& [ref, t] : triggers)
      if (t.table == table) t.enabled = state;
    return;
  }
  auto it = triggers.find({model::ObjectKind::kTrigger, table, cmd->name ? cmd->name : ""});
  if (it == triggers.end())
    return ctx.Error("SD-P123", std::string("trigger \"") + (cmd->name ? cmd->name : "") + "\" for table \"" +
                                    table.name + "\" does not exist");
  it->second.enabled = state;
}

}  // namespace sd::parser
