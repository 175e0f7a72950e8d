// ALTER ... RENAME for tables, columns, constraints, indexes, sequences, schemas, types.
#include "parser/catalog_rename.h"
#include "parser/transforms.h"

namespace sd::parser {
void ApplyRename(PgQuery__RenameStmt* stmt, InterpContext& ctx) {
  auto& catalog = ctx.catalog();
  std::string newname = stmt->newname ? stmt->newname : "";
  auto missing = [&](const std::string& what) {
    if (!stmt->missing_ok) ctx.Error("SD-P090", "cannot rename " + what + ": it does not exist");
  };
  ctx.InvalidateNames();
  switch (stmt->rename_type) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE: {
      model::QualifiedName from = ctx.ResolveRelation(stmt->relation);
      if (!catalog.tables.count(from)) return missing("table " + from.name);
      RenameTable(catalog, from, {from.schema, newname});
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN: {
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
    case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE: {
      auto names = StringsOf(stmt->object->list->n_items, stmt->object->list->items);
      model::QualifiedName from = ctx.ResolveType(names.size() > 1 ? names[names.size() - 2] : "", names.back());
      if (!catalog.enums.count(from)) return missing("type " + from.name);
      RenameEnumType(catalog, from, {from.schema, newname});
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA: {
      std::string from = StringOf(stmt->object);
      if (!catalog.schemas.count(from)) return missing("schema " + from);
      RenameSchema(catalog, from, newname, ctx);
      return;
    }
    default:
      ctx.Unmodelled("RENAME of this object kind");
      return;
  }
}

}  // namespace sd::parser
