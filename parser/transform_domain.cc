// Domains, composite types and range types: CREATE DOMAIN, ALTER DOMAIN,
// CREATE TYPE AS (...), ALTER TYPE on a composite type, CREATE TYPE AS RANGE.
#include <algorithm>

#include "model/quote.h"
#include "parser/default_opclass.h"
#include "parser/expr_canon.h"
#include "parser/naming.h"
#include "parser/table_parts.h"
#include "parser/transforms.h"
#include "parser/type_names.h"

namespace sd::parser {
namespace {

model::QualifiedName Qualified(const std::vector<std::string>& names, InterpContext& ctx, bool create) {
  std::string schema = names.size() > 1 ? names[names.size() - 2] : "";
  std::string name = names.empty() ? "" : names.back();
  return create ? ctx.ForCreate(schema, name) : ctx.ResolveType(schema, name);
}

// The user type a type reference needs first (none for builtins).
void AddTypeDependency(const model::TypeRef& type, const model::Catalog& catalog, std::vector<model::ObjectRef>* deps) {
  if (type.IsBuiltin()) return;
  model::ObjectRef ref = catalog.UserTypeRef({type.schema, type.name});
  if (std::find(deps->begin(), deps->end(), ref) == deps->end()) deps->push_back(ref);
}

bool TypeNameTaken(const model::QualifiedName& name, InterpContext& ctx) {
  // Tables, views and sequences have row types of the same name.
  return ctx.catalog().TypeExists(name) || ctx.catalog().tables.count(name) || ctx.catalog().views.count(name);
}

// A CHECK constraint node of a domain; unnamed ones get PostgreSQL's name
// (<domain>_check, then _check1, ... over every constraint of the schema).
bool AddDomainCheck(model::Domain& domain, PgQuery__Constraint* node, InterpContext& ctx) {
  model::DomainConstraint c;
  c.name = node->conname ? node->conname : "";
  if (c.name.empty()) {
    c.name = ChooseName(domain.name.name, "", "check", [&](const std::string& n) {
      return domain.constraints.count(n) || ctx.ConstraintNameTaken(domain.name.schema, n);
    });
  } else if (domain.constraints.count(c.name)) {
    ctx.Error("SD-P110", "constraint \"" + c.name + "\" for domain \"" + domain.name.name + "\" already exists",
              node->location);
    return false;
  }
  c.not_valid = node->skip_validation;
  c.check = MakeExpr(&node->raw_expr, ctx);
  ctx.NoteConstraint(domain.name.schema, c.name);
  domain.constraints[c.name] = std::move(c);
  return true;
}

void ApplyDomainConstraint(model::Domain& domain, PgQuery__Constraint* c, InterpContext& ctx) {
  switch (c->contype) {
    case PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL: domain.not_null = true; return;
    case PG_QUERY__CONSTR_TYPE__CONSTR_NULL: domain.not_null = false; return;
    case PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT: {
      model::Expr expr = MakeExpr(&c->raw_expr, ctx);
      if (IsNullConstant(expr)) {
        domain.default_value.reset();
      } else {
        CanonicaliseDefaultForType(&expr, domain.base_type);
        domain.default_value = std::move(expr);
      }
      return;
    }
    case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK: AddDomainCheck(domain, c, ctx); return;
    default: ctx.Unmodelled("this domain constraint kind", c->location); return;
  }
}

model::Domain* FindDomain(const std::vector<std::string>& names, InterpContext& ctx, bool missing_ok) {
  model::QualifiedName name = Qualified(names, ctx, false);
  auto it = ctx.catalog().domains.find(name);
  if (it != ctx.catalog().domains.end()) return &it->second;
  if (!missing_ok) ctx.Error("SD-P111", "type \"" + name.name + "\" does not exist");
  return nullptr;
}

// The dotted name of a definition argument: the grammar gives a list, a
// type name (for a plain identifier) or a string.
std::vector<std::string> NameParts(PgQuery__Node* arg) {
  if (arg && arg->node_case == PG_QUERY__NODE__NODE_LIST) return StringsOf(arg->list->n_items, arg->list->items);
  if (arg && arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME)
    return StringsOf(arg->type_name->n_names, arg->type_name->names);
  if (arg) return {StringOf(arg)};
  return {};
}

// A function or object name as SQL, schema-qualified unless it is in
// pg_catalog (which pg_dump leaves unqualified).
std::string DottedText(PgQuery__Node* arg) {
  std::vector<std::string> parts = NameParts(arg);
  if (parts.size() == 2 && parts[0] == "pg_catalog") parts.erase(parts.begin());
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? "." : "") + model::QuoteIdent(parts[i]);
  return out;
}

// A function named in a range option: unqualified names of functions this
// schema declares are qualified as pg_dump prints them.
std::string RangeFunction(PgQuery__Node* arg, InterpContext& ctx) {
  std::vector<std::string> parts = NameParts(arg);
  if (parts.size() == 1) {
    for (const auto& schema : ctx.search_path())
      for (const auto& [ref, f] : ctx.catalog().functions)
        if (ref.name.schema == schema && ref.name.name == parts[0])
          return model::QuoteQualified({schema, parts[0]});
  }
  return DottedText(arg);
}

// PostgreSQL's makeMultirangeTypeName: "range" in the name becomes
// "multirange", otherwise "_multirange" is appended.
std::string DefaultMultirangeName(const std::string& range) {
  size_t at = range.find("range");
  if (at != std::string::npos) return TruncateIdentifier(range.substr(0, at) + "multi" + range.substr(at));
  return TruncateIdentifier(range.substr(0, std::min<size_t>(range.size(), 63 - 11)) + "_multirange");
}

model::CompositeAttribute MakeAttribute(PgQuery__ColumnDef* def, InterpContext& ctx) {
  model::CompositeAttribute attr;
  attr.name = def->colname;
  attr.type = CanonicalType(def->type_name, ctx);
  if (def->coll_clause) attr.collation = CollationName(def->coll_clause->n_collname, def->coll_clause->collname);
  return attr;
}

void RefreshCompositeDeps(model::CompositeType& type, const model::Catalog& catalog) {
  type.depends_on.clear();
  for (const auto& a : type.attributes) AddTypeDependency(a.type, catalog, &type.depends_on);
}

}  // namespace

