#include "verify_data.h"

#include <functional>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "model/quote.h"

namespace sd::tools {

namespace {

constexpr int kRows = 3;
// Row number in generated INSERT ... SELECT: 1..kRows.
constexpr const char* kRow = "g.i";

std::string Str(const char* s) { return s; }
std::string Row() { return Str(kRow); }

// Text of a value of a builtin type for row g.i, or empty when we have no
// generator for the type (the column is then left out or the table skipped).
std::string BuiltinText(const model::TypeRef& type, const std::string& seed) {
  const std::string& n = type.name;
  static const std::set<std::string> kNumbers = {"integer", "bigint", "smallint", "numeric", "real",
                                                 "double precision", "money", "oid"};
  static const std::set<std::string> kStrings = {"text", "character varying", "character", "name", "\"char\"",
                                                 "tsvector"};
  // Number first: a truncated short string stays unique.
  if (kNumbers.count(n)) return Row() + "::text";
  if (kStrings.count(n)) return Row() + " || 'v'";
  if (n == "boolean") return "(" + Row() + " % 2 = 0)::text";
  if (n == "date") return "(date '2024-01-01' + " + Row() + ")::text";
  if (n.rfind("timestamp", 0) == 0) return "(timestamp '2024-01-01 00:00' + " + Row() + " * interval '1 day')::text";
  if (n.rfind("time ", 0) == 0) return "(time '10:00' + " + Row() + " * interval '1 minute')::text";
  if (n == "interval") return Row() + " || ' minutes'";
  if (n == "uuid") return "md5(" + model::QuoteLiteral(seed) + " || " + Row() + ")";
  if (n == "json" || n == "jsonb") return "'{\"n\": ' || " + Row() + " || '}'";
  if (n == "bytea") return "'\\x0' || " + Row();
  if (n == "inet" || n == "cidr") return "'10.0.0.' || " + Row();
  if (n == "macaddr") return "'08:00:2b:01:02:0' || " + Row();
  if (n == "macaddr8") return "'08:00:2b:01:02:03:04:0' || " + Row();
  if (n == "xml") return "'<v>' || " + Row() + " || '</v>'";
  if (n == "point") return "'(' || " + Row() + " || ',' || " + Row() + " || ')'";
  if (n == "int4range" || n == "int8range" || n == "numrange")
    return "'[' || " + Row() + " || ',' || (" + Row() + " + 1) || ')'";
  return "";
}

// String literals of a check constraint on this one column: likely the only
// values it accepts ("status IN ('new', 'done')").
std::vector<std::string> CheckLiterals(const model::Table& table, const std::string& column) {
  std::vector<std::string> out;
  for (const auto& c : table.constraints) {
    if (c.kind != model::ConstraintKind::kCheck || !c.check) continue;
    if (c.check->columns.size() != 1 || c.check->columns[0] != column) continue;
    // Only equality lists name accepted values; patterns and functions do not.
    const std::string& text = c.check->text;
    bool list = text.find('=') != std::string::npos || text.find(" IN (") != std::string::npos;
    if (!list || text.find('~') != std::string::npos) continue;
    static const std::regex kLiteral("'((?:[^']|'')*)'");
    for (std::sregex_iterator it(c.check->text.begin(), c.check->text.end(), kLiteral), end; it != end; ++it)
      out.push_back(std::regex_replace((*it)[1].str(), std::regex("''"), "'"));
    if (!out.empty()) return out;
  }
  return out;
}

std::string Pick(const std::vector<std::string>& values) {
  std::string array = "ARRAY[";
  for (size_t i = 0; i < values.size(); ++i) array += (i ? ", " : "") + model::QuoteLiteral(values[i]);
  return "(" + array + "]::text[])[1 + (" + Row() + " - 1) % " + std::to_string(values.size()) + "]";
}

// A generated value for one column, cast to its type; empty when unknown.
std::string ValueSql(const model::Catalog& catalog, const model::Table& table, const model::Column& column) {
  model::TypeRef element = column.type.Element();
  std::string text;
  auto e = catalog.enums.find({element.schema, element.name});
  static const std::set<std::string> kStringTypes = {"text", "character varying", "character"};
  bool stringish = kStringTypes.count(element.name) || (!element.IsBuiltin() && e == catalog.enums.end());
  std::vector<std::string> literals = stringish ? CheckLiterals(table, column.name) : std::vector<std::string>{};
  if (!literals.empty()) text = Pick(literals);
  else if (e != catalog.enums.end()) text = e->second.values.empty() ? "" : Pick(e->second.values);
  else if (element.IsBuiltin()) text = BuiltinText(element, table.name.name + "." + column.name);
  else text = Row() + " || 'v'";  // extension types and domains over text (citext, …)
  if (text.empty()) return "";
  std::string value = "(" + text + ")::" + model::TypeSql(element);
  return column.type.array_dims ? "ARRAY[" + value + "]::" + model::TypeSql(column.type) : value;
}

// Foreign keys the rows must satisfy: the table's own, and those the other
// version adds on columns and tables that already exist (else the migration
// would fail on our rows, not on the user's).
std::vector<const model::Constraint*> ForeignKeys(const model::Catalog& catalog, const model::Table& table,
                                                  const model::Catalog& target) {
  std::vector<const model::Constraint*> out;
  auto add = [&](const model::Table& t) {
    for (const auto& c : t.constraints) {
      if (c.kind != model::ConstraintKind::kForeignKey || !c.foreign_key) continue;
      if (c.foreign_key->ref_columns.size() != c.columns.size()) continue;
      auto ref = catalog.tables.find(c.foreign_key->ref_table);
      if (ref == catalog.tables.end()) continue;
      bool present = true;
      for (const auto& col : c.columns) present = present && table.FindColumn(col);
      for (const auto& col : c.foreign_key->ref_columns) present = present && ref->second.FindColumn(col);
      if (present) out.push_back(&c);
    }
  };
  add(table);
  auto other = target.tables.find(table.name);
  if (other != target.tables.end()) add(other->second);
  return out;
}

// One lateral subquery per foreign key: the referenced row for g.i, chosen
// round-robin among the referenced table's rows (none: NULLs).
struct ForeignRows {
  std::string joins;
  std::map<std::string, std::string> column_values;  ///< column -> fkN.kM
};

ForeignRows ForeignKeyRows(const std::vector<const model::Constraint*>& keys) {
  ForeignRows out;
  int n = 0;
  for (const model::Constraint* c : keys) {
    const auto& fk = *c->foreign_key;
    std::string alias = "fk" + std::to_string(++n), ref = model::QuoteQualified(fk.ref_table), select, order;
    for (size_t i = 0; i < c->columns.size(); ++i) {
      std::string key = "k" + std::to_string(i + 1);
      select += (i ? ", " : "") + Str("r.") + model::QuoteIdent(fk.ref_columns[i]) + " AS " + key;
      order += (i ? ", " : "") + std::to_string(i + 1);
      out.column_values.emplace(c->columns[i], alias + "." + key);  // the first key naming a column wins
    }
    out.joins += " LEFT JOIN LATERAL (SELECT " + select + " FROM " + ref + " AS r ORDER BY " + order + " OFFSET (" +
                 Row() + " - 1) % GREATEST((SELECT count(*) FROM " + ref + "), 1) LIMIT 1) AS " + alias + " ON true";
  }
  return out;
}

// INSERT of kRows rows giving a value to `columns` (the rest take defaults).
std::string InsertSql(const model::Catalog& catalog, const model::Table& table, const model::Catalog& target,
                      bool minimal) {
  ForeignRows fk = ForeignKeyRows(ForeignKeys(catalog, table, target));
  std::string names, values;
  for (const auto& c : table.columns) {
    auto f = fk.column_values.find(c.name);
    // A default that may not reference anything is overridden for keys.
    if (c.identity || c.generated || (c.default_value && f == fk.column_values.end())) continue;
    if (minimal && !c.not_null && f == fk.column_values.end()) continue;
    std::string value = f != fk.column_values.end() ? f->second : ValueSql(catalog, table, c);
    if (value.empty()) {
      if (c.not_null) value = "NULL";  // fails: the table is skipped with PostgreSQL's reason
      else continue;
    }
    names += (names.empty() ? "" : ", ") + model::QuoteIdent(c.name);
    values += (values.empty() ? "" : ", ") + value;
  }
  std::string into = "INSERT INTO " + model::QuoteQualified(table.name);
  if (names.empty()) {
    std::string out;
    for (int i = 0; i < kRows; ++i) out += into + " DEFAULT VALUES; ";
    return out;
  }
  return into + " (" + names + ") SELECT " + values + " FROM generate_series(1, " +
         std::to_string(kRows) + ") AS g(i)" + fk.joins + ";";
}

// Tables with the ones they reference first (cycles broken in name order).
std::vector<const model::Table*> ForeignKeyOrder(const model::Catalog& catalog, const model::Catalog& target) {
  std::vector<const model::Table*> out;
  std::set<model::QualifiedName> placed;
  std::function<void(const model::Table&, std::set<model::QualifiedName>&)> visit =
      [&](const model::Table& t, std::set<model::QualifiedName>& path) {
        if (placed.count(t.name) || !path.insert(t.name).second) return;
        for (const model::Constraint* c : ForeignKeys(catalog, t, target))
          visit(catalog.tables.at(c->foreign_key->ref_table), path);
        if (placed.insert(t.name).second) out.push_back(&t);
      };
  for (const auto& [name, table] : catalog.tables) {
    std::set<model::QualifiedName> path;
    visit(table, path);
  }
  return out;
}

std::string DescribeTable(const model::QualifiedName& name) {
  return model::Describe({model::ObjectKind::kTable, name, ""});
}

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) out.push_back(line);
  return out;
}

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream in(line);
  for (std::string field; std::getline(in, field, '\t');) out.push_back(field);
  if (!line.empty() && line.back() == '\t') out.push_back("");
  return out;
}

}  // namespace

