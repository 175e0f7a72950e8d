// SET search_path and pg_dump's set_config('search_path', ...).
#include <cctype>

#include "parser/transforms.h"

namespace sd::parser {
namespace {

// search_path syntax: comma-separated, optionally double-quoted names.
std::vector<std::string> SplitSearchPath(const std::string& value) {
  std::vector<std::string> out;
  std::string cur;
  bool quoted = false, any = false;
  for (size_t i = 0; i < value.size(); ++i) {
    char c = value[i];
    if (quoted) {
      if (c == '"' && i + 1 < value.size() && value[i + 1] == '"') {
        cur += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cur += c;
      }
    } else if (c == '"') {
      quoted = any = true;
    } else if (c == ',') {
      if (any) out.push_back(cur);
      cur.clear();
      any = false;
    } else if (c != ' ' && c != '\t') {
      cur += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      any = true;
    }
  }
  if (any) out.push_back(cur);
  return out;
}

}  // namespace

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
    ctx.set_search_path(SplitSearchPath(str(call->args[1])));
  }
  // Other settings (client_min_messages, ...) do not change the schema.
  return true;
}

}  // namespace sd::parser
