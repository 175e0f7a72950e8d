// DROP TABLE / INDEX / SEQUENCE / TYPE / SCHEMA / EXTENSION.
#include <algorithm>

#include "parser/function_signature.h"
#include "parser/transforms.h"

namespace sd::parser {
namespace {

std::vector<std::string> DottedName(PgQuery__Node* object) {
  if (object->node_case == PG_QUERY__NODE__NODE_LIST) return StringsOf(object->list->n_items, object->list->items);
  if (object->node_case == PG_QUERY__NODE__NODE_STRING) return {StringOf(object)};
  if (object->node_case == PG_QUERY__NODE__NODE_TYPE_NAME)
    return StringsOf(object->type_name->n_names, object->type_name->names);
  return {};
}

void DropTable(model::Catalog& catalog, const model::QualifiedName& name) {
  catalog.tables.erase(name);
  for (auto it = catalog.triggers.begin(); it != catalog.triggers.end();)
    it = it->second.table == name ? catalog.triggers.erase(it) : std::next(it);
  for (auto it = catalog.indexes.begin(); it != catalog.indexes.end();)
    it = it->second.table == name ? catalog.indexes.erase(it) : std::next(it);
  for (auto it = catalog.sequences.begin(); it != catalog.sequences.end();)
    it = it->second.owned_by && it->second.owned_by->table == name ? catalog.sequences.erase(it) : std::next(it);
  // Foreign keys pointing at the table go with it under CASCADE.
  for (auto& [tname, table] : catalog.tables) {
    auto& cs = table.constraints;
    cs.erase(std::remove_if(cs.begin(), cs.end(),
                            [&](const model::Constraint& c) { return c.foreign_key && c.foreign_key->ref_table == name; }),
             cs.end());
  }
}

// DROP FUNCTION / PROCEDURE / ROUTINE: true when `object` was one (handled).
bool DropRoutine(PgQuery__DropStmt* stmt, PgQuery__Node* object, InterpContext& ctx) {
  if (stmt->remove_type != PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION &&
      stmt->remove_type != PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE &&
      stmt->remove_type != PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE)
    return false;
  if (object->node_case != PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS) return true;
  if (model::Function* f = LookupFunction(object->object_with_args, ctx, stmt->missing_ok))
    ctx.catalog().functions.erase(f->Ref());
  return true;
}

}  // namespace

void ApplyDrop(PgQuery__DropStmt* stmt, InterpContext& ctx) {
  auto& catalog = ctx.catalog();
  for (size_t i = 0; i < stmt->n_objects; ++i) {
    if (DropRoutine(stmt, stmt->objects[i], ctx)) continue;
    std::vector<std::string> name = DottedName(stmt->objects[i]);
    if (name.empty()) continue;
    bool found = true;
    switch (stmt->remove_type) {
      case PG_QUERY__OBJECT_TYPE__OBJECT_POLICY:
        found = DropPolicy(name, ctx);
        break;
      case PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER: {
        std::vector<std::string> rel(name.begin(), name.end() - 1);
        found = catalog.triggers.erase({model::ObjectKind::kTrigger, ctx.ResolveRelation(rel), name.back()}) > 0;
        break;
      }
      case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE: {
        model::QualifiedName q = ctx.ResolveRelation(name);
        found = catalog.tables.count(q) > 0;
        if (found) DropViewsUsing(catalog, {model::ObjectKind::kTable, q, ""});
        if (found) {
          // Partitions go with their partitioned parent.
          std::vector<model::QualifiedName> doomed{q};
          for (size_t k = 0; k < doomed.size(); ++k)
            for (const auto& [child, t] : catalog.tables)
              if (t.partition_of && *t.partition_of == doomed[k]) doomed.push_back(child);
          for (auto d = doomed.rbegin(); d != doomed.rend(); ++d) DropTable(catalog, *d);
        }
        break;
      }
      case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
      case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW: {
        model::QualifiedName q = ctx.ResolveRelation(name);
        auto it = catalog.views.find(q);
        bool materialized = stmt->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW;
        found = it != catalog.views.end() && it->second.materialized == materialized;
        if (!found) break;
        model::ObjectRef ref = it->second.Ref();
        catalog.views.erase(it);
        for (auto ix = catalog.indexes.begin(); ix != catalog.indexes.end();)
          ix = ix->second.table == q ? catalog.indexes.erase(ix) : std::next(ix);
        DropViewsUsing(catalog, ref);
        break;
      }
      case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX:
        found = catalog.indexes.erase(ctx.ResolveRelation(name)) > 0;
        break;
      case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE:
        found = catalog.sequences.erase(ctx.ResolveRelation(name)) > 0;
        break;
      case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
      case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN: {
        model::QualifiedName q = ctx.ResolveType(name.size() > 1 ? name[name.size() - 2] : "", name.back());
        found = catalog.enums.erase(q) + catalog.domains.erase(q) + catalog.composite_types.erase(q) +
                    catalog.range_types.erase(q) > 0;
        break;
      }
      case PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION:
        found = catalog.extensions.erase(name.back()) > 0;
        break;
      case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA: {
        const std::string& schema = name.back();
        found = catalog.schemas.erase(schema) > 0;
        auto in_schema = [&](auto& map) {
          for (auto it = map.begin(); it != map.end();) it = it->first.schema == schema ? map.erase(it) : std::next(it);
        };
        std::vector<model::QualifiedName> tables;
        for (auto& [q, t] : catalog.tables)
          if (q.schema == schema) tables.push_back(q);
        for (auto& q : tables) DropTable(catalog, q);
        in_schema(catalog.indexes);
        for (auto it = catalog.functions.begin(); it != catalog.functions.end();)
          it = it->first.name.schema == schema ? catalog.functions.erase(it) : std::next(it);
        in_schema(catalog.sequences);
        in_schema(catalog.enums);
        in_schema(catalog.domains);
        in_schema(catalog.composite_types);
        in_schema(catalog.range_types);
        break;
      }
      default:
        ctx.Unmodelled("DROP of this object kind");
        return;
    }
    if (!found && !stmt->missing_ok) {
      ctx.Error("SD-P080", "cannot drop \"" + name.back() + "\": it does not exist");
    }
  }
  ctx.InvalidateNames();
}

}  // namespace sd::parser
