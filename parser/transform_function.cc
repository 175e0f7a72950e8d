// CREATE [OR REPLACE] FUNCTION / PROCEDURE and ALTER FUNCTION / PROCEDURE.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "model/quote.h"
#include "parser/expr_canon.h"
#include "parser/function_signature.h"
#include "parser/routine_body.h"
#include "parser/transforms.h"

namespace sd::parser {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// A number as PostgreSQL prints a float4 (procost, prorows): "100", "0.5".
std::string NumberText(double value) {
  if (value == std::floor(value) && std::fabs(value) < 1e15) return std::to_string(static_cast<long long>(value));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", value);
  return buf;
}

bool NumberOf(const PgQuery__Node* node, double* out) {
  if (!node) return false;
  if (node->node_case == PG_QUERY__NODE__NODE_INTEGER) {
    *out = node->integer->ival;
    return true;
  }
  if (node->node_case == PG_QUERY__NODE__NODE_FLOAT) {
    *out = std::strtod(node->float_->fval, nullptr);
    return true;
  }
  return false;
}

bool BoolOf(const PgQuery__Node* node) {
  if (!node) return true;
  if (node->node_case == PG_QUERY__NODE__NODE_BOOLEAN) return node->boolean->boolval;
  if (node->node_case == PG_QUERY__NODE__NODE_INTEGER) return node->integer->ival != 0;
  return true;
}

// One value of SET name TO …: PostgreSQL stores the text of each item, so
// 64 and '64' are the same setting.
std::string SettingValue(const PgQuery__Node* node) {
  if (!node || node->node_case != PG_QUERY__NODE__NODE_A_CONST) return "";
  const PgQuery__AConst* c = node->a_const;
  switch (c->val_case) {
    case PG_QUERY__A__CONST__VAL_SVAL: return c->sval->sval;
    case PG_QUERY__A__CONST__VAL_IVAL: return std::to_string(c->ival->ival);
    case PG_QUERY__A__CONST__VAL_FVAL: return c->fval->fval;
    case PG_QUERY__A__CONST__VAL_BOOLVAL: return c->boolval->boolval ? "true" : "false";
    default: return "";
  }
}

// SET / RESET clauses: a later SET of the same name replaces the earlier
// one in place, as PostgreSQL's proconfig does.
void ApplySetting(const PgQuery__VariableSetStmt* set, model::Function* f, InterpContext& ctx) {
  auto& config = f->config;
  std::string name = set->name ? Lower(set->name) : "";
  auto it = std::find_if(config.begin(), config.end(), [&](const auto& p) { return p.first == name; });
  switch (set->kind) {
    case PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE: {
      std::string value;
      for (size_t i = 0; i < set->n_args; ++i) value += (i ? ", " : "") + model::QuoteLiteral(SettingValue(set->args[i]));
      if (it != config.end()) it->second = value;
      else config.emplace_back(name, value);
      return;
    }
    case PG_QUERY__VARIABLE_SET_KIND__VAR_SET_CURRENT:
      // The session's value at creation: pg_dump prints it as a value, which
      // cannot be known offline.
      ctx.Warning("SD-P114", "SET " + name + " FROM CURRENT is kept as written; a dump shows the value it captured");
      if (it != config.end()) it->second = "FROM CURRENT";
      else config.emplace_back(name, "FROM CURRENT");
      return;
    case PG_QUERY__VARIABLE_SET_KIND__VAR_SET_DEFAULT:
    case PG_QUERY__VARIABLE_SET_KIND__VAR_RESET:
      if (it != config.end()) config.erase(it);
      return;
    case PG_QUERY__VARIABLE_SET_KIND__VAR_RESET_ALL:
      config.clear();
      return;
    default:
      ctx.Unmodelled("this SET clause of a function");
      return;
  }
}

// Attributes shared by CREATE and ALTER; returns false for options that only CREATE takes.
bool ApplyAttribute(const PgQuery__DefElem* def, model::Function* f, InterpContext& ctx) {
  std::string name = def->defname;
  double number = 0;
  if (name == "volatility") {
    f->volatility = StringOf(def->arg)[0];
  } else if (name == "strict") {
    f->strict = BoolOf(def->arg);
  } else if (name == "security") {
    f->security_definer = BoolOf(def->arg);
  } else if (name == "leakproof") {
    f->leakproof = BoolOf(def->arg);
  } else if (name == "parallel") {
    f->parallel = Lower(StringOf(def->arg))[0];
  } else if (name == "cost" && NumberOf(def->arg, &number)) {
    f->cost = NumberText(number);
  } else if (name == "rows" && NumberOf(def->arg, &number)) {
    f->rows = NumberText(number);
  } else if (name == "set" && def->arg && def->arg->node_case == PG_QUERY__NODE__NODE_VARIABLE_SET_STMT) {
    ApplySetting(def->arg->variable_set_stmt, f, ctx);
  } else if (name == "support") {
    std::vector<std::string> names =
        def->arg && def->arg->node_case == PG_QUERY__NODE__NODE_LIST
            ? StringsOf(def->arg->list->n_items, def->arg->list->items)
            : std::vector<std::string>{StringOf(def->arg)};
    std::string schema = names.size() > 1 ? names[names.size() - 2] : "";
    auto found = ctx.ResolveFunction(schema, names.back());
    model::QualifiedName q = found.empty() ? ctx.ForCreate(schema, names.back()) : found[0].name;
    f->support = model::QuoteQualified(q);
  } else {
    return false;
  }
  return true;
}

// PostgreSQL's defaults for what the statement left out.
void FillDefaults(model::Function* f, bool cost_given, bool rows_given) {
  if (!cost_given) f->cost = f->language == "c" || f->language == "internal" ? "1" : "100";
  if (!rows_given) f->rows = f->returns_set ? "1000" : "";
  // A C function given only its object file is linked by its own name.
  if (f->language == "c" && f->as.size() == 1) f->as.push_back(f->name.name);
}

void AddDependency(model::Function* f, const model::ObjectRef& ref) {
  if (ref.name.name.empty()) return;
  if (std::find(f->depends_on.begin(), f->depends_on.end(), ref) == f->depends_on.end()) f->depends_on.push_back(ref);
}

bool ReadParameters(PgQuery__CreateFunctionStmt* stmt, model::Function* f, InterpContext& ctx) {
  std::vector<model::TypeRef> identity;
  for (size_t i = 0; i < stmt->n_parameters; ++i) {
    if (stmt->parameters[i]->node_case != PG_QUERY__NODE__NODE_FUNCTION_PARAMETER) continue;
    PgQuery__FunctionParameter* p = stmt->parameters[i]->function_parameter;
    model::FunctionArg arg;
    arg.name = p->name ? p->name : "";
    arg.type = ParameterType(p->arg_type, ctx);
    if (p->defexpr) {
      arg.default_value = MakeExpr(&p->defexpr, ctx);
      CanonicaliseDefaultForType(&*arg.default_value, arg.type);
      for (const auto& fn : arg.default_value->functions) AddDependency(f, fn);
    }
    AddDependency(f, TypeDependency(arg.type, ctx.catalog()));
    switch (p->mode) {
      case PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_OUT: arg.mode = "OUT"; break;
      case PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_INOUT: arg.mode = "INOUT"; break;
      case PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_VARIADIC: arg.mode = "VARIADIC"; break;
      case PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_TABLE:
        f->table_columns.push_back(std::move(arg));
        continue;
      default: break;  // IN, or not given
    }
    if (arg.mode != "OUT") identity.push_back(arg.type);
    f->args.push_back(std::move(arg));
  }
  f->identity_args = IdentityArgs(identity);
  return true;
}

void ReadReturns(PgQuery__CreateFunctionStmt* stmt, model::Function* f, InterpContext& ctx) {
  if (stmt->is_procedure) return;
  if (!f->table_columns.empty()) {
    f->returns_set = true;  // RETURNS TABLE is SETOF record with named columns
    return;
  }
  if (stmt->return_type) {
    f->returns = ParameterType(stmt->return_type, ctx);
    f->returns_set = stmt->return_type->setof;
    AddDependency(f, TypeDependency(*f->returns, ctx.catalog()));
    return;
  }
  // Output parameters without RETURNS: their type, or record for several.
  std::vector<const model::FunctionArg*> outs;
  for (const auto& a : f->args)
    if (a.mode == "OUT" || a.mode == "INOUT") outs.push_back(&a);
  if (outs.size() == 1) f->returns = outs[0]->type;
  else if (outs.size() > 1) f->returns = model::TypeRef{"", "record", {}, 0};
}

}  // namespace

