#include "plan/deps.h"

namespace sd::plan {

using model::ObjectKind;

ObjectRef SchemaRef(const std::string& schema) { return {ObjectKind::kSchema, {"", schema}, ""}; }
ObjectRef TableRef(const model::QualifiedName& table) { return {ObjectKind::kTable, table, ""}; }
ObjectRef ColumnRef(const model::QualifiedName& table, const std::string& column) {
  return {ObjectKind::kColumn, table, column};
}
ObjectRef StorageMarker(const model::QualifiedName& table, const std::string& column) {
  return {ObjectKind::kColumn, table, column + "\x01" "storage"};
}
ObjectRef ConstraintRef(const model::QualifiedName& table, const std::string& name) {
  return {ObjectKind::kConstraint, table, name};
}

ObjectRef KeyIndexName(const model::QualifiedName& table, const model::Constraint& c) {
  bool indexed = c.kind == model::ConstraintKind::kPrimaryKey || c.kind == model::ConstraintKind::kUnique ||
                 c.kind == model::ConstraintKind::kExclusion;
  if (!indexed) return {ObjectKind::kIndex, {}, ""};
  return {ObjectKind::kIndex, {table.schema, c.name}, ""};
}

namespace {

// User functions an expression calls: created before it, dropped after it.
void AddFunctions(const model::Expr& expr, std::vector<ObjectRef>* out) {
  out->insert(out->end(), expr.functions.begin(), expr.functions.end());
}

}  // namespace

std::vector<ObjectRef> ColumnNeeds(const model::QualifiedName& table, const model::Column& column,
                                   const model::Catalog& catalog) {
  std::vector<ObjectRef> out{TableRef(table)};
  if (!column.type.IsBuiltin()) out.push_back(catalog.UserTypeRef({column.type.schema, column.type.name}));
  if (column.default_value) {
    for (const auto& seq : column.default_value->sequences) out.push_back({ObjectKind::kSequence, seq, ""});
    AddFunctions(*column.default_value, &out);
  }
  if (column.generated) {
    for (const auto& c : column.generated->columns)
      if (c != column.name) out.push_back(ColumnRef(table, c));
    AddFunctions(*column.generated, &out);
  }
  return out;
}

std::vector<ObjectRef> ConstraintNeeds(const model::QualifiedName& table, const model::Constraint& c,
                                       const model::Catalog& catalog) {
  std::vector<ObjectRef> out{TableRef(table)};
  for (const auto& col : c.columns) out.push_back(ColumnRef(table, col));
  for (const auto& col : c.include) out.push_back(ColumnRef(table, col));
  if (c.check) {
    for (const auto& col : c.check->columns) out.push_back(ColumnRef(table, col));
    AddFunctions(*c.check, &out);
  }
  for (const auto& key : c.exclusion_keys) {
    if (!key.column.empty()) out.push_back(ColumnRef(table, key.column));
    if (key.expr) {
      for (const auto& col : key.expr->columns) out.push_back(ColumnRef(table, col));
      AddFunctions(*key.expr, &out);
    }
  }
  if (c.foreign_key) {
    const model::ForeignKey& fk = *c.foreign_key;
    out.push_back(TableRef(fk.ref_table));
    for (const auto& col : fk.ref_columns) out.push_back(ColumnRef(fk.ref_table, col));
    ObjectRef key = catalog.ReferencedKey(fk.ref_table, fk.ref_columns);
    if (!key.name.name.empty()) out.push_back(key);
  }
  return out;
}

std::vector<ObjectRef> IndexNeeds(const model::Index& index) {
  std::vector<ObjectRef> out{TableRef(index.table)};
  for (const auto& key : index.keys) {
    if (!key.column.empty()) out.push_back(ColumnRef(index.table, key.column));
    if (key.expr) {
      for (const auto& col : key.expr->columns) out.push_back(ColumnRef(index.table, col));
      AddFunctions(*key.expr, &out);
    }
  }
  for (const auto& col : index.include) out.push_back(ColumnRef(index.table, col));
  if (index.where) {
    for (const auto& col : index.where->columns) out.push_back(ColumnRef(index.table, col));
    AddFunctions(*index.where, &out);
  }
  return out;
}

}  // namespace sd::plan
