// SET search_path and pg_dump's set_config('search_path', ...).
#include <cctype>

#include "parser/ident_list.h"
#include "parser/transforms.h"

namespace sd::parser {
void ApplySet(PgQuery__VariableSetStmt* stmt, InterpContext& ctx) {
  if (!stmt->name || std::string(stmt->name) != "search_path") return;
  if (stmt->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_DEFAULT ||
      stmt->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_RESET) {
    ctx.set_search_path({"$user", "public"});
    return;
  }
  std::vector<std::string> path;
  for (size_t i = 0; i < stmt->n_args; ++i) {
    PgQuery__Node* arg = stmt->args[i];
    if (arg->node_case == PG_QUERY__NODE__NODE_A_CONST && arg->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL)
      path.push_back(arg->a_const->sval->sval);
  }
  ctx.set_search_path(path);
}

bool ApplySetConfig(PgQuery__SelectStmt* stmt, InterpContext& ctx) {
  if (stmt->n_target_list != 1 || stmt->n_from_clause) return false;
  PgQuery__Node* val = stmt->target_list[0]->res_target->val;
  if (!val || val->node_case != PG_QUERY__NODE__NODE_FUNC_CALL) return false;
  PgQuery__FuncCall* call = val->func_call;
  if (StringOf(call->funcname[call->n_funcname - 1]) != "set_config" || call->n_args < 2) return false;
  auto str = [](PgQuery__Node* n) -> std::string {
    return n->node_case == PG_QUERY__NODE__NODE_A_CONST && n->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL
               ? n->a_const->sval->sval
               : "\x01";
  };
  std::string setting = str(call->args[0]);
  if (setting == "search_path") {
    ctx.set_search_path(SplitIdentifierList(str(call->args[1]), ','));
  }
  // Other settings (client_min_messages, ...) do not change the schema.
  return true;
}

}  // namespace sd::parser
