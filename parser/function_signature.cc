#include "parser/function_signature.h"

#include "model/quote.h"
#include "parser/type_names.h"

namespace sd::parser {

model::TypeRef ParameterType(const PgQuery__TypeName* type, InterpContext& ctx) {
  model::TypeRef out;
  if (type->pct_type) {
    // t.col%TYPE (or s.t.col%TYPE) is replaced by the column's type at creation.
    std::vector<std::string> names = StringsOf(type->n_names, type->names);
    if (names.size() >= 2) {
      std::vector<std::string> rel(names.begin(), names.end() - 1);
      auto it = ctx.catalog().tables.find(ctx.ResolveRelation(rel));
      const model::Column* col = it == ctx.catalog().tables.end() ? nullptr : it->second.FindColumn(names.back());
      if (col) out = col->type;
    }
    if (out.name.empty()) ctx.Error("SD-P110", "cannot resolve %TYPE reference: no such column");
    out.array_dims += static_cast<int>(type->n_array_bounds);
  } else {
    out = CanonicalType(type, ctx);
  }
  out.modifiers.clear();
  return out;
}

std::string IdentityArgs(const std::vector<model::TypeRef>& input_types) {
  std::string out;
  for (size_t i = 0; i < input_types.size(); ++i) out += (i ? ", " : "") + model::TypeSql(input_types[i]);
  return out;
}

model::ObjectRef TypeDependency(const model::TypeRef& type, const model::Catalog& catalog) {
  if (type.IsBuiltin()) return {};
  model::QualifiedName name{type.schema, type.name};
  if (catalog.TypeExists(name)) return catalog.UserTypeRef(name);
  if (catalog.tables.count(name)) return {model::ObjectKind::kTable, name, ""};
  auto view = catalog.views.find(name);
  if (view != catalog.views.end()) return view->second.Ref();
  return catalog.UserTypeRef(name);
}

model::Function* LookupFunction(const PgQuery__ObjectWithArgs* func, InterpContext& ctx, bool missing_ok) {
  std::vector<std::string> names = StringsOf(func->n_objname, func->objname);
  if (names.empty()) return nullptr;
  std::string schema = names.size() > 1 ? names[names.size() - 2] : "";
  std::vector<model::ObjectRef> overloads = ctx.ResolveFunction(schema, names.back());
  auto& functions = ctx.catalog().functions;
  model::Function* found = nullptr;
  if (func->args_unspecified) {
    if (overloads.size() > 1) {
      ctx.Error("SD-P111", "function name \"" + names.back() + "\" is not unique: give the argument types");
      return nullptr;
    }
    if (overloads.size() == 1) found = &functions.at(overloads[0]);
  } else {
    std::vector<model::TypeRef> types;
    for (size_t i = 0; i < func->n_objargs; ++i)
      if (func->objargs[i]->node_case == PG_QUERY__NODE__NODE_TYPE_NAME)
        types.push_back(ParameterType(func->objargs[i]->type_name, ctx));
    std::string identity = IdentityArgs(types);
    for (const auto& ref : overloads)
      if (ref.sub == identity) found = &functions.at(ref);
    // A procedure may also be named with its output parameters' types
    // (PostgreSQL 14+), as in COMMENT ON PROCEDURE p(int, int) for p(IN, OUT).
    if (!found && func->n_objfuncargs > func->n_objargs) {
      std::vector<model::TypeRef> all;
      for (size_t i = 0; i < func->n_objfuncargs; ++i)
        if (func->objfuncargs[i]->node_case == PG_QUERY__NODE__NODE_FUNCTION_PARAMETER)
          all.push_back(ParameterType(func->objfuncargs[i]->function_parameter->arg_type, ctx));
      types = all;
    }
    if (!found) {
      for (const auto& ref : overloads) {
        model::Function& f = functions.at(ref);
        std::vector<model::TypeRef> declared;
        for (const auto& a : f.args) declared.push_back(a.type);
        if (f.procedure && declared == types) found = &f;
      }
    }
  }
  if (!found && !missing_ok) ctx.Error("SD-P112", "function " + names.back() + " does not exist");
  return found;
}

}  // namespace sd::parser
