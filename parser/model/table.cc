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

std::string IndexKey::Key() const {
  std::string out = expr ? "(" + expr->key + ")" : column;
  out += "|" + collation + "|" + opclass + "|" + (descending ? "d" : "a") +
         (nulls_first ? "f" : "l") + "|" + exclusion_operator;
  return out;
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
