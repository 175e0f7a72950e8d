// ALTER ... RENAME for tables, columns, constraints, indexes, sequences, schemas, types.
#include "parser/expr_canon.h"
#include "parser/transforms.h"

namespace sd::parser {
namespace {

void RenameTable(model::Catalog& catalog, const model::QualifiedName& from, const model::QualifiedName& to) {
  auto node = catalog.tables.extract(from);
  node.key() = to;
  node.mapped().name = to;
  catalog.tables.insert(std::move(node));
  for (auto& [n, index] : catalog.indexes)
    if (index.table == from) index.table = to;
  for (auto& [n, seq] : catalog.sequences)
    if (seq.owned_by && seq.owned_by->table == from) seq.owned_by->table = to;
  for (auto& [n, table] : catalog.tables)
    for (auto& c : table.constraints)
      if (c.foreign_key && c.foreign_key->ref_table == from) c.foreign_key->ref_table = to;
}

void RenameColumn(model::Catalog& catalog, model::Table& table, const std::string& from, const std::string& to,
                  InterpContext& ctx) {
  for (auto& col : table.columns) {
    if (col.name == from) col.name = to;
    if (col.generated) RenameColumnInExpr(&*col.generated, from, to, ctx);
  }
  auto rename_in = [&](std::vector<std::string>& names) {
    for (auto& n : names)
      if (n == from) n = to;
  };
  auto rename_keys = [&](std::vector<model::IndexKey>& keys) {
    for (auto& k : keys) {
      if (k.column == from) k.column = to;
      if (k.expr) RenameColumnInExpr(&*k.expr, from, to, ctx);
    }
  };
  for (auto& c : table.constraints) {
    rename_in(c.columns);
    rename_in(c.include);
    if (c.check) RenameColumnInExpr(&*c.check, from, to, ctx);
    rename_keys(c.exclusion_keys);
  }
  for (auto& [n, index] : catalog.indexes) {
    if (index.table != table.name) continue;
    rename_keys(index.keys);
    rename_in(index.include);
    if (index.where) RenameColumnInExpr(&*index.where, from, to, ctx);
  }
  for (auto& [n, seq] : catalog.sequences)
    if (seq.owned_by && seq.owned_by->table == table.name && seq.owned_by->column == from) seq.owned_by->column = to;
  for (auto& [n, other] : catalog.tables)
    for (auto& c : other.constraints)
      if (c.foreign_key && c.foreign_key->ref_table == table.name) rename_in(c.foreign_key->ref_columns);
}

void RenameSequence(model::Catalog& catalog, const model::QualifiedName& from, const model::QualifiedName& to,
                    InterpContext& ctx) {
  auto node = catalog.sequences.extract(from);
  node.key() = to;
  node.mapped().name = to;
  catalog.sequences.insert(std::move(node));
  // nextval() defaults follow the sequence (PostgreSQL stores its OID).
  for (auto& [n, table] : catalog.tables)
    for (auto& col : table.columns)
      if (col.default_value) RenameSequenceInExpr(&*col.default_value, from, to, ctx);
}

}  // namespace

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
      auto node = catalog.indexes.extract(from);
      if (node.empty()) {
        // Renaming a key constraint's index renames the constraint.
        for (auto& [n, table] : catalog.tables)
          if (n.schema == from.schema)
            if (model::Constraint* c = table.FindConstraint(from.name)) {
              c->name = newname;
              return;
            }
        return missing("index " + from.name);
      }
      node.key() = {from.schema, newname};
      node.mapped().name = node.key();
      catalog.indexes.insert(std::move(node));
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
      auto node = catalog.enums.extract(from);
      if (node.empty()) return missing("type " + from.name);
      model::QualifiedName to{from.schema, newname};
      node.key() = to;
      node.mapped().name = to;
      catalog.enums.insert(std::move(node));
      for (auto& [n, table] : catalog.tables)
        for (auto& col : table.columns)
          if (col.type.schema == from.schema && col.type.name == from.name) col.type.name = newname;
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA:
      ctx.Unmodelled("ALTER SCHEMA ... RENAME");
      return;
    default:
      ctx.Unmodelled("RENAME of this object kind");
      return;
  }
}

}  // namespace sd::parser
