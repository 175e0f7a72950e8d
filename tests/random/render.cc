// render.cc - prints the model as SQL in a fixed order, so equal models give
// byte-identical files.
#include "render.h"

#include <string>

namespace sdr {

namespace {

const char* kAnnotation = " -- schemadiff:renamed-from ";

std::string SpelledType(const Model& m, const Type& t, int spelling) {
  auto pick = [&](std::initializer_list<const char*> names) {
    return std::string(names.begin()[spelling % static_cast<int>(names.size())]);
  };
  std::string s;
  if (t.serial) {
    s = t.base == Base::Int8 ? pick({"bigserial", "serial8"}) : t.base == Base::Int2 ? "smallserial" : pick({"serial", "serial4"});
    return s;
  }
  switch (t.base) {
    case Base::Int2: s = pick({"smallint", "int2"}); break;
    case Base::Int4: s = pick({"integer", "int", "int4"}); break;
    case Base::Int8: s = pick({"bigint", "int8"}); break;
    case Base::Numeric:
      s = pick({"numeric", "decimal"});
      if (t.p > 0) s += "(" + std::to_string(t.p) + "," + std::to_string(t.s) + ")";
      break;
    case Base::Float8: s = pick({"double precision", "float8"}); break;
    case Base::Text: s = "text"; break;
    case Base::Varchar:
      s = pick({"character varying", "varchar"});
      if (t.p > 0) s += "(" + std::to_string(t.p) + ")";
      break;
    case Base::Bool: s = pick({"boolean", "bool"}); break;
    case Base::Date: s = "date"; break;
    case Base::Timestamp: s = pick({"timestamp without time zone", "timestamp"}); break;
    case Base::Timestamptz: s = pick({"timestamp with time zone", "timestamptz"}); break;
    case Base::Jsonb: s = "jsonb"; break;
    case Base::Uuid: s = "uuid"; break;
    case Base::Bytea: s = "bytea"; break;
    case Base::Interval: s = "interval"; break;
    case Base::Enum: {
      const Enum* e = m.EnumById(t.enum_id);
      s = e ? m.SchemaName(e->schema) + "." + e->name : "text";
      break;
    }
  }
  return t.array ? s + "[]" : s;
}

std::string ColumnName(const Table& t, int id) {
  const Column* c = t.Col(id);
  return c ? c->name : "?";
}

std::string RenderExpr(const Table& t, const Expr& e) {
  std::string out;
  for (size_t i = 0; i < e.text.size(); ++i) {
    if (e.text[i] == '{') {
      size_t close = e.text.find('}', i);
      int n = std::stoi(e.text.substr(i + 1, close - i - 1));
      out += ColumnName(t, e.cols[n]);
      i = close;
    } else {
      out += e.text[i];
    }
  }
  return out;
}

std::string ColumnList(const Table& t, const std::vector<int>& cols) {
  std::string out;
  for (size_t i = 0; i < cols.size(); ++i) out += (i ? ", " : "") + ColumnName(t, cols[i]);
  return out;
}

std::string Qualified(const Model& m, int schema, const std::string& name) { return m.SchemaName(schema) + "." + name; }

std::string RenderDefault(const Model& m, const Default& d) {
  if (d.seq >= 0) {
    const Sequence* s = m.SequenceById(d.seq);
    return s ? "nextval(" + Literal(Qualified(m, s->schema, s->name)) + "::regclass)" : "";
  }
  if (!d.label.empty()) return Literal(d.label);
  return d.sql;
}

std::string ColumnLine(const Model& m, const Column& c, const Table& t) {
  std::string s = "  " + c.name + " " + SpelledType(m, c.type, c.spelling);
  if (!c.generated.empty()) s += " GENERATED ALWAYS AS (" + RenderExpr(t, c.generated) + ") STORED";
  std::string d = RenderDefault(m, c.def);
  if (!d.empty()) s += " DEFAULT " + d;
  if (c.not_null) s += " NOT NULL";
  if (!c.identity.empty()) {
    s += " GENERATED " + c.identity + " AS IDENTITY";
    std::string opts;
    if (c.identity_start) opts += "START WITH " + std::to_string(c.identity_start);
    if (c.identity_increment) opts += std::string(opts.empty() ? "" : " ") + "INCREMENT BY " + std::to_string(c.identity_increment);
    if (!opts.empty()) s += " (" + opts + ")";
  }
  return s;
}

void Comment(std::string& out, const std::string& what, const std::string& text) {
  if (!text.empty()) out += "COMMENT ON " + what + " IS " + Literal(text) + ";\n";
}

}  // namespace

std::string TypeName(const Model& m, const Type& t) { return SpelledType(m, t, 0); }

std::string Literal(const std::string& s) {
  std::string out = "'";
  for (char ch : s) {
    if (ch == '\'') out += '\'';
    out += ch;
  }
  return out + "'";
}

std::string Render(const Model& m, bool annotate) {
  std::string out;
  for (const auto& s : m.schemas)
    if (s.name != "public") out += "CREATE SCHEMA " + s.name + ";\n";

  for (const auto& e : m.enums) {
    out += "CREATE TYPE " + Qualified(m, e.schema, e.name) + " AS ENUM (";
    for (size_t i = 0; i < e.values.size(); ++i) {
      const EnumValue& v = e.values[i];
      out += "\n  " + Literal(v.label) + (i + 1 < e.values.size() ? "," : "");
      if (annotate && !v.old_label.empty() && v.old_label != v.label) out += kAnnotation + v.old_label;
    }
    out += "\n);\n";
  }

  for (const auto& s : m.sequences) {
    out += "CREATE SEQUENCE " + Qualified(m, s.schema, s.name);
    if (!s.as.empty()) out += " AS " + s.as;
    out += " START WITH " + std::to_string(s.start) + " INCREMENT BY " + std::to_string(s.increment);
    if (s.maxvalue) out += " MAXVALUE " + std::to_string(s.maxvalue);
    out += " CACHE " + std::to_string(s.cache);
    if (s.cycle) out += " CYCLE";
    out += ";\n";
  }

  for (const auto& t : m.tables) {
    out += "CREATE TABLE " + Qualified(m, t.schema, t.name) + " (";
    if (annotate && !t.old_name.empty() && t.old_name != t.name) out += kAnnotation + t.old_name;
    // Every item knows its line comment, printed after the separating comma.
    std::vector<std::pair<std::string, std::string>> items;
    for (const auto& c : t.columns)
      items.push_back({ColumnLine(m, c, t), annotate && !c.old_name.empty() && c.old_name != c.name ? c.old_name : ""});
    if (!t.pk_name.empty()) items.push_back({"  CONSTRAINT " + t.pk_name + " PRIMARY KEY (" + ColumnList(t, t.pk) + ")", ""});
    for (const auto& u : t.uniques) items.push_back({"  CONSTRAINT " + u.name + " UNIQUE (" + ColumnList(t, u.cols) + ")", ""});
    for (const auto& c : t.checks) items.push_back({"  CONSTRAINT " + c.name + " CHECK (" + RenderExpr(t, c.expr) + ")", ""});
    for (size_t i = 0; i < items.size(); ++i) {
      out += "\n" + items[i].first + (i + 1 < items.size() ? "," : "");
      if (!items[i].second.empty()) out += kAnnotation + items[i].second;
    }
    out += "\n);\n";
  }

  for (const auto& t : m.tables)
    for (const auto& f : t.fks) {
      const Table* r = m.TableById(f.ref_table);
      if (!r) continue;
      out += "ALTER TABLE " + Qualified(m, t.schema, t.name) + " ADD CONSTRAINT " + f.name + " FOREIGN KEY (" +
             ColumnList(t, f.cols) + ") REFERENCES " + Qualified(m, r->schema, r->name) + " (" + ColumnList(*r, r->pk) + ")";
      if (!f.on_delete.empty()) out += " ON DELETE " + f.on_delete;
      if (f.deferrable) out += " DEFERRABLE";
      out += ";\n";
    }

  for (const auto& t : m.tables)
    for (const auto& ix : t.indexes) {
      out += std::string("CREATE ") + (ix.unique ? "UNIQUE " : "") + "INDEX " + ix.name + " ON " +
             Qualified(m, t.schema, t.name) + (ix.method.empty() ? "" : " USING " + ix.method) + " (";
      for (size_t i = 0; i < ix.keys.size(); ++i) {
        std::string k = RenderExpr(t, ix.keys[i]);
        if (ix.keys[i].text != "{0}") k = "(" + k + ")";
        out += (i ? ", " : "") + k + (ix.desc[i] ? " DESC" : "");
      }
      out += ")";
      if (!ix.where.empty()) out += " WHERE " + RenderExpr(t, ix.where);
      out += ";\n";
    }

  for (const auto& v : m.views) {
    const Table* t = m.TableById(v.table);
    if (!t) continue;
    out += "CREATE VIEW " + Qualified(m, v.schema, v.name) + " AS SELECT " + ColumnList(*t, v.cols) + " FROM " +
           Qualified(m, t->schema, t->name);
    if (!v.where.empty()) out += " WHERE " + RenderExpr(*t, v.where);
    out += ";\n";
  }

  for (const auto& s : m.schemas) Comment(out, "SCHEMA " + s.name, s.comment);
  for (const auto& e : m.enums) Comment(out, "TYPE " + Qualified(m, e.schema, e.name), e.comment);
  for (const auto& s : m.sequences) Comment(out, "SEQUENCE " + Qualified(m, s.schema, s.name), s.comment);
  for (const auto& t : m.tables) {
    std::string q = Qualified(m, t.schema, t.name);
    Comment(out, "TABLE " + q, t.comment);
    for (const auto& c : t.columns) Comment(out, "COLUMN " + q + "." + c.name, c.comment);
    for (const auto& c : t.checks) Comment(out, "CONSTRAINT " + c.name + " ON " + q, c.comment);
    for (const auto& ix : t.indexes) Comment(out, "INDEX " + Qualified(m, t.schema, ix.name), ix.comment);
  }
  for (const auto& v : m.views) Comment(out, "VIEW " + Qualified(m, v.schema, v.name), v.comment);
  return out;
}

}  // namespace sdr
