#include "verify_data.h"

#include <algorithm>
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

// How generated values look. A table whose rows a CHECK constraint rejects
// is tried again with the next shape for its checked columns: the shapes
// cover common formats (digits-only phone numbers, URLs, years, first days
// of a month) without knowing any table.
enum Shape { kPlain = 0, kDigits, kUrl, kPrefixed, kShapes };

// Text of a value of a builtin type for row g.i, or empty when we have no
// generator for the type (the column is then left out or the table skipped).
// `position` (the column's index) makes later date and time columns later, as
// "ends_at > starts_at" checks expect. `prefix`: a literal a check's pattern
// starts with (kPrefixed).
std::string BuiltinText(const model::TypeRef& type, const std::string& seed, Shape shape, size_t position,
                        const std::string& prefix) {
  const std::string& n = type.name;
  static const std::set<std::string> kNumbers = {"integer", "bigint", "smallint", "numeric", "real",
                                                 "double precision", "money", "oid"};
  static const std::set<std::string> kStrings = {"text", "character varying", "character", "name", "\"char\"",
                                                 "tsvector", "citext"};
  std::string at = std::to_string(position);
  // Number first: a truncated short string stays unique.
  if (kNumbers.count(n)) return shape == kPlain ? Row() + "::text" : "(2000 + " + Row() + ")::text";
  if (kStrings.count(n)) {
    switch (shape) {
      case kDigits: return "'98765432' || lpad(" + Row() + "::text, 2, '0')";
      case kUrl: return "'https://example.com/' || " + Row();
      case kPrefixed:
        return prefix.empty() ? "'user' || " + Row() + " || '@example.com'" : model::QuoteLiteral(prefix) + " || " + Row();
      default: return Row() + " || 'v'";
    }
  }
  if (n == "boolean") return "(" + Row() + " % 2 = 0)::text";
  if (n == "date") {
    if (shape != kPlain) return "(date '2024-01-01' + " + Row() + " * interval '1 month')::date::text";
    return "(date '2024-01-01' + " + Row() + " + " + at + ")::text";
  }
  if (n.rfind("timestamp", 0) == 0) {
    if (shape != kPlain) return "(timestamp '2024-01-01 00:00' + " + Row() + " * interval '1 month')::text";
    return "(timestamp '2024-01-01 00:00' + " + Row() + " * interval '1 day' + " + at + " * interval '1 hour')::text";
  }
  if (n.rfind("time ", 0) == 0)
    return "(time '08:00' + " + Row() + " * interval '1 minute' + " + at + " * interval '1 hour')::text";
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

// Check constraints of `table` that read `column` (only it, with `single`).
std::vector<const model::Constraint*> ChecksOn(const model::Table& table, const std::string& column, bool single) {
  std::vector<const model::Constraint*> out;
  for (const auto& c : table.constraints) {
    if (c.kind != model::ConstraintKind::kCheck || !c.check) continue;
    const auto& cols = c.check->columns;
    if (single ? cols.size() == 1 && cols[0] == column : std::find(cols.begin(), cols.end(), column) != cols.end())
      out.push_back(&c);
  }
  return out;
}

// String literals of a check constraint on this one column: likely the only
// values it accepts ("status IN ('new', 'done')").
std::vector<std::string> CheckLiterals(const model::Table& table, const std::string& column) {
  std::vector<std::string> out;
  for (const model::Constraint* c : ChecksOn(table, column, true)) {
    // Only equality lists name accepted values; patterns and functions do not.
    const std::string& text = c->check->text;
    bool list = text.find('=') != std::string::npos || text.find(" IN (") != std::string::npos;
    if (!list || text.find('~') != std::string::npos || text.find("<>") != std::string::npos) continue;
    static const std::regex kLiteral("'((?:[^']|'')*)'");
    for (std::sregex_iterator it(text.begin(), text.end(), kLiteral), end; it != end; ++it)
      out.push_back(std::regex_replace((*it)[1].str(), std::regex("''"), "'"));
    if (!out.empty()) return out;
  }
  return out;
}

// The literal text a check's pattern (`col ~ '^company_[0-9]+$'`) starts
// with: "company_"; "" when there is none.
std::string PatternPrefix(const model::Table& table, const std::string& column) {
  static const std::regex kPattern("~\\*? *'\\^([A-Za-z0-9_:/.@-]*)(.?)");
  for (const model::Constraint* c : ChecksOn(table, column, true)) {
    std::smatch m;
    if (!std::regex_search(c->check->text, m, kPattern)) continue;
    std::string prefix = m[1].str();
    // A quantifier binds the character before it: "^https?://" → "http".
    if (!prefix.empty() && std::string("?*{").find(m[2].str()) != std::string::npos && m[2].length() == 1)
      prefix.pop_back();
    if (!prefix.empty()) return prefix;
  }
  return "";
}

std::string Pick(const std::vector<std::string>& values, Shape shape = kPlain) {
  std::string array = "ARRAY[";
  for (size_t i = 0; i < values.size(); ++i) array += (i ? ", " : "") + model::QuoteLiteral(values[i]);
  // Other shapes skip the first value ("role <> 'member'").
  if (shape != kPlain && values.size() > 1)
    return "(" + array + "]::text[])[2 + (" + Row() + " - 1) % " + std::to_string(values.size() - 1) + "]";
  return "(" + array + "]::text[])[1 + (" + Row() + " - 1) % " + std::to_string(values.size()) + "]";
}

// The column the other version has under the same table and column name,
// when its type differs (enum instead of text, narrower type…): our values
// must convert, since the data phase proves rows are carried.
const model::Column* RetypedColumn(const model::Table& table, const model::Column& column,
                                   const model::Catalog& target) {
  auto t = target.tables.find(table.name);
  if (t == target.tables.end()) return nullptr;
  const model::Column* after = t->second.FindColumn(column.name);
  if (!after || after->type == column.type) return nullptr;
  return after;
}

// Text for one value of `type` (element type), per the rules above; follows
// domains to their base type.
std::string TypeText(const model::Catalog& catalog, const model::TypeRef& type, const std::string& seed, Shape shape,
                     size_t position, const std::string& prefix) {
  auto e = catalog.enums.find({type.schema, type.name});
  if (e != catalog.enums.end()) return e->second.values.empty() ? "" : Pick(e->second.values, shape);
  auto d = catalog.domains.find({type.schema, type.name});
  if (d != catalog.domains.end()) return TypeText(catalog, d->second.base_type.Element(), seed, shape, position, prefix);
  if (type.IsBuiltin()) return BuiltinText(type, seed, shape, position, prefix);
  model::TypeRef text;  // extension types over text (citext, …)
  text.name = "text";
  return BuiltinText(text, seed, shape, position, prefix);
}

// A generated value for one column, cast to its type; empty when unknown.
std::string ValueSql(const model::Catalog& catalog, const model::Table& table, const model::Column& column,
                     const model::Catalog& target, Shape shape, size_t position) {
  model::TypeRef element = column.type.Element();
  auto e = catalog.enums.find({element.schema, element.name});
  static const std::set<std::string> kStringTypes = {"text", "character varying", "character"};
  bool stringish = kStringTypes.count(element.name) || (!element.IsBuiltin() && e == catalog.enums.end());
  std::vector<std::string> literals = stringish ? CheckLiterals(table, column.name) : std::vector<std::string>{};
  auto other = target.tables.find(table.name);
  if (literals.empty() && stringish && other != target.tables.end())
    literals = CheckLiterals(other->second, column.name);  // a check the other version adds
  std::string seed = table.name.name + "." + column.name;
  std::string prefix = PatternPrefix(table, column.name);
  std::string text;
  const model::Column* after = RetypedColumn(table, column, target);
  auto after_enum = after ? target.enums.find({after->type.Element().schema, after->type.Element().name})
                          : target.enums.end();
  if (!literals.empty()) {
    text = Pick(literals, shape);
  } else if (after_enum != target.enums.end() && (stringish || e != catalog.enums.end())) {
    // Labels of the other version's enum, that this version accepts too.
    std::vector<std::string> labels;
    for (const auto& v : after_enum->second.values)
      if (e == catalog.enums.end() || std::count(e->second.values.begin(), e->second.values.end(), v)) labels.push_back(v);
    if (!labels.empty()) text = Pick(labels, shape);
  } else if (after && stringish && after->type.Element().IsBuiltin()) {
    text = TypeText(target, after->type.Element(), seed, shape, position, prefix);  // text → number, date, …
  }
  if (text.empty()) text = TypeText(catalog, element, seed, shape, position, prefix);
  if (text.empty()) return "";
  std::string value = "(" + text + ")::" + model::TypeSql(element);
  return column.type.array_dims ? "ARRAY[" + value + "]::" + model::TypeSql(column.type) : value;
}

// True when a CHECK constraint (of this version or the other) or a domain
// constraint reads the column: its values take the retry shapes.
bool Checked(const model::Catalog& catalog, const model::Table& table, const model::Column& column,
             const model::Catalog& target) {
  if (!ChecksOn(table, column.name, false).empty()) return true;
  auto other = target.tables.find(table.name);
  if (other != target.tables.end() && !ChecksOn(other->second, column.name, false).empty()) return true;
  model::TypeRef element = column.type.Element();
  auto d = catalog.domains.find({element.schema, element.name});
  return d != catalog.domains.end() && !d->second.constraints.empty();
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

ForeignRows ForeignKeyRows(const std::vector<const model::Constraint*>& keys, Shape shape) {
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
    // Other shapes start each key at another row ("person_id <> related_person_id").
    std::string start = shape == kPlain ? "" : " + " + std::to_string(n - 1);
    out.joins += " LEFT JOIN LATERAL (SELECT " + select + " FROM " + ref + " AS r ORDER BY " + order + " OFFSET (" +
                 Row() + " - 1" + start + ") % GREATEST((SELECT count(*) FROM " + ref + "), 1) LIMIT 1) AS " + alias +
                 " ON true";
  }
  return out;
}

// INSERT of kRows rows giving a value to `columns` (the rest take defaults).
// `minimal`: only NOT NULL and key columns; `shape`: of checked columns.
std::string InsertSql(const model::Catalog& catalog, const model::Table& table, const model::Catalog& target,
                      bool minimal, Shape shape) {
  ForeignRows fk = ForeignKeyRows(ForeignKeys(catalog, table, target), shape);
  std::string names, values;
  for (size_t k = 0; k < table.columns.size(); ++k) {
    const model::Column& c = table.columns[k];
    auto f = fk.column_values.find(c.name);
    // A default that may not reference anything is overridden for keys.
    if (c.identity || c.generated || (c.default_value && f == fk.column_values.end())) continue;
    if (minimal && !c.not_null && f == fk.column_values.end()) continue;
    Shape own = Checked(catalog, table, c, target) ? shape : kPlain;
    std::string value = f != fk.column_values.end() ? f->second : ValueSql(catalog, table, c, target, own, k);
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

// A query finding a generated row that a CHECK constraint of the other
// version would reject (the migration adds it and validates it on our rows);
// "" when the other version has none over columns this one has.
std::string OtherChecksViolatedSql(const model::Table& table, const model::Catalog& target) {
  auto other = target.tables.find(table.name);
  if (other == target.tables.end()) return "";
  std::string where;
  for (const auto& c : other->second.constraints) {
    if (c.kind != model::ConstraintKind::kCheck || !c.check || c.not_valid) continue;
    bool present = !c.check->columns.empty();
    for (const auto& col : c.check->columns) present = present && table.FindColumn(col);
    if (present) where += (where.empty() ? "" : " OR ") + Str("(") + c.check->text + ") IS FALSE";
  }
  if (where.empty()) return "";
  return "IF EXISTS (SELECT 1 FROM " + model::QuoteQualified(table.name) + " WHERE " + where +
         ") THEN RAISE EXCEPTION 'rejected by a check of the other version'; END IF;";
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
    // Every row with all columns first, then with only the required ones;
    // each in every value shape. The first error is the one reported.
    std::vector<std::string> attempts;
    for (bool minimal : {false, true})
      for (int shape = kPlain; shape < kShapes; ++shape) {
        std::string insert = InsertSql(catalog, *tables[k], target, minimal, static_cast<Shape>(shape));
        if (std::find(attempts.begin(), attempts.end(), insert) == attempts.end()) attempts.push_back(insert);
      }
    std::string other_checks = OtherChecksViolatedSql(*tables[k], target);
    // The tag must not occur in the generated text (check literals come from input).
    std::string tag = "$sdv$";
    attempts.push_back(other_checks);
    for (const auto& a : attempts)
      while (a.find(tag) != std::string::npos) tag.insert(1, "x");
    attempts.pop_back();
    sql += "DO " + tag + " DECLARE first_error text; BEGIN ";
    // Rows the other version's checks accept first: the migration validates
    // its new checks on them. (A check that fails to evaluate here counts as
    // rejecting.) Then rows this version accepts at all.
    if (!other_checks.empty())
      for (const auto& a : attempts)
        sql += "BEGIN " + a + " " + other_checks + " RETURN; EXCEPTION WHEN others THEN NULL; END; ";
    for (const auto& a : attempts)
      sql += "BEGIN " + a + " RETURN; EXCEPTION WHEN others THEN first_error := coalesce(first_error, SQLERRM); END; ";
    sql += "INSERT INTO schemadiff_verify_skipped VALUES (" + std::to_string(k) + ", first_error); END " + tag + ";\n";
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