void ApplyCreateDomain(PgQuery__CreateDomainStmt* stmt, InterpContext& ctx) {
  model::QualifiedName name = Qualified(StringsOf(stmt->n_domainname, stmt->domainname), ctx, true);
  if (TypeNameTaken(name, ctx)) {
    ctx.Error("SD-P060", "type \"" + name.name + "\" already exists");
    return;
  }
  model::Domain domain;
  domain.name = name;
  domain.renamed_from = ctx.RenamedFrom(-1);
  domain.base_type = CanonicalType(stmt->type_name, ctx);
  if (stmt->coll_clause)
    domain.collation = CollationName(stmt->coll_clause->n_collname, stmt->coll_clause->collname);
  AddTypeDependency(domain.base_type, ctx.catalog(), &domain.depends_on);
  for (size_t i = 0; i < stmt->n_constraints; ++i)
    ApplyDomainConstraint(domain, stmt->constraints[i]->constraint, ctx);
  ctx.catalog().domains[name] = std::move(domain);
}

void ApplyAlterDomain(PgQuery__AlterDomainStmt* stmt, InterpContext& ctx) {
  model::Domain* domain = FindDomain(StringsOf(stmt->n_type_name, stmt->type_name), ctx, stmt->missing_ok);
  if (!domain) return;
  char subtype = stmt->subtype && *stmt->subtype ? stmt->subtype[0] : ' ';
  std::string cname = stmt->name ? stmt->name : "";
  switch (subtype) {
    case 'T':  // SET DEFAULT / DROP DEFAULT
      if (!stmt->def) {
        domain->default_value.reset();
      } else {
        model::Expr expr = MakeExpr(&stmt->def, ctx);
        if (IsNullConstant(expr)) {
          domain->default_value.reset();
        } else {
          CanonicaliseDefaultForType(&expr, domain->base_type);
          domain->default_value = std::move(expr);
        }
      }
      return;
    case 'N': domain->not_null = false; return;
    case 'O': domain->not_null = true; return;
    case 'C':
      if (stmt->def && stmt->def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT)
        ApplyDomainConstraint(*domain, stmt->def->constraint, ctx);
      return;
    case 'X':
      if (!domain->constraints.erase(cname) && !stmt->missing_ok)
        ctx.Error("SD-P112", "constraint \"" + cname + "\" of domain \"" + domain->name.name + "\" does not exist");
      ctx.InvalidateNames();
      return;
    case 'V': {
      auto it = domain->constraints.find(cname);
      if (it == domain->constraints.end()) {
        ctx.Error("SD-P112", "constraint \"" + cname + "\" of domain \"" + domain->name.name + "\" does not exist");
        return;
      }
      it->second.not_valid = false;
      return;
    }
    default: ctx.Unmodelled("this ALTER DOMAIN form"); return;
  }
}

void ApplyCreateComposite(PgQuery__CompositeTypeStmt* stmt, InterpContext& ctx) {
  model::QualifiedName name = ctx.ForCreate(stmt->typevar->schemaname ? stmt->typevar->schemaname : "",
                                            stmt->typevar->relname);
  if (TypeNameTaken(name, ctx)) {
    ctx.Error("SD-P060", "type \"" + name.name + "\" already exists", stmt->typevar->location);
    return;
  }
  model::CompositeType type;
  type.name = name;
  type.renamed_from = ctx.RenamedFrom(stmt->typevar->location);
  for (size_t i = 0; i < stmt->n_coldeflist; ++i) {
    PgQuery__Node* elt = stmt->coldeflist[i];
    if (elt->node_case != PG_QUERY__NODE__NODE_COLUMN_DEF) continue;
    type.attributes.push_back(MakeAttribute(elt->column_def, ctx));
  }
  RefreshCompositeDeps(type, ctx.catalog());
  ctx.catalog().composite_types[name] = std::move(type);
}

