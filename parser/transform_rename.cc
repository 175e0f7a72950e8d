// ALTER ... RENAME for tables, columns, constraints, indexes, sequences, schemas, types.
#include "parser/catalog_rename.h"
#include "parser/function_signature.h"
#include "parser/transforms.h"
#include "parser/view_renames.h"

namespace sd::parser {
void ApplyRename(PgQuery__RenameStmt* stmt, InterpContext& ctx) {
  auto& catalog = ctx.catalog();
  std::string newname = stmt->newname ? stmt->newname : "";
  auto missing = [&](const std::string& what) {
    if (!stmt->missing_ok) ctx.Error("SD-P090", "cannot rename " + what + ": it does not exist");
  };
  ctx.InvalidateNames();
  switch (stmt->rename_type) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_POLICY:
      if (!RenamePolicy(stmt, ctx)) return missing("policy " + std::string(stmt->subname));
      return;
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE: {
      model::QualifiedName from = ctx.ResolveRelation(stmt->relation);
      if (!catalog.tables.count(from)) return missing("table " + from.name);
      RenameTable(catalog, from, {from.schema, newname}, ctx);
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
    case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW: {
      model::QualifiedName from = ctx.ResolveRelation(stmt->relation);
      if (!catalog.views.count(from)) return missing("view " + from.name);
      RenameView(catalog, from, {from.schema, newname}, ctx);
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN: {
      auto view = catalog.views.find(ctx.ResolveRelation(stmt->relation));
      if (view != catalog.views.end()) {
        if (!RenameViewColumn(view->second, stmt->subname, newname, ctx)) return missing("column");
        FollowColumnRename(view->first, stmt->subname, newname, ctx);
        return;
      }
      auto it = catalog.tables.find(ctx.ResolveRelation(stmt->relation));
      if (it == catalog.tables.end() || !it->second.FindColumn(stmt->subname)) return missing("column");
      RenameColumn(catalog, it->second, stmt->subname, newname, ctx);
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT: {
      auto it = catalog.tables.find(ctx.ResolveRelation(stmt->relation));
      model::Constraint* c = it == catalog.tables.end() ? nullptr : it->second.FindConstraint(stmt->subname);
      if (!c) return missing("constraint");
      c->name = newname;
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX: {
      model::QualifiedName from = ctx.ResolveRelation(stmt->relation);
      if (!RenameIndex(catalog, from, newname)) return missing("index " + from.name);
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE: {
      model::QualifiedName from = ctx.ResolveRelation(stmt->relation);
      if (!catalog.sequences.count(from)) return missing("sequence " + from.name);
      RenameSequence(catalog, from, {from.schema, newname}, ctx);
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN: {
      auto names = StringsOf(stmt->object->list->n_items, stmt->object->list->items);
      model::QualifiedName from = ctx.ResolveType(names.size() > 1 ? names[names.size() - 2] : "", names.back());
      if (!RenameUserType(catalog, from, {from.schema, newname})) return missing("type " + from.name);
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_DOMCONSTRAINT: {
      auto names = StringsOf(stmt->object->list->n_items, stmt->object->list->items);
      auto it = catalog.domains.find(ctx.ResolveType(names.size() > 1 ? names[names.size() - 2] : "", names.back()));
      if (it == catalog.domains.end() || !it->second.constraints.count(stmt->subname)) return missing("constraint");
      auto node = it->second.constraints.extract(stmt->subname);
      node.key() = newname;
      node.mapped().name = newname;
      it->second.constraints.insert(std::move(node));
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_ATTRIBUTE: {
      auto it = catalog.composite_types.find(
          ctx.ResolveType(stmt->relation->schemaname ? stmt->relation->schemaname : "", stmt->relation->relname));
      if (it == catalog.composite_types.end()) return missing("attribute");
      for (auto& a : it->second.attributes)
        if (a.name == stmt->subname) {
          a.name = newname;
          return;
        }
      return missing("attribute");
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA: {
      std::string from = StringOf(stmt->object);
      if (!catalog.schemas.count(from)) return missing("schema " + from);
      RenameSchema(catalog, from, newname, ctx);
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
    case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE: {
      if (!stmt->object || stmt->object->node_case != PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS) return missing("function");
      model::Function* f = LookupFunction(stmt->object->object_with_args, ctx, stmt->missing_ok);
      if (!f) return;
      model::Function renamed = *f;
      catalog.functions.erase(f->Ref());
      // Triggers call their function by OID: they follow the rename.
      if (renamed.identity_args.empty())
        for (auto& [ref, t] : catalog.triggers)
          if (t.function == renamed.name) {
            for (auto& d : t.depends_on)
              if (d.kind == model::ObjectKind::kFunction && d.name == t.function) d.name.name = newname;
            t.function.name = newname;
          }
      renamed.name.name = newname;
      catalog.functions.emplace(renamed.Ref(), std::move(renamed));
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER: {
      model::QualifiedName table = ctx.ResolveRelation(stmt->relation);
      auto node = catalog.triggers.extract({model::ObjectKind::kTrigger, table, stmt->subname});
      if (node.empty()) return missing("trigger");
      node.mapped().name = newname;
      node.key() = node.mapped().Ref();
      catalog.triggers.insert(std::move(node));
      return;
    }
    default:
      ctx.Unmodelled("RENAME of this object kind");
      return;
  }
}

}  // namespace sd::parser
