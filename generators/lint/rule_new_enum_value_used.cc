// SD-H402 new-enum-value-used: a step uses an enum value that this same
// migration adds with ALTER TYPE ... ADD VALUE. PostgreSQL refuses to use a
// value added in the still-open transaction, so the value is added (and
// committed) before the transaction: if the rest fails, the value stays.
#include <algorithm>

#include "lint/facts.h"
#include "model/quote.h"

namespace sd::lint {
namespace {

using diff::Aspect;
using diff::ChangeKind;
using model::ObjectKind;

// An expression a step writes, with what it belongs to.
struct Use {
  std::string what;                         // "default of public.t.c"
  const model::Expr* expr;
  const model::TypeRef* own_type = nullptr;  // the column's type, for defaults
};

bool IsType(const model::TypeRef& type, const model::QualifiedName& name) {
  return type.schema == name.schema && type.name == name.name;
}

// Elements of an array literal '{a,"b c"}', or the literal itself.
std::vector<std::string> Values(const std::string& literal) {
  if (literal.size() < 2 || literal.front() != '{' || literal.back() != '}') return {literal};
  std::vector<std::string> out;
  std::string item;
  for (char c : literal.substr(1, literal.size() - 2)) {
    if (c == ',') {
      out.push_back(item);
      item.clear();
    } else if (c != '"') {
      item += c;
    }
  }
  out.push_back(item);
  return out;
}

void ColumnUses(const model::QualifiedName& table, const model::Column& col, std::vector<Use>* uses) {
  if (col.default_value) uses->push_back({"default of " + ColumnName(table, col.name), &*col.default_value, &col.type});
  if (col.generated) uses->push_back({"generation expression of " + ColumnName(table, col.name), &*col.generated});
}

void ConstraintUses(const model::QualifiedName& table, const model::Constraint& k, std::vector<Use>* uses) {
  std::string what = "constraint " + k.name + " on " + Name(table);
  if (k.check) uses->push_back({what, &*k.check});
  if (k.exclusion_where) uses->push_back({what, &*k.exclusion_where});
  for (const auto& key : k.exclusion_keys)
    if (key.expr) uses->push_back({what, &*key.expr});
}

// The expressions this step writes into the database.
std::vector<Use> UsesOf(const StepInput& in) {
  std::vector<Use> uses;
  const diff::Change& c = in.change;
  const model::QualifiedName& table = c.target.name;
  switch (c.target.kind) {
    case ObjectKind::kTable:
      if (c.kind == ChangeKind::kCreate && StepCreates(in.step, c.target) && After<model::Table>(c)) {
        const model::Table& t = *After<model::Table>(c);
        for (const auto& col : t.columns) ColumnUses(table, col, &uses);
        for (const auto& k : t.constraints) ConstraintUses(table, k, &uses);
      }
      break;
    case ObjectKind::kColumn: {
      const model::Column* col = ColumnAfter(c);
      if (!col) break;
      if (c.kind == ChangeKind::kCreate || c.aspect == Aspect::kColumnDropExpression) {
        ColumnUses(table, *col, &uses);
      } else if (c.aspect == Aspect::kColumnDefault || c.aspect == Aspect::kColumnType) {
        // A type change puts a default back only when there was one to lift.
        bool sets = c.aspect == Aspect::kColumnDefault || (ColumnBefore(c) && ColumnBefore(c)->default_value);
        if (sets && col->default_value)
          uses.push_back({"default of " + ColumnName(table, col->name), &*col->default_value, &col->type});
      }
      break;
    }
    case ObjectKind::kConstraint: {
      // Created, or re-added NOT VALID (a constraint cannot be un-validated in place).
      const model::Constraint* k = ConstraintAfter(c);
      if (k && (c.kind == ChangeKind::kCreate || (c.aspect == Aspect::kConstraintValidate && k->not_valid)))
        ConstraintUses(table, *k, &uses);
      break;
    }
    case ObjectKind::kIndex:
      if (c.kind == ChangeKind::kCreate && After<model::Index>(c)) {
        const model::Index& index = *After<model::Index>(c);
        std::string what = "index " + Name(index.name);
        if (index.where) uses.push_back({what, &*index.where});
        for (const auto& key : index.keys)
          if (key.expr) uses.push_back({what, &*key.expr});
      }
      break;
    default: break;
  }
  return uses;
}

// True when the expression is about values of `type`: it casts to it, or it
// is a default of, or reads a column of, that type.
bool Concerns(const Use& use, const model::QualifiedName& type, const model::Table* table) {
  if (use.own_type && IsType(*use.own_type, type)) return true;
  if (std::find(use.expr->types.begin(), use.expr->types.end(), type) != use.expr->types.end()) return true;
  if (!table) return false;
  for (const auto& name : use.expr->columns) {
    const model::Column* col = table->FindColumn(name);
    if (col && IsType(col->type, type)) return true;
  }
  return false;
}

class NewEnumValueUsedRule : public Rule {
 public:
  void Check(const StepInput& in, std::vector<std::string>* out) const override {
    if (in.migration.values_added_outside.empty()) return;
    // The steps that add the values are not uses.
    if (in.change.target.kind == ObjectKind::kEnumType) return;
    auto to_table = in.migration.to.tables.find(TableOf(in));
    const model::Table* table = to_table == in.migration.to.tables.end() ? nullptr : &to_table->second;
    for (const auto& use : UsesOf(in)) {
      auto literals = StringLiterals(use.expr->text);
      for (const auto& [type, added] : in.migration.values_added_outside) {
        if (!Concerns(use, type, table)) continue;
        for (const auto& v : added)
          if (Mentions(literals, v))
            out->push_back(use.what + " uses value " + model::QuoteLiteral(v) + " of " + Name(type) +
                           ", which ADD VALUE commits outside the migration's transaction");
      }
    }
  }

 private:
  static model::QualifiedName TableOf(const StepInput& in) {
    if (const model::Index* index = After<model::Index>(in.change)) return index->table;
    return in.change.target.name;
  }

  static bool Mentions(const std::vector<std::string>& literals, const std::string& value) {
    for (const auto& l : literals)
      for (const auto& v : Values(l))
        if (v == value) return true;
    return false;
  }
};

}  // namespace

std::unique_ptr<Rule> MakeNewEnumValueUsedRule() { return std::make_unique<NewEnumValueUsedRule>(); }

}  // namespace sd::lint