std::vector<CarriedTable> CarriedTables(const model::Catalog& from, const model::Catalog& to,
                                        const std::vector<model::Rename>& renames) {
  auto renamed_relation = [&](model::QualifiedName name) {
    for (const auto& r : renames)
      if (r.from.kind == model::ObjectKind::kTable && r.from.name == name) name = r.to.name;
    for (const auto& r : renames)
      if (r.from.kind == model::ObjectKind::kSchema && r.from.name.name == name.schema) name.schema = r.to.name.name;
    return name;
  };
  auto renamed_type = [&](model::TypeRef type) {
    if (type.IsBuiltin()) return type;
    model::QualifiedName n = {type.schema, type.name};
    for (const auto& r : renames)
      if (r.from.kind != model::ObjectKind::kColumn && r.from.sub.empty() && r.from.name == n) n = r.to.name;
    for (const auto& r : renames)
      if (r.from.kind == model::ObjectKind::kSchema && r.from.name.name == n.schema) n.schema = r.to.name.name;
    type.schema = n.schema;
    type.name = n.name;
    return type;
  };
  std::vector<CarriedTable> out;
  for (const auto& [name, table] : from.tables) {
    model::QualifiedName after_name = renamed_relation(name);
    auto other = to.tables.find(after_name);
    if (other == to.tables.end()) continue;
    CarriedTable carried{name, {}, after_name, {}, {}};
    for (const auto& c : table.columns) {
      std::string after_column = c.name;
      for (const auto& r : renames)
        if (r.from.kind == model::ObjectKind::kColumn && r.from.sub == c.name &&
            (r.from.name == name || r.from.name == after_name))
          after_column = r.to.sub;
      const model::Column* d = other->second.FindColumn(after_column);
      if (!d || !(renamed_type(c.type) == d->type) || c.collation != d->collation) continue;
      if (c.generated.has_value() != d->generated.has_value()) continue;
      if (c.generated && !model::SameExpr(*c.generated, *d->generated)) continue;
      std::map<std::string, std::string> labels;
      for (const auto& r : renames)
        if (r.from.kind == model::ObjectKind::kEnumType && !r.from.sub.empty() && !c.type.IsBuiltin() &&
            r.from.name == model::QualifiedName{c.type.schema, c.type.name})
          labels[r.from.sub] = r.to.sub;
      carried.columns.push_back(c.name);
      carried.after_columns.push_back(after_column);
      carried.label_renames.push_back(std::move(labels));
    }
    out.push_back(std::move(carried));
  }
  return out;
}