void ApplyCreateFunction(PgQuery__CreateFunctionStmt* stmt, InterpContext& ctx) {
  std::vector<std::string> names = StringsOf(stmt->n_funcname, stmt->funcname);
  if (names.empty()) return;
  model::Function f;
  f.name = ctx.ForCreate(names.size() > 1 ? names[names.size() - 2] : "", names.back());
  f.procedure = stmt->is_procedure;
  if (!ReadParameters(stmt, &f, ctx)) return;
  ReadReturns(stmt, &f, ctx);
  bool cost_given = false, rows_given = false, language_given = false;
  for (size_t i = 0; i < stmt->n_options; ++i) {
    const PgQuery__DefElem* def = stmt->options[i]->def_elem;
    std::string option = def->defname;
    if (option == "language") {
      f.language = Lower(StringOf(def->arg));
      language_given = true;
    } else if (option == "as") {
      f.as = def->arg && def->arg->node_case == PG_QUERY__NODE__NODE_LIST
                 ? StringsOf(def->arg->list->n_items, def->arg->list->items)
                 : std::vector<std::string>{StringOf(def->arg)};
    } else if (option == "window") {
      f.window = BoolOf(def->arg);
    } else if (option == "transform") {
      ctx.Unmodelled("TRANSFORM FOR TYPE of a function");
    } else if (ApplyAttribute(def, &f, ctx)) {
      cost_given = cost_given || option == "cost";
      rows_given = rows_given || option == "rows";
    } else {
      ctx.Unmodelled("function option " + option);
    }
  }
  if (!language_given && !stmt->sql_body) {
    ctx.Error("SD-P115", "no language specified");
    return;
  }
  if (stmt->sql_body) {
    SqlStandardBody body;
    if (!ReadSqlStandardBody(stmt->sql_body, ctx, &body)) return;
    f.sql_body = body.text;
    f.sql_body_key = body.key;
    // PostgreSQL records what a SQL-standard body uses as dependencies.
    for (const auto& ref : body.uses) AddDependency(&f, ref);
  } else if (f.language == "sql" && !f.as.empty()) {
    // check_function_bodies validates these at creation: what they read must exist.
    f.body_uses = RelationsInSqlBody(f.as[0], ctx);
  }
  FillDefaults(&f, cost_given, rows_given);
  if (!ctx.catalog().schemas.count(f.name.schema))
    return ctx.Error("SD-P116", "schema \"" + f.name.schema + "\" does not exist");
  auto& functions = ctx.catalog().functions;
  auto it = functions.find(f.Ref());
  if (it != functions.end()) {
    if (!stmt->replace)
      return ctx.Error("SD-P117", "function " + model::Describe(f.Ref()) + " already exists with the same argument types");
    f.comment = it->second.comment;  // CREATE OR REPLACE keeps the comment
    it->second = std::move(f);
    return;
  }
  functions.emplace(f.Ref(), std::move(f));
}

void ApplyAlterFunction(PgQuery__AlterFunctionStmt* stmt, InterpContext& ctx) {
  model::Function* f = LookupFunction(stmt->func, ctx);
  if (!f) return;
  for (size_t i = 0; i < stmt->n_actions; ++i) {
    const PgQuery__DefElem* def = stmt->actions[i]->def_elem;
    if (!ApplyAttribute(def, f, ctx)) ctx.Unmodelled(std::string("ALTER FUNCTION ") + def->defname);
  }
}

}  // namespace sd::parser