void ApplyAlterComposite(PgQuery__AlterTableStmt* stmt, InterpContext& ctx) {
  model::QualifiedName name =
      ctx.ResolveType(stmt->relation->schemaname ? stmt->relation->schemaname : "", stmt->relation->relname);
  auto it = ctx.catalog().composite_types.find(name);
  if (it == ctx.catalog().composite_types.end()) {
    if (ctx.catalog().TypeExists(name)) return ctx.Unmodelled("ALTER TYPE on this kind of type");
    if (!stmt->missing_ok) ctx.Error("SD-P113", "type \"" + name.name + "\" does not exist", stmt->relation->location);
    return;
  }
  auto& attrs = it->second.attributes;
  for (size_t i = 0; i < stmt->n_cmds; ++i) {
    PgQuery__AlterTableCmd* cmd = stmt->cmds[i]->alter_table_cmd;
    std::string attr = cmd->name ? cmd->name : "";
    auto found = std::find_if(attrs.begin(), attrs.end(), [&](const auto& a) { return a.name == attr; });
    switch (cmd->subtype) {
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn: {
        model::CompositeAttribute a = MakeAttribute(cmd->def->column_def, ctx);
        if (std::any_of(attrs.begin(), attrs.end(), [&](const auto& x) { return x.name == a.name; })) {
          ctx.Error("SD-P114", "attribute \"" + a.name + "\" of type \"" + name.name + "\" already exists");
          break;
        }
        attrs.push_back(std::move(a));
        break;
      }
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn:
        if (found != attrs.end()) attrs.erase(found);
        else if (!cmd->missing_ok)
          ctx.Error("SD-P115", "attribute \"" + attr + "\" of type \"" + name.name + "\" does not exist");
        break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType: {
        if (found == attrs.end()) {
          ctx.Error("SD-P115", "attribute \"" + attr + "\" of type \"" + name.name + "\" does not exist");
          break;
        }
        PgQuery__ColumnDef* def = cmd->def->column_def;
        found->type = CanonicalType(def->type_name, ctx);
        found->collation =
            def->coll_clause ? CollationName(def->coll_clause->n_collname, def->coll_clause->collname) : "";
        break;
      }
      default: ctx.Unmodelled("this ALTER TYPE subcommand"); break;
    }
  }
  RefreshCompositeDeps(it->second, ctx.catalog());
}

void ApplyCreateRange(PgQuery__CreateRangeStmt* stmt, InterpContext& ctx) {
  model::QualifiedName name = Qualified(StringsOf(stmt->n_type_name, stmt->type_name), ctx, true);
  if (TypeNameTaken(name, ctx)) {
    ctx.Error("SD-P060", "type \"" + name.name + "\" already exists");
    return;
  }
  model::RangeType type;
  type.name = name;
  type.renamed_from = ctx.RenamedFrom(-1);
  model::QualifiedName multirange;
  bool has_subtype = false;
  for (size_t i = 0; i < stmt->n_params; ++i) {
    PgQuery__DefElem* def = stmt->params[i]->def_elem;
    std::string opt = def->defname;
    if (opt == "subtype" && def->arg && def->arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) {
      type.subtype = CanonicalType(def->arg->type_name, ctx);
      has_subtype = true;
    } else if (opt == "multirange_type_name") {
      std::vector<std::string> parts = NameParts(def->arg);
      if (parts.empty()) continue;
      multirange = ctx.ForCreate(parts.size() > 1 ? parts[parts.size() - 2] : "", parts.back());
    } else if (opt == "canonical" || opt == "subtype_diff") {
      type.options.push_back(opt + "=" + RangeFunction(def->arg, ctx));
    } else if (opt == "subtype_opclass" || opt == "collation") {
      std::string value = DottedText(def->arg);
      if (!(opt == "collation" && value == "\"default\"")) type.options.push_back(opt + "=" + value);
    } else {
      ctx.Error("SD-P116", "type attribute \"" + opt + "\" not recognized", def->location);
      return;
    }
  }
  if (!has_subtype) {
    ctx.Error("SD-P117", "type attribute \"subtype\" is required");
    return;
  }
  // The subtype's default btree operator class is what PostgreSQL picks when
  // none is named, and pg_dump then names none.
  for (auto it = type.options.begin(); it != type.options.end(); ++it) {
    if (it->rfind("subtype_opclass=", 0) != 0) continue;
    std::string opclass = it->substr(std::string("subtype_opclass=").size());
    if (opclass.rfind("pg_catalog.", 0) == 0) opclass = opclass.substr(std::string("pg_catalog.").size());
    *it = "subtype_opclass=" + opclass;
    if (opclass == DefaultBtreeOpclass(type.subtype, ctx.catalog())) type.options.erase(it);
    break;
  }
  // The multirange type always exists; pg_dump names it explicitly.
  if (multirange.name.empty()) multirange = {name.schema, DefaultMultirangeName(name.name)};
  type.multirange = multirange;
  std::sort(type.options.begin(), type.options.end());
  AddTypeDependency(type.subtype, ctx.catalog(), &type.depends_on);
  ctx.catalog().range_types[name] = std::move(type);
}

}  // namespace sd::parser
