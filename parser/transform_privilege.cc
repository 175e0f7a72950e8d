// GRANT / REVOKE, ALTER DEFAULT PRIVILEGES and owners, applied to the
// catalog the way PostgreSQL updates ACLs (model/privilege.h).
#include <algorithm>
#include <cctype>

#include "model/quote.h"
#include "parser/transforms.h"
#include "parser/type_names.h"

namespace sd::parser {
namespace {

using model::Grant;
using model::ObjectKind;
using model::ObjectRef;

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::vector<std::string> NameParts(PgQuery__Node* node) {
  if (!node) return {};
  if (node->node_case == PG_QUERY__NODE__NODE_LIST) return StringsOf(node->list->n_items, node->list->items);
  if (node->node_case == PG_QUERY__NODE__NODE_STRING) return {StringOf(node)};
  if (node->node_case == PG_QUERY__NODE__NODE_TYPE_NAME)
    return StringsOf(node->type_name->n_names, node->type_name->names);
  return {};
}

// A relation named by GRANT ON TABLE / SEQUENCE: table, view or sequence.
bool ResolveRelationRef(const model::QualifiedName& name, InterpContext& ctx, ObjectRef* out) {
  auto& catalog = ctx.catalog();
  if (catalog.tables.count(name)) *out = {ObjectKind::kTable, name, ""};
  else if (auto v = catalog.views.find(name); v != catalog.views.end()) *out = v->second.Ref();
  else if (catalog.sequences.count(name)) *out = {ObjectKind::kSequence, name, ""};
  else return false;
  return true;
}

// A type named by GRANT ON TYPE / DOMAIN, ALTER TYPE / DOMAIN ... OWNER TO.
bool ResolveTypeRef(const std::vector<std::string>& parts, InterpContext& ctx, ObjectRef* out) {
  if (parts.empty()) return false;
  auto& catalog = ctx.catalog();
  std::vector<std::string> schemas;
  if (parts.size() > 1) schemas = {parts[parts.size() - 2]};
  else schemas = ctx.search_path();
  for (const auto& schema : schemas) {
    model::QualifiedName q{schema, parts.back()};
    if (catalog.enums.count(q)) *out = {ObjectKind::kEnumType, q, ""};
    else if (catalog.domains.count(q)) *out = {ObjectKind::kDomain, q, ""};
    else if (catalog.composite_types.count(q)) *out = {ObjectKind::kCompositeType, q, ""};
    else if (catalog.range_types.count(q)) *out = {ObjectKind::kRangeType, q, ""};
    else continue;
    return true;
  }
  return false;
}

// A function or procedure named with (optional) argument types. The
// overload is found by its identity arguments, or by being the only one.
bool ResolveFunctionRef(const PgQuery__ObjectWithArgs* fn, InterpContext& ctx, ObjectRef* out) {
  std::vector<std::string> parts = StringsOf(fn->n_objname, fn->objname);
  if (parts.empty()) return false;
  std::vector<std::string> schemas;
  if (parts.size() > 1) schemas = {parts[parts.size() - 2]};
  else schemas = ctx.search_path();
  std::string args, qualified_args;
  for (size_t i = 0; i < fn->n_objargs; ++i) {
    if (fn->objargs[i]->node_case != PG_QUERY__NODE__NODE_TYPE_NAME) continue;
    model::TypeRef type = CanonicalType(fn->objargs[i]->type_name, ctx);
    type.modifiers.clear();
    std::string sql = model::TypeSql(type);
    std::string bare = sql;  // user types also tried unqualified
    if (!type.IsBuiltin()) {
      bare = model::QuoteIdent(type.name);
      for (int d = 0; d < type.array_dims; ++d) bare += "[]";
    }
    args += (i ? ", " : "") + sql;
    qualified_args += (i ? ", " : "") + bare;
  }
  for (const auto& schema : schemas) {
    std::vector<ObjectRef> candidates;
    for (const auto& [ref, f] : ctx.catalog().functions)
      if (ref.name.schema == schema && ref.name.name == parts.back()) candidates.push_back(ref);
    if (candidates.empty()) continue;
    if (candidates.size() == 1 && fn->args_unspecified) {
      *out = candidates[0];
      return true;
    }
    for (const auto& c : candidates)
      if (c.sub == args || c.sub == qualified_args) {
        *out = c;
        return true;
      }
    // Argument spellings the canonical forms above do not cover: the
    // overload with that many arguments, when there is only one.
    std::vector<ObjectRef> same_count;
    for (const auto& c : candidates) {
      size_t n = c.sub.empty() ? 0 : std::count(c.sub.begin(), c.sub.end(), ',') + 1;
      if (n == fn->n_objargs) same_count.push_back(c);
    }
    if (same_count.size() == 1) {
      *out = same_count[0];
      return true;
    }
    return false;
  }
  return false;
}

// The objects one GRANT / REVOKE names. Reports what it cannot resolve.
std::vector<ObjectRef> GrantObjects(const PgQuery__GrantStmt* stmt, InterpContext& ctx) {
  std::vector<ObjectRef> out;
  auto& catalog = ctx.catalog();
  if (stmt->targtype == PG_QUERY__GRANT_TARGET_TYPE__ACL_TARGET_ALL_IN_SCHEMA) {
    for (size_t i = 0; i < stmt->n_objects; ++i) {
      std::string schema = StringOf(stmt->objects[i]);
      switch (stmt->objtype) {
        case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
          for (const auto& [name, t] : catalog.tables)
            if (name.schema == schema) out.push_back({ObjectKind::kTable, name, ""});
          for (const auto& [name, v] : catalog.views)
            if (name.schema == schema) out.push_back(v.Ref());
          break;
        case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE:
          for (const auto& [name, s] : catalog.sequences)
            if (name.schema == schema) out.push_back({ObjectKind::kSequence, name, ""});
          break;
        default:  // FUNCTIONS, PROCEDURES, ROUTINES
          for (const auto& [ref, f] : catalog.functions) {
            bool wanted = stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE ||
                          f.procedure == (stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE);
            if (ref.name.schema == schema && wanted) out.push_back(ref);
          }
      }
    }
    return out;
  }
  for (size_t i = 0; i < stmt->n_objects; ++i) {
    PgQuery__Node* node = stmt->objects[i];
    ObjectRef ref;
    bool found = false;
    std::string what;
    switch (stmt->objtype) {
      case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
      case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE: {
        model::QualifiedName name = ctx.ResolveRelation(node->range_var);
        what = "relation \"" + name.name + "\"";
        found = ResolveRelationRef(name, ctx, &ref);
        if (!found && (ctx.IsUnmodelledRelation(name) || ctx.catalog().RelationExists(name))) {
          ctx.Unmodelled("GRANT / REVOKE on a relation that is not modelled");
          continue;
        }
        break;
      }
      case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
      case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
      case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE:
        found = ResolveFunctionRef(node->object_with_args, ctx, &ref);
        if (!found) {
          ctx.Unmodelled("GRANT / REVOKE on a function that is not modelled");
          continue;
        }
        break;
      case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA:
        what = "schema \"" + StringOf(node) + "\"";
        ref = {ObjectKind::kSchema, {"", StringOf(node)}, ""};
        found = catalog.schemas.count(ref.name.name) > 0;
        break;
      case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
      case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN:
        found = ResolveTypeRef(NameParts(node), ctx, &ref);
        if (!found) {
          ctx.Unmodelled("GRANT / REVOKE on a type that is not modelled");
          continue;
        }
        break;
      default:
        ctx.Unmodelled("GRANT / REVOKE on this object kind");
        return {};
    }
    if (!found) {
      ctx.Error("SD-P120", what + " does not exist");
      continue;
    }
    out.push_back(ref);
  }
  return out;
}

// GRANT one privilege, as aclupdate does: a grant option only ever adds.
void AddGrant(std::set<Grant>& grants, Grant g, const std::string& builtin_public) {
  if (g.grantee == "PUBLIC" && g.privilege == builtin_public) {
    Grant revoked = g;
    revoked.with_grant_option = false;
    revoked.revokes_default = true;
    grants.erase(revoked);
    return;
  }
  Grant plain = g, option = g;
  plain.with_grant_option = false;
  option.with_grant_option = true;
  if (grants.count(option)) return;
  if (g.with_grant_option) grants.erase(plain);
  grants.insert(g);
}

// REVOKE one privilege (or only its grant option).
void RemoveGrant(std::set<Grant>& grants, Grant g, bool grant_option_only, const std::string& builtin_public) {
  if (g.grantee == "PUBLIC" && g.privilege == builtin_public) {
    if (grant_option_only) return;
    g.with_grant_option = false;
    g.revokes_default = true;
    grants.insert(g);
    return;
  }
  Grant plain = g, option = g;
  plain.with_grant_option = false;
  option.with_grant_option = true;
  bool had_option = grants.erase(option) > 0;
  if (grant_option_only) {
    if (had_option) grants.insert(plain);
    return;
  }
  grants.erase(plain);
}

std::vector<std::string> Grantees(const PgQuery__GrantStmt* stmt) {
  std::vector<std::string> out;
  for (size_t i = 0; i < stmt->n_grantees; ++i)
    if (stmt->grantees[i]->node_case == PG_QUERY__NODE__NODE_ROLE_SPEC)
      out.push_back(RoleName(stmt->grantees[i]->role_spec));
  return out;
}

// Applies a GRANT / REVOKE of `privileges` (empty = ALL) to one object.
void ApplyToObject(const PgQuery__GrantStmt* stmt, const ObjectRef& object, InterpContext& ctx) {
  auto& catalog = ctx.catalog();
  std::string builtin = model::DefaultPublicPrivilege(object);
  auto owner = catalog.owners.find(object);
  auto apply = [&](const ObjectRef& target, const std::string& privilege, const std::string& grantee) {
    // The owner's own privileges are implicit, never grants.
    if (owner != catalog.owners.end() && owner->second == grantee) return;
    Grant g{target, grantee, privilege, stmt->is_grant && stmt->grant_option};
    if (stmt->is_grant) return AddGrant(catalog.grants, g, target == object ? builtin : "");
    RemoveGrant(catalog.grants, g, stmt->grant_option, target == object ? builtin : "");
    // Revoking a table privilege revokes it on every column too.
    if (target.kind != ObjectKind::kColumn && object.kind != ObjectKind::kSchema)
      for (auto it = catalog.grants.begin(); it != catalog.grants.end();) {
        bool column = it->object.kind == ObjectKind::kColumn && it->object.name == object.name &&
                      it->grantee == grantee && it->privilege == privilege && !it->defaults_on;
        if (column && stmt->grant_option && it->with_grant_option) {
          Grant plain = *it;
          plain.with_grant_option = false;
          it = catalog.grants.erase(it);
          catalog.grants.insert(plain);
        } else {
          it = column && !stmt->grant_option ? catalog.grants.erase(it) : std::next(it);
        }
      }
  };
  std::vector<std::string> grantees = Grantees(stmt);
  if (stmt->n_privileges == 0) {
    for (const auto& privilege : model::AllPrivileges(object.kind))
      for (const auto& grantee : grantees) apply(object, privilege, grantee);
    return;
  }
  for (size_t i = 0; i < stmt->n_privileges; ++i) {
    PgQuery__AccessPriv* priv = stmt->privileges[i]->access_priv;
    std::vector<std::string> names;
    if (priv->priv_name) names.push_back(Upper(priv->priv_name));
    if (priv->n_cols) {
      if (object.kind == ObjectKind::kSequence) {
        ctx.Error("SD-P121", "column privileges are only valid for relations with columns");
        return;
      }
      if (names.empty()) names = model::AllPrivileges(ObjectKind::kColumn);  // ALL (cols)
      for (const auto& col : StringsOf(priv->n_cols, priv->cols))
        for (const auto& name : names)
          for (const auto& grantee : grantees) apply({ObjectKind::kColumn, object.name, col}, name, grantee);
      continue;
    }
    for (const auto& name : names)
      for (const auto& grantee : grantees) apply(object, name, grantee);
  }
}

// Objects owned with a relation: sequences OWNED BY one of its columns.
std::vector<ObjectRef> OwnedSequences(const model::Catalog& catalog, const model::QualifiedName& table) {
  std::vector<ObjectRef> out;
  for (const auto& [name, seq] : catalog.sequences)
    if (seq.owned_by && seq.owned_by->table == table) out.push_back({ObjectKind::kSequence, name, ""});
  return out;
}

}  // namespace

void SetOwner(const ObjectRef& object, const PgQuery__RoleSpec* role, InterpContext& ctx) {
  auto& catalog = ctx.catalog();
  std::string owner = RoleName(role);
  // CURRENT_USER & co. name whoever runs the script: the undeclared state.
  bool session = role->roletype != PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CSTRING;
  if (session) catalog.owners.erase(object);
  else catalog.owners[object] = owner;
  // The new owner's grants merge into its implicit privileges (aclnewowner).
  for (auto it = catalog.grants.begin(); it != catalog.grants.end();) {
    bool own = !session && it->grantee == owner && !it->defaults_on &&
               (it->object == object || (it->object.kind == ObjectKind::kColumn && object.sub.empty() &&
                                         it->object.name == object.name && object.kind != ObjectKind::kSchema));
    it = own ? catalog.grants.erase(it) : std::next(it);
  }
}

void ApplyRelationOwner(const model::QualifiedName& relation, const PgQuery__RoleSpec* owner, InterpContext& ctx) {
  ObjectRef ref;
  if (!ResolveRelationRef(relation, ctx, &ref)) {
    if (ctx.IsUnmodelledRelation(relation) || ctx.catalog().RelationExists(relation))
      return ctx.Unmodelled("OWNER TO on a relation that is not modelled");
    return ctx.Error("SD-P122", "relation \"" + relation.name + "\" does not exist");
  }
  SetOwner(ref, owner, ctx);
  // A table's owned sequences follow it (ALTER TABLE recurses to them).
  if (ref.kind == ObjectKind::kTable)
    for (const auto& seq : OwnedSequences(ctx.catalog(), relation)) SetOwner(seq, owner, ctx);
}

void ApplyGrant(PgQuery__GrantStmt* stmt, InterpContext& ctx) {
  if (stmt->grantor) ctx.Note("SD-P123", "GRANTED BY is not compared");
  for (const auto& object : GrantObjects(stmt, ctx)) ApplyToObject(stmt, object, ctx);
}

void ApplyAlterDefaultPrivileges(PgQuery__AlterDefaultPrivilegesStmt* stmt, InterpContext& ctx) {
  std::vector<std::string> schemas, roles;
  for (size_t i = 0; i < stmt->n_options; ++i) {
    PgQuery__DefElem* def = stmt->options[i]->def_elem;
    std::string opt = def->defname;
    if (!def->arg || def->arg->node_case != PG_QUERY__NODE__NODE_LIST) continue;
    PgQuery__List* list = def->arg->list;
    for (size_t k = 0; k < list->n_items; ++k) {
      if (opt == "schemas") schemas.push_back(StringOf(list->items[k]));
      if (opt == "roles" && list->items[k]->node_case == PG_QUERY__NODE__NODE_ROLE_SPEC)
        roles.push_back(RoleName(list->items[k]->role_spec));
    }
  }
  if (schemas.empty()) schemas.push_back("");
  if (roles.empty()) roles.push_back("");
  PgQuery__GrantStmt* action = stmt->action;
  char on = 0;
  switch (action->objtype) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE: on = 'r'; break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE: on = 'S'; break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
    case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE: on = 'f'; break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN: on = 'T'; break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA: on = 'n'; break;
    default: return ctx.Unmodelled("ALTER DEFAULT PRIVILEGES on this object class");
  }
  std::vector<std::string> privileges;
  for (size_t i = 0; i < action->n_privileges; ++i)
    if (action->privileges[i]->access_priv->priv_name)
      privileges.push_back(Upper(action->privileges[i]->access_priv->priv_name));
  if (privileges.empty()) privileges = model::AllDefaultPrivileges(on);
  auto& grants = ctx.catalog().grants;
  for (const auto& schema : schemas)
    for (const auto& role : roles)
      for (const auto& grantee : Grantees(action))
        for (const auto& privilege : privileges) {
          Grant g{{ObjectKind::kSchema, {"", schema}, ""}, grantee, privilege, action->is_grant && action->grant_option,
                  false, on, role};
          // Built-in defaults exist only globally: EXECUTE on functions, USAGE on types.
          std::string builtin = schema.empty() && on == 'f' ? "EXECUTE" : schema.empty() && on == 'T' ? "USAGE" : "";
          if (action->is_grant) AddGrant(grants, g, builtin);
          else RemoveGrant(grants, g, action->grant_option, builtin);
        }
}

