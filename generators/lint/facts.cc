#include "lint/facts.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "model/quote.h"

namespace sd::lint {
namespace {

using diff::Aspect;
using diff::ChangeKind;
using model::ObjectKind;

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

int Mod(const std::vector<std::string>& mods, size_t i, int missing) {
  return i < mods.size() ? std::atoi(mods[i].c_str()) : missing;
}

bool IsTemporal(const std::string& n) {
  return n == "timestamp without time zone" || n == "timestamp with time zone" || n == "time without time zone" ||
         n == "time with time zone";
}

// PostgreSQL's length-coercion support functions (varchar_support,
// numeric_support, timestamp_support, time_support, varbit_support) turn a
// typmod change into a relabel when no stored value can change.
bool TypmodOnlyWidens(const std::string& type, const std::vector<std::string>& from,
                      const std::vector<std::string>& to) {
  if (to.empty()) return true;
  if (type == "character varying" || type == "bit varying") return !from.empty() && Mod(to, 0, 0) >= Mod(from, 0, 0);
  if (type == "numeric")
    return !from.empty() && Mod(to, 1, 0) == Mod(from, 1, 0) && Mod(to, 0, 0) >= Mod(from, 0, 0);
  // Fractional seconds: 6 is the maximum, so (6) is unconstrained.
  if (IsTemporal(type)) return Mod(to, 0, 6) >= 6 || (!from.empty() && Mod(to, 0, 0) >= Mod(from, 0, 0));
  return false;  // character(n) re-pads, bit(n) and interval fields are re-checked
}

// Casts PostgreSQL implements as a relabel (pg_cast castmethod 'b').
bool BinaryCoercible(const std::string& from, const std::string& to) {
  static const std::pair<const char*, const char*> kPairs[] = {
      {"character varying", "text"}, {"text", "character varying"}, {"text", "character"},
      {"character varying", "character"}, {"cidr", "inet"}, {"bit", "bit varying"}, {"bit varying", "bit"},
      {"xml", "text"}, {"xml", "character varying"}, {"xml", "character"},
  };
  for (const auto& [a, b] : kPairs)
    if (from == a && to == b) return true;
  return false;
}

bool IsTimestampPair(const std::string& a, const std::string& b) {
  return (a == "timestamp without time zone" && b == "timestamp with time zone") ||
         (a == "timestamp with time zone" && b == "timestamp without time zone");
}

bool IsIdentChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$'; }

// Volatile functions likely in defaults: core PostgreSQL, pgcrypto, uuid-ossp.
// Functions not modelled (user functions) cannot be judged and are not listed.
bool IsKnownVolatile(const std::string& name) {
  static const char* const kNames[] = {
      "nextval",         "setval",    "currval",         "lastval",          "random",
      "random_normal",   "setseed",   "clock_timestamp", "timeofday",        "gen_random_uuid",
      "gen_random_bytes", "gen_salt", "uuid_generate_v1", "uuid_generate_v1mc", "uuid_generate_v4",
  };
  for (const char* n : kNames)
    if (name == n) return true;
  return false;
}

// Index just past the string literal that starts at s[i]; '' is an escaped quote.
size_t SkipLiteral(const std::string& s, size_t i) {
  for (++i; i < s.size(); ++i) {
    if (s[i] != '\'') continue;
    if (i + 1 < s.size() && s[i + 1] == '\'') {
      ++i;
      continue;
    }
    return i + 1;
  }
  return s.size();
}

void AddIfNotEmpty(const model::QualifiedName& table, std::string reason, std::vector<Rewrite>* out) {
  if (!reason.empty()) out->push_back({table, std::move(reason)});
}

}  // namespace

const model::Column* ColumnBefore(const diff::Change& change) {
  const auto* c = Before<diff::ColumnObject>(change);
  return c ? &c->column : nullptr;
}

const model::Column* ColumnAfter(const diff::Change& change) {
  const auto* c = After<diff::ColumnObject>(change);
  return c ? &c->column : nullptr;
}

const model::Constraint* ConstraintAfter(const diff::Change& change) {
  const auto* c = After<diff::ConstraintObject>(change);
  return c ? &c->constraint : nullptr;
}

std::string Name(const model::QualifiedName& name) {
  return name.schema.empty() ? name.name.str() : name.schema + "." + name.name;
}

std::string ColumnName(const model::QualifiedName& table, const std::string& column) {
  return Name(table) + "." + column;
}

const model::Table* OldTable(const Migration& migration, const model::QualifiedName& table) {
  auto it = migration.from.tables.find(table);
  return it == migration.from.tables.end() ? nullptr : &it->second;
}

bool AnyOldColumn(const model::Table& old_table, const std::vector<std::string>& columns) {
  for (const auto& c : columns)
    if (old_table.FindColumn(c)) return true;
  return false;
}

bool StepCreates(const plan::Step& step, const model::ObjectRef& ref) {
  return std::find(step.creates.begin(), step.creates.end(), ref) != step.creates.end();
}

bool StepDrops(const plan::Step& step, const model::ObjectRef& ref) {
  return std::find(step.drops.begin(), step.drops.end(), ref) != step.drops.end();
}

std::string TypeChangeRewrite(const model::TypeRef& from, const model::TypeRef& to) {
  if (from == to) return "";
  std::string change = model::TypeSql(from) + " to " + model::TypeSql(to);
  std::string every = "converts every value from " + change;
  if (from.array_dims != to.array_dims || !from.IsBuiltin() || !to.IsBuiltin()) return every;
  const std::string& a = from.name;
  const std::string& b = to.name;
  bool array = from.array_dims > 0;
  if (a == b) {
    // Unconstrained target: a relabel, arrays included.
    if (to.modifiers.empty() || (!array && TypmodOnlyWidens(a, from.modifiers, to.modifiers))) return "";
    return every;
  }
  // Arrays of different element types go through an element-wise coercion.
  if (array) return every;
  if (IsTimestampPair(a, b)) {
    if (!TypmodOnlyWidens(b, {}, to.modifiers)) return every;
    return "converts every value from " + change + " (no rewrite only when the session TimeZone is UTC)";
  }
  if (BinaryCoercible(a, b) && to.modifiers.empty()) return "";
  return every;
}

std::vector<std::string> VolatileCalls(const model::Expr& expr) {
  std::vector<std::string> out;
  const std::string& s = expr.key.empty() ? expr.text : expr.key;
  size_t i = 0;
  while (i < s.size()) {
    std::string name;
    if (s[i] == '\'') {
      i = SkipLiteral(s, i);
      continue;
    } else if (s[i] == '"') {
      size_t end = s.find('"', i + 1);
      if (end == std::string::npos) break;
      name = s.substr(i + 1, end - i - 1);
      i = end + 1;
    } else if (IsIdentChar(s[i])) {
      size_t start = i;
      while (i < s.size() && IsIdentChar(s[i])) ++i;
      name = s.substr(start, i - start);
      std::transform(name.begin(), name.end(), name.begin(), [](unsigned char x) { return std::tolower(x); });
    } else {
      ++i;
      continue;
    }
    // A name followed by "(" is a call (schema-qualified or not).
    size_t j = s.find_first_not_of(' ', i);
    if (j != std::string::npos && s[j] == '(' && IsKnownVolatile(name) && !Contains(out, name)) out.push_back(name);
  }
  return out;
}

std::string AddColumnRewrite(const model::Column& column) {
  if (column.identity) return "adds identity column " + column.name + ", filling every row from its sequence";
  if (column.generated) return "adds stored generated column " + column.name + ", computing it for every row";
  if (column.default_value) {
    auto calls = VolatileCalls(*column.default_value);
    if (!calls.empty())
      return "adds column " + column.name + " with volatile default " + column.default_value->text +
             ", evaluated for every row";
  }
  return "";
}

std::vector<std::pair<model::QualifiedName, std::vector<std::string>>> SwappedColumns(const StepInput& in) {
  std::vector<std::pair<model::QualifiedName, std::vector<std::string>>> out;
  const auto& type = in.change.target.name;
  const Migration& m = in.migration;
  if (!m.from_columns_by_type) m.from_columns_by_type = model::IndexColumnsByType(m.from);
  auto users = m.from_columns_by_type->find(type);
  if (users == m.from_columns_by_type->end()) return out;
  for (const auto& [name, column] : users->second) {
    auto to_table = m.to.tables.find(name);
    if (to_table == m.to.tables.end()) continue;
    const model::Column* after = to_table->second.FindColumn(column);
    // Columns dropped or moved to another type have steps of their own.
    if (!after || after->type.schema != type.schema || after->type.name != type.name) continue;
    if (out.empty() || out.back().first != name) out.emplace_back(name, std::vector<std::string>{});
    out.back().second.push_back(column);
  }
  return out;
}

bool IsEnumSwap(const StepInput& in) {
  const auto& c = in.change;
  const auto* before = Before<model::EnumType>(c);
  const auto* after = After<model::EnumType>(c);
  if (c.aspect != Aspect::kEnumValues || !before || !after) return false;
  // Values only added (in order) are added in place; anything else swaps.
  return !model::EnumValuesOnlyAdded(*before, *after);
}

std::string RemovedValues(const diff::Change& change) {
  const auto* before = Before<model::EnumType>(change);
  const auto* after = After<model::EnumType>(change);
  if (change.aspect != Aspect::kEnumValues || !before || !after) return "";
  const auto& b = after->values;
  std::string out;
  for (const auto& v : before->values)
    if (!Contains(b, v)) out += (out.empty() ? "" : ", ") + model::QuoteLiteral(v);
  return out;
}

std::vector<Rewrite> Rewrites(const StepInput& in) {
  std::vector<Rewrite> out;
  const diff::Change& c = in.change;
  const model::QualifiedName& table = c.target.name;
  const model::Column* a = ColumnBefore(c);
  const model::Column* b = ColumnAfter(c);
  if (c.target.kind == ObjectKind::kColumn && OldTable(in.migration, table)) {
    if (c.kind == ChangeKind::kCreate && b) {
      AddIfNotEmpty(table, AddColumnRewrite(*b), &out);
    } else if (c.kind == ChangeKind::kAlter && a && b) {
      if (c.aspect == Aspect::kColumnType) {
        std::string why = TypeChangeRewrite(a->type, b->type);
        if (!why.empty()) out.push_back({table, "ALTER COLUMN " + b->name + " TYPE " + why});
      } else if (c.aspect == Aspect::kColumnDropExpression && b->generated) {
        out.push_back({table, "re-adds " + b->name + " as a stored generated column, computing it for every row"});
      }
    }
  } else if (c.target.kind == ObjectKind::kTable && c.aspect == Aspect::kTablePersistence && After<model::Table>(c)) {
    bool unlogged = After<model::Table>(c)->persistence == model::Persistence::kUnlogged;
    out.push_back({table, unlogged ? "SET UNLOGGED copies the table" : "SET LOGGED copies the table into the WAL"});
  } else if (IsEnumSwap(in)) {
    for (const auto& [t, columns] : SwappedColumns(in)) {
      std::string list;
      for (const auto& col : columns) list += (list.empty() ? "" : ", ") + col;
      out.push_back({t, "converts " + list + " to the recreated type " + Name(table) + " through text"});
    }
  }
  return out;
}

bool NotNullProven(const Migration& migration, const model::QualifiedName& table, const std::string& column) {
  const model::Table* old_table = OldTable(migration, table);
  auto to_table = migration.to.tables.find(table);
  if (!old_table || to_table == migration.to.tables.end()) return false;
  const std::string wanted = model::QuoteIdent(column) + " IS NOT NULL";
  for (const auto& c : old_table->constraints) {
    if (c.kind != model::ConstraintKind::kCheck || c.not_valid || !c.check || c.check->key != wanted) continue;
    const model::Constraint* kept = to_table->second.FindConstraint(c.name);
    if (kept && kept->DefinitionKey() == c.DefinitionKey() && !kept->not_valid) return true;
  }
  return false;
}

std::vector<Scan> Scans(const StepInput& in) {
  std::vector<Scan> out;
  // Online steps leave no blocking scan: NOT VALID and USING INDEX do not
  // read rows, VALIDATE reads them under SHARE UPDATE EXCLUSIVE (writes go
  // on), SET NOT NULL after a validated check skips its scan, and indexes
  // build CONCURRENTLY.
  if (in.step.online != plan::OnlineForm::kPlain) return out;
  const diff::Change& c = in.change;
  const model::QualifiedName& table = c.target.name;
  if (!OldTable(in.migration, table)) return out;
  const model::Column* b = ColumnAfter(c);
  if (c.target.kind == ObjectKind::kColumn && c.aspect == Aspect::kColumnNotNull && b && b->not_null &&
      !NotNullProven(in.migration, table, b->name))
    out.push_back({table, "SET NOT NULL on " + ColumnName(table, b->name), true});
  if (c.target.kind == ObjectKind::kConstraint && c.kind == ChangeKind::kCreate && ConstraintAfter(c)) {
    const model::Constraint& k = *ConstraintAfter(c);
    switch (k.kind) {
      case model::ConstraintKind::kCheck:
        if (!k.not_valid) out.push_back({table, "CHECK constraint " + k.name + " on " + Name(table), true});
        break;
      case model::ConstraintKind::kForeignKey:
        if (!k.not_valid)
          out.push_back({table,
                         "FOREIGN KEY " + k.name + " on " + Name(table) + " (referencing " +
                             Name(k.foreign_key->ref_table) + ")",
                         false});
        break;
      case model::ConstraintKind::kPrimaryKey:
        out.push_back({table, "PRIMARY KEY " + k.name + " on " + Name(table) + " (index build)", true});
        break;
      case model::ConstraintKind::kUnique:
        out.push_back({table, "UNIQUE constraint " + k.name + " on " + Name(table) + " (index build)", true});
        break;
      case model::ConstraintKind::kExclusion:
        out.push_back({table, "EXCLUDE constraint " + k.name + " on " + Name(table) + " (index build)", true});
        break;
    }
  }
  return out;
}

std::vector<std::string> StringLiterals(std::string_view sql) {
  std::vector<std::string> out;
  for (size_t i = 0; i < sql.size(); ++i) {
    if (sql[i] == '"') {  // quoted identifier: may hold a quote character
      size_t end = sql.find('"', i + 1);
      if (end == std::string_view::npos) break;
      i = end;
      continue;
    }
    if (sql[i] != '\'') continue;
    std::string value;
    size_t j = i + 1;
    for (; j < sql.size(); ++j) {
      if (sql[j] != '\'') {
        value += sql[j];
      } else if (j + 1 < sql.size() && sql[j + 1] == '\'') {
        value += '\'';
        ++j;
      } else {
        break;
      }
    }
    out.push_back(std::move(value));
    i = j;
  }
  return out;
}

}  // namespace sd::lint