void FillTables(const PgClient& client, const std::string& db, const model::Catalog& catalog,
                const model::Catalog& target, Phase* phase) {
  std::vector<const model::Table*> tables = ForeignKeyOrder(catalog, target);
  std::string sql = "CREATE TEMP TABLE schemadiff_verify_skipped (idx integer, reason text);\n";
  for (size_t k = 0; k < tables.size(); ++k) {
    std::string full = InsertSql(catalog, *tables[k], target, false);
    std::string minimal = InsertSql(catalog, *tables[k], target, true);
    std::string skip = "INSERT INTO schemadiff_verify_skipped VALUES (" + std::to_string(k) + ", SQLERRM);";
    std::string fallback = full == minimal ? skip : "BEGIN " + minimal + " EXCEPTION WHEN others THEN " + skip + " END;";
    // The tag must not occur in the generated text (check literals come from input).
    std::string tag = "$sdv$";
    while (full.find(tag) != std::string::npos || minimal.find(tag) != std::string::npos) tag.insert(1, "x");
    sql += "DO " + tag + " BEGIN " + full + " EXCEPTION WHEN others THEN " + fallback + " END " + tag + ";\n";
  }
  sql += "SELECT idx, translate(reason, E'\\n\\t', '  ') FROM schemadiff_verify_skipped ORDER BY idx;\n";
  std::string out, error;
  if (!client.Query(db, sql, &out, &error)) {
    phase->status = PhaseStatus::kError;
    phase->summary = "cannot fill the tables with generated rows";
    phase->detail = error;
    return;
  }
  size_t skipped = 0;
  for (const auto& line : SplitLines(out)) {
    std::vector<std::string> fields = SplitTabs(line);
    size_t k = std::stoul(fields.at(0));
    if (k >= tables.size()) continue;
    ++skipped;
    phase->notes.push_back(DescribeTable(tables[k]->name) + " left empty: " + (fields.size() > 1 ? fields[1] : ""));
  }
  phase->status = PhaseStatus::kPass;
  phase->summary = "filled " + std::to_string(tables.size() - skipped) + " of " + std::to_string(tables.size()) +
                   " table(s) with " + std::to_string(kRows) + " generated rows each";
}

