// DROP TABLE / INDEX / SEQUENCE / TYPE / SCHEMA / EXTENSION.
#include <algorithm>

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

}  // namespace

void ApplyDrop(PgQuery__DropStmt* stmt, InterpContext& ctx) {
  auto& catalog = ctx.catalog();
  for (size_t i = 0; i < stmt->n_objects; ++i) {
    std::vector<std::string> name = DottedName(stmt->objects[i]);
    if (name.empty()) continue;
    bool found = true;
    switch (stmt->remove_type) {
      case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE: {
        model::QualifiedName q = ctx.ResolveRelation(name);
        found = catalog.tables.count(q) > 0;
        if (found) DropTable(catalog, q);
        break;
      }
      case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX:
        found = catalog.indexes.erase(ctx.ResolveRelation(name)) > 0;
        break;
      case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE:
        found = catalog.sequences.erase(ctx.ResolveRelation(name)) > 0;
        break;
      case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
        found = catalog.enums.erase(ctx.ResolveType(name.size() > 1 ? name[name.size() - 2] : "", name.back())) > 0;
        break;
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
        in_schema(catalog.sequences);
        in_schema(catalog.enums);
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
