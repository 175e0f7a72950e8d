// COMMENT ON.
#include "parser/function_signature.h"
#include <algorithm>

#include "parser/transforms.h"

namespace sd::parser {
namespace {

std::vector<std::string> DottedName(PgQuery__Node* object) {
  if (!object) return {};
  if (object->node_case == PG_QUERY__NODE__NODE_LIST)
    return StringsOf(object->list->n_items, object->list->items);
  if (object->node_case == PG_QUERY__NODE__NODE_STRING) return {StringOf(object)};
  if (object->node_case == PG_QUERY__NODE__NODE_TYPE_NAME)
    return StringsOf(object->type_name->n_names, object->type_name->names);
  return {};
}

}  // namespace

void ApplyComment(PgQuery__CommentStmt* stmt, InterpContext& ctx) {
  model::Comment comment;
  if (stmt->comment && *stmt->comment) comment = stmt->comment;  // '' removes, like NULL
  auto& catalog = ctx.catalog();
  std::vector<std::string> name = DottedName(stmt->object);
  auto missing = [&](const std::string& what) {
    ctx.Error("SD-P070", "COMMENT ON " + what + " that does not exist");
  };
  switch (stmt->objtype) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA: {
      auto it = catalog.schemas.find(name.back());
      if (it == catalog.schemas.end()) return missing("a schema");
      it->second.comment = comment;
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE: {
      auto it = catalog.tables.find(ctx.ResolveRelation(name));
      if (it == catalog.tables.end() && ctx.IsUnmodelledRelation(ctx.ResolveRelation(name)))
        return ctx.Unmodelled("COMMENT ON a table that is not modelled");
      if (it == catalog.tables.end()) return missing("a table");
      it->second.comment = comment;
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
    case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW: {
      auto it = catalog.views.find(ctx.ResolveRelation(name));
      if (it == catalog.views.end()) return missing("a view");
      it->second.comment = comment;
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN: {
      std::vector<std::string> rel(name.begin(), name.end() - 1);
      auto view = catalog.views.find(ctx.ResolveRelation(rel));
      if (view != catalog.views.end()) {
        auto& cols = view->second.columns;
        if (!cols.empty() && std::find(cols.begin(), cols.end(), name.back()) == cols.end())
          return missing("a column");
        if (comment) view->second.column_comments[name.back()] = *comment;
        else view->second.column_comments.erase(name.back());
        return;
      }
      auto it = catalog.tables.find(ctx.ResolveRelation(rel));
      model::Column* col = it == catalog.tables.end() ? nullptr : it->second.FindColumn(name.back());
      if (!col && it == catalog.tables.end()) {
        // An attribute of a composite type.
        auto type = catalog.composite_types.find(
            ctx.ResolveType(rel.size() > 1 ? rel[rel.size() - 2] : "", rel.empty() ? "" : rel.back()));
        if (type != catalog.composite_types.end())
          for (auto& a : type->second.attributes)
            if (a.name == name.back()) {
              a.comment = comment;
              return;
            }
      }
      if (!col && ctx.IsUnmodelledRelation(ctx.ResolveRelation(rel)))
        return ctx.Unmodelled("COMMENT ON a column of a table that is not modelled");
      if (!col) return missing("a column");
      col->comment = comment;
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT: {
      std::vector<std::string> rel(name.begin(), name.end() - 1);
      auto it = catalog.tables.find(ctx.ResolveRelation(rel));
      model::Constraint* c = it == catalog.tables.end() ? nullptr : it->second.FindConstraint(name.back());
      if (!c) return missing("a constraint");
      c->comment = comment;
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX: {
      model::QualifiedName q = ctx.ResolveRelation(name);
      auto it = catalog.indexes.find(q);
      if (it != catalog.indexes.end()) {
        it->second.comment = comment;
        return;
      }
      // The index behind a key constraint shares its name.
      for (auto& [tname, table] : catalog.tables) {
        if (tname.schema != q.schema) continue;
        if (model::Constraint* c = table.FindConstraint(q.name)) {
          ctx.Unmodelled("COMMENT ON INDEX of a constraint's index");
          (void)c;
          return;
        }
      }
      return missing("an index");
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE: {
      auto it = catalog.sequences.find(ctx.ResolveRelation(name));
      if (it == catalog.sequences.end()) return missing("a sequence");
      it->second.comment = comment;
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN: {
      model::QualifiedName q = ctx.ResolveType(name.size() > 1 ? name[name.size() - 2] : "", name.back());
      model::Comment* target = nullptr;
      if (auto it = catalog.enums.find(q); it != catalog.enums.end()) target = &it->second.comment;
      if (auto it = catalog.domains.find(q); it != catalog.domains.end()) target = &it->second.comment;
      if (auto it = catalog.composite_types.find(q); it != catalog.composite_types.end()) target = &it->second.comment;
      if (auto it = catalog.range_types.find(q); it != catalog.range_types.end()) target = &it->second.comment;
      if (!target) return missing("a type");
      *target = comment;
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_DOMCONSTRAINT: {
      // object is (domain type name, constraint name)
      const auto* list = stmt->object->list;
      std::vector<std::string> domain =
          list->n_items == 2 ? DottedName(list->items[0]) : std::vector<std::string>{};
      std::string cname = list->n_items == 2 ? StringOf(list->items[1]) : "";
      if (domain.empty()) return missing("a domain constraint");
      auto it = catalog.domains.find(ctx.ResolveType(domain.size() > 1 ? domain[domain.size() - 2] : "", domain.back()));
      if (it == catalog.domains.end() || !it->second.constraints.count(cname)) return missing("a domain constraint");
      it->second.constraints[cname].comment = comment;
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_POLICY: {
      std::vector<std::string> rel(name.begin(), name.end() - 1);
      auto it = catalog.policies.find({model::ObjectKind::kPolicy, ctx.ResolveRelation(rel), name.back()});
      if (it == catalog.policies.end()) return missing("a policy");
      it->second.comment = comment;
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
    case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE: {
      if (stmt->object->node_case != PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS) return missing("a function");
      if (model::Function* f = LookupFunction(stmt->object->object_with_args, ctx)) f->comment = comment;
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER: {
      std::vector<std::string> rel(name.begin(), name.end() - 1);
      auto it = catalog.triggers.find({model::ObjectKind::kTrigger, ctx.ResolveRelation(rel), name.back()});
      if (it == catalog.triggers.end()) return missing("a trigger");
      it->second.comment = comment;
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION:
      // Extensions set their own comment; pg_dump repeats it. Not compared.
      return;
    default:
      ctx.Unmodelled("COMMENT ON this object kind");
      return;
  }
}

}  // namespace sd::parser