void ApplyAlterOwner(PgQuery__AlterOwnerStmt* stmt, InterpContext& ctx) {
  ObjectRef ref;
  switch (stmt->object_type) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA: {
      std::string name = StringOf(stmt->object);
      if (!ctx.catalog().schemas.count(name)) return ctx.Error("SD-P122", "schema \"" + name + "\" does not exist");
      ref = {ObjectKind::kSchema, {"", name}, ""};
      break;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
    case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE:
      if (!ResolveFunctionRef(stmt->object->object_with_args, ctx, &ref))
        return ctx.Unmodelled("OWNER TO on a function that is not modelled");
      break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN:
      if (!ResolveTypeRef(NameParts(stmt->object), ctx, &ref))
        return ctx.Unmodelled("OWNER TO on a type that is not modelled");
      break;
    default:
      return ctx.Unmodelled("OWNER TO on this object kind");
  }
  SetOwner(ref, stmt->newowner, ctx);
}

void PruneOrphanedPrivileges(model::Catalog& catalog) {
  for (auto it = catalog.grants.begin(); it != catalog.grants.end();) {
    bool keep = it->defaults_on ? it->object.name.name.empty() || catalog.Exists(it->object)
                                : catalog.Exists(it->object);
    it = keep ? std::next(it) : catalog.grants.erase(it);
  }
  for (auto it = catalog.owners.begin(); it != catalog.owners.end();)
    it = catalog.Exists(it->first) ? std::next(it) : catalog.owners.erase(it);
  for (auto it = catalog.policies.begin(); it != catalog.policies.end();)
    it = catalog.tables.count(it->second.table) ? std::next(it) : catalog.policies.erase(it);
}

}  // namespace sd::parser
