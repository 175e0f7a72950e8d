// pieces.cc - random building blocks. Every choice goes through Rng, in a
// fixed order, so a seed always yields the same objects.
#include "pieces.h"

#include "render.h"

#include <vector>

namespace sdr {

namespace {

const std::vector<std::string> kWords = {"new", "open", "closed", "red", "green", "blue", "small", "large", "draft", "done"};
const std::vector<std::string> kComments = {"main data", "it's important", "legacy", "see ticket 42", "kept for audit",
                                            "user facing"};

// Columns of `t` that are neither generated nor (for expressions) arrays.
std::vector<const Column*> Candidates(const Table& t, bool allow_generated) {
  std::vector<const Column*> out;
  for (const auto& c : t.columns)
    if (allow_generated || c.generated.empty()) out.push_back(&c);
  return out;
}

}  // namespace

bool IsPlain(const Column& c) { return c.identity.empty() && c.generated.empty() && !c.type.serial; }

Type RandomType(Rng& rng, const Model& m) {
  Type t;
  int r = rng.Below(m.enums.empty() ? 19 : 22);
  switch (r) {
    case 0: case 1: t.base = Base::Int4; break;
    case 2: t.base = Base::Int8; break;
    case 3: t.base = Base::Int2; break;
    case 4: t.base = Base::Numeric; t.p = rng.Range(6, 14); t.s = rng.Range(0, 4); break;
    case 5: t.base = Base::Numeric; break;
    case 6: t.base = Base::Float8; break;
    case 7: case 8: t.base = Base::Text; break;
    case 9: case 10: t.base = Base::Varchar; t.p = rng.Pick(std::vector<int>{10, 20, 64, 255}); break;
    case 11: t.base = Base::Bool; break;
    case 12: t.base = Base::Date; break;
    case 13: t.base = rng.Percent(50) ? Base::Timestamp : Base::Timestamptz; break;
    case 14: t.base = Base::Timestamptz; break;
    case 15: t.base = Base::Jsonb; break;
    case 16: t.base = Base::Uuid; break;
    case 17: t.base = rng.Percent(50) ? Base::Bytea : Base::Interval; break;
    case 18: t.base = rng.Percent(50) ? Base::Int4 : Base::Text; t.array = true; break;
    default: t.base = Base::Enum; t.enum_id = rng.Pick(m.enums).id; t.array = rng.Percent(15); break;
  }
  return t;
}

Default RandomDefault(Rng& rng, const Model& m, const Type& t, const Kinds& kinds) {
  Default d;
  if (rng.Percent(50)) return d;
  if (t.array) {
    d.sql = "'{}'";
    return d;
  }
  switch (t.base) {
    case Base::Int2: case Base::Int4: case Base::Int8:
      if (t.base != Base::Int2 && !m.sequences.empty() && rng.Percent(25)) {
        d.seq = rng.Pick(m.sequences).id;
      } else {
        d.sql = rng.Pick(std::vector<std::string>{"0", "1", "-1", "42"});
      }
      break;
    case Base::Numeric: d.sql = rng.Pick(std::vector<std::string>{"0", "1.5", "100"}); break;
    case Base::Float8: d.sql = rng.Pick(std::vector<std::string>{"0", "0.5", "'-1'::double precision"}); break;
    case Base::Text: case Base::Varchar:
      d.sql = rng.Pick(std::vector<std::string>{"''", "'x'", "'hello world'", "'it''s'", "'a'::text"});
      break;
    case Base::Bool: d.sql = rng.Percent(50) ? "true" : "false"; break;
    case Base::Date: d.sql = rng.Percent(50) ? "CURRENT_DATE" : "'2020-01-01'::date"; break;
    case Base::Timestamp: case Base::Timestamptz: d.sql = rng.Percent(50) ? "now()" : "CURRENT_TIMESTAMP"; break;
    case Base::Jsonb: d.sql = rng.Pick(std::vector<std::string>{"'{}'::jsonb", "'[]'::jsonb", "'{\"a\": 1}'::jsonb"}); break;
    case Base::Uuid: d.sql = "gen_random_uuid()"; break;
    case Base::Bytea: d.sql = "'\\x00'::bytea"; break;
    case Base::Interval: d.sql = rng.Percent(50) ? "'1 day'::interval" : "'00:30:00'::interval"; break;
    case Base::Enum: {
      const Enum* e = m.EnumById(t.enum_id);
      if (e && !e->values.empty()) {
        d.label = rng.Pick(e->values).label;
        d.label_enum = e->id;
      }
      break;
    }
  }
  (void)kinds;
  return d;
}

Column RandomColumn(Rng& rng, Model& m, const Kinds& kinds) {
  Column c;
  c.id = m.NewId();
  c.name = "c" + std::to_string(c.id);
  c.type = RandomType(rng, m);
  c.spelling = rng.Below(6);
  c.def = RandomDefault(rng, m, c.type, kinds);
  c.not_null = rng.Percent(35);
  if (kinds.count("comment") && rng.Percent(12)) c.comment = RandomComment(rng);
  return c;
}

Expr RandomPredicate(Rng& rng, const Model& m, const Table& t) {
  auto cands = Candidates(t, true);
  if (cands.empty()) return {};
  const Column& c = *rng.Pick(cands);
  Expr e;
  e.cols = {c.id};
  std::string f = Family(c.type);
  if (f == "num") {
    e.text = rng.Pick(std::vector<std::string>{"{0} > 0", "{0} IS NOT NULL", "{0} <> 7"});
  } else if (f == "str") {
    e.text = rng.Pick(std::vector<std::string>{"{0} <> ''", "{0} IS NOT NULL", "{0} LIKE 'a%'"});
  } else if (c.type.base == Base::Bool && !c.type.array) {
    e.text = rng.Percent(50) ? "{0}" : "NOT {0}";
  } else if (c.type.base == Base::Enum && !c.type.array) {
    const Enum* en = m.EnumById(c.type.enum_id);
    if (en && !en->values.empty() && rng.Percent(70)) {
      std::string label = rng.Pick(en->values).label;
      e.text = "{0} <> " + Literal(label);
      e.labels = {label};
    } else {
      e.text = "{0} IS NOT NULL";
    }
  } else {
    e.text = "{0} IS NOT NULL";
  }
  return e;
}

std::optional<Check> RandomCheck(Rng& rng, Model& m, const Table& t) {
  auto cands = Candidates(t, false);
  if (cands.empty()) return std::nullopt;
  const Column& c = *rng.Pick(cands);
  Check ck;
  ck.expr.cols = {c.id};
  std::string f = Family(c.type);
  if (f == "num") {
    // Two numeric columns: a comparison between them.
    for (const Column* o : cands)
      if (o->id != c.id && Family(o->type) == "num" && rng.Percent(30)) {
        ck.expr.text = "{0} <= {1}";
        ck.expr.cols.push_back(o->id);
        break;
      }
    if (ck.expr.text.empty())
      ck.expr.text = rng.Pick(std::vector<std::string>{"{0} >= 0", "{0} <> 42", "{0} BETWEEN 0 AND 1000000", "{0} IN (1, 2, 3)"});
  } else if (f == "str") {
    ck.expr.text = rng.Pick(std::vector<std::string>{"length({0}) > 0", "{0} <> ''", "{0} IN ('a', 'b')", "{0} LIKE 'x%'"});
  } else if (c.type.base == Base::Date && !c.type.array) {
    ck.expr.text = "{0} > '2000-01-01'";
  } else if (c.type.base == Base::Enum && !c.type.array) {
    const Enum* en = m.EnumById(c.type.enum_id);
    if (!en || en->values.empty()) return std::nullopt;
    std::string label = rng.Pick(en->values).label;
    ck.expr.text = "{0} <> " + Literal(label);
    ck.expr.labels = {label};
  } else {
    return std::nullopt;
  }
  ck.id = m.NewId();
  ck.name = "ck" + std::to_string(ck.id);
  return ck;
}

std::optional<Index> RandomIndex(Rng& rng, Model& m, const Table& t) {
  auto cands = Candidates(t, true);
  if (cands.empty()) return std::nullopt;
  Index ix;
  const Column& c = *rng.Pick(cands);
  int shape = rng.Below(10);
  if ((c.type.array || c.type.base == Base::Jsonb) && shape < 5) {
    ix.method = "gin";
    ix.keys.push_back({"{0}", {c.id}, {}});
    ix.desc.push_back(false);
  } else if (shape < 2 && Family(c.type) == "str" && !c.type.array) {
    ix.keys.push_back({"lower({0})", {c.id}, {}});
    ix.desc.push_back(false);
  } else if (shape < 3 && IsInteger(c.type)) {
    ix.keys.push_back({"{0} + 1", {c.id}, {}});
    ix.desc.push_back(false);
  } else {
    ix.keys.push_back({"{0}", {c.id}, {}});
    ix.desc.push_back(rng.Percent(15));
    // Multi-column: another column after it.
    if (rng.Percent(35)) {
      const Column& o = *rng.Pick(cands);
      if (o.id != c.id && !o.type.array && o.type.base != Base::Jsonb) {
        ix.keys.push_back({"{0}", {o.id}, {}});
        ix.desc.push_back(rng.Percent(15));
      }
    }
    ix.unique = rng.Percent(20) && !c.type.array;
  }
  if (ix.method.empty() && rng.Percent(30)) ix.where = RandomPredicate(rng, m, t);
  ix.id = m.NewId();
  ix.name = "ix" + std::to_string(ix.id);
  return ix;
}

std::optional<Column> RandomGenerated(Rng& rng, Model& m, const Table& t) {
  std::vector<const Column*> sources;
  for (const auto& c : t.columns)
    if (c.generated.empty() && Family(c.type) == "num") sources.push_back(&c);
  if (sources.empty()) return std::nullopt;
  const Column& src = *rng.Pick(sources);
  Column g;
  g.id = m.NewId();
  g.name = "g" + std::to_string(g.id);
  g.type.base = IsInteger(src.type) ? Base::Int8 : Base::Numeric;
  g.generated = {rng.Pick(std::vector<std::string>{"{0} * 2", "{0} + 1", "abs({0})"}), {src.id}, {}};
  return g;
}

std::optional<View> RandomView(Rng& rng, Model& m, const Table& t) {
  if (t.columns.empty()) return std::nullopt;
  View v;
  v.id = m.NewId();
  v.schema = t.schema;
  v.name = "v" + std::to_string(v.id);
  v.table = t.id;
  for (const auto& c : t.columns)
    if (v.cols.empty() || rng.Percent(40)) v.cols.push_back(c.id);
  if (rng.Percent(70)) v.where = RandomPredicate(rng, m, t);
  return v;
}

std::string RandomComment(Rng& rng) { return rng.Pick(kComments) + (rng.Percent(30) ? " v" + std::to_string(rng.Below(9)) : ""); }

std::string NewLabel(Rng& rng, Model& m) { return rng.Pick(kWords) + std::to_string(m.NewId()); }

}  // namespace sdr
