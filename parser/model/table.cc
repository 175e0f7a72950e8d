#include "model/table.h"

#include "model/index.h"

namespace sd::model {
namespace {

std::string JoinNames(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += n + "\x1f";
  return out;
}

std::string KeysOf(const std::vector<IndexKey>& keys) {
  std::string out;
  for (const auto& k : keys) out += k.Key() + "\x1e";
  return out;
}

}  // namespace

const char* StorageSql(ColumnStorage storage) {
  switch (storage) {
    case ColumnStorage::kPlain: return "PLAIN";
    case ColumnStorage::kExternal: return "EXTERNAL";
    case ColumnStorage::kExtended: return "EXTENDED";
    case ColumnStorage::kMain: return "MAIN";
    case ColumnStorage::kDefault: break;
  }
  return "";
}

const char* CompressionSql(ColumnCompression compression) {
  switch (compression) {
    case ColumnCompression::kPglz: return "pglz";
    case ColumnCompression::kLz4: return "lz4";
    case ColumnCompression::kDefault: break;
  }
  return "default";
}

std::string IndexKey::Key() const {
  std::string out = expr ? "(" + expr->key + ")" : column.str();
  out += "|" + collation + "|" + opclass + "|" + (descending ? "d" : "a") +
         (nulls_first ? "f" : "l") + "|" + exclusion_operator;
  return out;
}

namespace {

bool SameOptional(const Boxed<Expr>& a, const Boxed<Expr>& b) {
  return a.has_value() == b.has_value() && (!a || a->key == b->key);
}

}  // namespace

bool IndexKey::operator==(const IndexKey& o) const {
  return column == o.column && SameOptional(expr, o.expr) && collation == o.collation && opclass == o.opclass &&
         descending == o.descending && nulls_first == o.nulls_first && exclusion_operator == o.exclusion_operator;
}

bool Constraint::SameDefinition(const Constraint& o) const {
  return kind == o.kind && columns == o.columns && include == o.include && SameOptional(check, o.check) &&
         foreign_key == o.foreign_key && exclusion_keys == o.exclusion_keys &&
         exclusion_method == o.exclusion_method && SameOptional(exclusion_where, o.exclusion_where) &&
         nulls_not_distinct == o.nulls_not_distinct && deferrable == o.deferrable &&
         initially_deferred == o.initially_deferred && no_inherit == o.no_inherit;
}

bool Index::SameDefinition(const Index& o) const {
  return table == o.table && unique == o.unique && nulls_not_distinct == o.nulls_not_distinct &&
         method == o.method && keys == o.keys && include == o.include && SameOptional(where, o.where) &&
         options == o.options;
}

Column* Table::FindColumn(const std::string& column) {
  for (auto& c : columns)
    if (c.name == column) return &c;
  return nullptr;
}

const Column* Table::FindColumn(const std::string& column) const {
  return const_cast<Table*>(this)->FindColumn(column);
}

Constraint* Table::FindConstraint(const std::string& constraint) {
  for (auto& c : constraints)
    if (c.name == constraint) return &c;
  return nullptr;
}

const Constraint* Table::FindConstraint(const std::string& constraint) const {
  return const_cast<Table*>(this)->FindConstraint(constraint);
}

const Constraint* Table::PrimaryKey() const {
  for (auto& c : constraints)
    if (c.kind == ConstraintKind::kPrimaryKey) return &c;
  return nullptr;
}

std::string Constraint::DefinitionKey() const {
  std::string out = std::to_string(static_cast<int>(kind)) + "|" + JoinNames(columns) + "|" +
                    JoinNames(include) + "|" + (check ? check->key : "") + "|";
  if (foreign_key) {
    const ForeignKey& fk = *foreign_key;
    out += fk.ref_table.schema + "." + fk.ref_table.name + "(" + JoinNames(fk.ref_columns) + ")" +
           fk.match + fk.on_update + fk.on_delete + JoinNames(fk.on_delete_columns);
  }
  out += "|" + KeysOf(exclusion_keys) + exclusion_method + "|" +
         (exclusion_where ? exclusion_where->key : "") + "|" + (nulls_not_distinct ? "nnd" : "") +
         (deferrable ? "D" : "") + (initially_deferred ? "I" : "") + (no_inherit ? "N" : "");
  return out;
}

std::string Index::DefinitionKey() const {
  std::string out = table.schema + "." + table.name + "|" + (unique ? "u" : "") +
                    (nulls_not_distinct ? "n" : "") + "|" + method + "|" + KeysOf(keys) + "|" +
                    JoinNames(include) + "|" + (where ? where->key : "") + "|" + JoinNames(options);
  return out;
}

}  // namespace sd::model
