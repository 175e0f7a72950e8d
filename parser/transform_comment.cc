// COMMENT ON.
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
  std::optional<std::string> comment;
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
    case PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN: {
      std::vector<std::string> rel(name.begin(), name.end() - 1);
      auto it = catalog.tables.find(ctx.ResolveRelation(rel));
      model::Column* col = it == catalog.tables.end() ? nullptr : it->second.FindColumn(name.back());
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
    case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE: {
      model::QualifiedName q = ctx.ResolveType(name.size() > 1 ? name[name.size() - 2] : "", name.back());
      auto it = catalog.enums.find(q);
      if (it == catalog.enums.end()) return missing("a type");
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