bool TakeChecksums(const PgClient& client, const std::string& db, const std::vector<CarriedTable>& tables, bool after,
                   std::vector<TableSums>* sums, std::string* error) {
  sums->assign(tables.size(), TableSums{});
  if (tables.empty()) return true;
  std::string sql;
  for (size_t k = 0; k < tables.size(); ++k) {
    sql += "SELECT " + std::to_string(k) + ", count(*)";
    for (size_t c = 0; c < tables[k].columns.size(); ++c) {
      const std::string& column = after ? tables[k].after_columns[c] : tables[k].columns[c];
      std::string text = "t." + model::QuoteIdent(column) + "::text";
      // Before the migration, a renamed enum label counts as its new name.
      if (!after && !tables[k].label_renames[c].empty()) {
        std::string mapped = "CASE " + text;
        for (const auto& [old_label, new_label] : tables[k].label_renames[c])
          mapped += " WHEN " + model::QuoteLiteral(old_label) + " THEN " + model::QuoteLiteral(new_label);
        text = mapped + " ELSE " + text + " END";
      }
      // NULL and the string 'NULL' must differ: quote_literal quotes only values.
      std::string v = "coalesce(quote_literal(" + text + "), 'NULL')";
      sql += ", md5(string_agg(" + v + ", ',' ORDER BY " + v + " COLLATE \"C\"))";
    }
    sql += " FROM " + model::QuoteQualified(after ? tables[k].after_name : tables[k].name) + " AS t;\n";
  }
  std::string out;
  if (!client.Query(db, sql, &out, error)) return false;
  for (const auto& line : SplitLines(out)) {
    std::vector<std::string> fields = SplitTabs(line);
    size_t k = std::stoul(fields.at(0));
    if (k >= tables.size() || fields.size() != tables[k].columns.size() + 2) continue;
    (*sums)[k].rows = std::stoll(fields[1]);
    (*sums)[k].columns.assign(fields.begin() + 2, fields.end());
  }
  // A table not measured must not pass as unchanged.
  for (size_t k = 0; k < tables.size(); ++k)
    if ((*sums)[k].rows < 0) {
      *error = "no measurement for " + DescribeTable(tables[k].name) + " in:\n" + out;
      return false;
    }
  return true;
}

std::vector<Difference> CompareChecksums(const std::vector<CarriedTable>& tables, const std::vector<TableSums>& before,
                                         const std::vector<TableSums>& after) {
  std::vector<Difference> out;
  for (size_t k = 0; k < tables.size() && k < before.size() && k < after.size(); ++k) {
    const CarriedTable& t = tables[k];
    if (before[k].rows != after[k].rows) {
      out.push_back({DescribeTable(t.name), before[k].rows > after[k].rows ? "rows lost" : "rows added", "",
                     std::to_string(before[k].rows) + " rows", std::to_string(after[k].rows) + " rows", ""});
      continue;
    }
    for (size_t c = 0; c < t.columns.size(); ++c) {
      std::string a = c < before[k].columns.size() ? before[k].columns[c] : "";
      std::string b = c < after[k].columns.size() ? after[k].columns[c] : "";
      if (a != b)
        out.push_back({model::Describe({model::ObjectKind::kColumn, t.name, t.columns[c]}), "values changed", "", "",
                       "", ""});
    }
  }
  return out;
}

}  // namespace sd::tools
