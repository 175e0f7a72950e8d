#include "parser/catalog_rename.h"

#include <vector>

#include "parser/expr_canon.h"

namespace sd::parser {
namespace {

// The keys of `map` in `schema`, copied so the map can change while they are used.
template <typename Map>
std::vector<model::QualifiedName> NamesIn(const Map& map, const std::string& schema) {
  std::vector<model::QualifiedName> out;
  for (const auto& [name, object] : map)
    if (name.schema == schema) out.push_back(name);
  return out;
}

}  // namespace


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

bool RenameIndex(model::Catalog& catalog, const model::QualifiedName& from, const std::string& to) {
  auto node = catalog.indexes.extract(from);
  if (node.empty()) {
    // Renaming a key constraint's index renames the constraint.
    for (auto& [n, table] : catalog.tables)
      if (n.schema == from.schema)
        if (model::Constraint* c = table.FindConstraint(from.name)) {
          c->name = to;
          return true;
        }
    return false;
  }
  node.key() = {from.schema, to};
  node.mapped().name = node.key();
  catalog.indexes.insert(std::move(node));
  return true;
}

void RenameEnumType(model::Catalog& catalog, const model::QualifiedName& from, const model::QualifiedName& to) {
  auto node = catalog.enums.extract(from);
  if (node.empty()) return;
  node.key() = to;
  node.mapped().name = to;
  catalog.enums.insert(std::move(node));
  for (auto& [n, table] : catalog.tables)
    for (auto& col : table.columns)
      if (col.type.schema == from.schema && col.type.name == from.name) {
        col.type.schema = to.schema;
        col.type.name = to.name;
      }
}

void RenameSchema(model::Catalog& catalog, const std::string& from, const std::string& to, InterpContext& ctx) {
  auto schema = catalog.schemas.extract(from);
  schema.key() = to;
  schema.mapped().name = to;
  catalog.schemas.insert(std::move(schema));
  for (auto& n : NamesIn(catalog.enums, from)) RenameEnumType(catalog, n, {to, n.name});
  for (auto& n : NamesIn(catalog.sequences, from)) RenameSequence(catalog, n, {to, n.name}, ctx);
  for (auto& n : NamesIn(catalog.tables, from)) RenameTable(catalog, n, {to, n.name});
  for (auto& n : NamesIn(catalog.indexes, from)) {
    auto node = catalog.indexes.extract(n);
    node.key() = {to, n.name};
    node.mapped().name = node.key();
    catalog.indexes.insert(std::move(node));
  }
  for (auto& [n, ext] : catalog.extensions)
    if (ext.schema == from) ext.schema = to;
}

}  // namespace sd::parser
