// generate.cc - builds the random OLD schema. Each object kind has its own
// function; a kind that is switched off is simply not called, and the
// mutations of that kind are not drawn either (mutate.cc), so new kinds plug
// in with one function here and their mutations there.
#include "generate.h"

namespace sdr {

namespace {

struct Gen {
  Rng& rng;
  Model& m;
  const Kinds& kinds;
  int size;
  bool on(const char* k) const { return kinds.count(k) > 0; }
};

void GenSchemas(Gen& g) {
  int n = g.rng.Below(3);
  for (int i = 0; i < n; ++i) {
    Schema s;
    s.id = g.m.NewId();
    s.name = "s" + std::to_string(s.id);
    g.m.schemas.push_back(s);
  }
}

int RandomSchema(Gen& g) { return g.rng.Percent(60) ? 0 : g.rng.Pick(g.m.schemas).id; }

void GenEnums(Gen& g) {
  int n = g.rng.Below(4);
  for (int i = 0; i < n; ++i) {
    Enum e;
    e.id = g.m.NewId();
    e.schema = RandomSchema(g);
    e.name = "e" + std::to_string(e.id);
    int values = g.rng.Range(1, 5);
    for (int v = 0; v < values; ++v) {
      std::string l = NewLabel(g.rng, g.m);
      e.values.push_back({l, l});
    }
    g.m.enums.push_back(e);
  }
}

void GenSequences(Gen& g) {
  int n = g.rng.Below(3);
  for (int i = 0; i < n; ++i) {
    Sequence s;
    s.id = g.m.NewId();
    s.schema = RandomSchema(g);
    s.name = "sq" + std::to_string(s.id);
    s.as = g.rng.Pick(std::vector<std::string>{"", "integer", "bigint"});
    s.start = g.rng.Range(1, 100);
    s.increment = g.rng.Range(1, 5);
    s.cache = g.rng.Percent(70) ? 1 : 10;
    s.cycle = g.rng.Percent(15);
    if (g.rng.Percent(20)) s.maxvalue = 1000000;
    g.m.sequences.push_back(s);
  }
}

// The key column: identity, serial, nextval of a sequence, uuid or a plain integer.
Column KeyColumn(Gen& g) {
  Column id;
  id.id = g.m.NewId();
  id.name = "id";
  id.not_null = true;
  id.spelling = g.rng.Below(6);
  int r = g.rng.Below(100);
  id.type.base = g.rng.Percent(50) ? Base::Int8 : Base::Int4;
  if (r < 35 && g.on("identity")) {
    id.identity = g.rng.Percent(70) ? "BY DEFAULT" : "ALWAYS";
    if (g.rng.Percent(30)) id.identity_start = g.rng.Range(2, 1000);
    if (g.rng.Percent(20)) id.identity_increment = g.rng.Range(2, 10);
  } else if (r < 55) {
    id.type.serial = true;
  } else if (r < 65 && !g.m.sequences.empty()) {
    id.def.seq = g.rng.Pick(g.m.sequences).id;
  } else if (r < 80) {
    id.type = Type{Base::Uuid};
    id.def.sql = "gen_random_uuid()";
  }
  return id;
}

void GenTables(Gen& g) {
  int n = g.rng.Range(std::max(1, g.size / 2), g.size);
  for (int i = 0; i < n; ++i) {
    Table t;
    t.id = g.m.NewId();
    t.schema = RandomSchema(g);
    t.name = "t" + std::to_string(t.id);
    t.old_name = t.name;
    t.columns.push_back(KeyColumn(g));
    if (g.rng.Percent(90)) {
      t.pk = {t.columns[0].id};
      t.pk_name = t.name + "_pkey";
    }
    int cols = g.rng.Range(1, 6);
    for (int c = 0; c < cols; ++c) t.columns.push_back(RandomColumn(g.rng, g.m, g.kinds));
    if (g.on("generated") && g.rng.Percent(20))
      if (auto gc = RandomGenerated(g.rng, g.m, t)) t.columns.push_back(*gc);
    for (auto& c : t.columns) c.old_name = c.name;
    g.m.tables.push_back(t);
  }
}

void GenChecks(Gen& g) {
  for (auto& t : g.m.tables) {
    int n = g.rng.Below(3);
    for (int i = 0; i < n; ++i)
      if (auto ck = RandomCheck(g.rng, g.m, t)) t.checks.push_back(*ck);
  }
}

void GenUniques(Gen& g) {
  for (auto& t : g.m.tables) {
    if (!g.rng.Percent(35)) continue;
    Unique u;
    for (const auto& c : t.columns)
      if (c.name != "id" && !c.type.array && c.type.base != Base::Jsonb && (u.cols.empty() || g.rng.Percent(20)))
        u.cols.push_back(c.id);
    if (u.cols.empty()) continue;
    u.id = g.m.NewId();
    u.name = "uq" + std::to_string(u.id);
    t.uniques.push_back(u);
  }
}

// Foreign keys to any table with a primary key: itself, a later one (cycles
// load because all foreign keys come after all tables), an earlier one.
void GenForeignKeys(Gen& g) {
  std::vector<int> targets;
  for (const auto& t : g.m.tables)
    if (!t.pk.empty()) targets.push_back(t.id);
  if (targets.empty()) return;
  for (auto& t : g.m.tables) {
    int n = g.rng.Below(3);
    for (int i = 0; i < n; ++i) {
      const Table* r = g.m.TableById(g.rng.Pick(targets));
      Column c;
      c.id = g.m.NewId();
      c.name = "c" + std::to_string(c.id);
      c.old_name = c.name;
      c.type = r->Col(r->pk[0])->type;
      c.type.serial = false;
      c.not_null = g.rng.Percent(30);
      ForeignKey f;
      f.id = g.m.NewId();
      f.name = "fk" + std::to_string(f.id);
      f.cols = {c.id};
      f.ref_table = r->id;
      f.on_delete = g.rng.Pick(std::vector<std::string>{"", "", "CASCADE", "SET NULL", "RESTRICT"});
      if (f.on_delete == "SET NULL") c.not_null = false;
      f.deferrable = g.rng.Percent(10);
      t.columns.push_back(c);
      t.fks.push_back(f);
    }
  }
}

void GenIndexes(Gen& g) {
  for (auto& t : g.m.tables) {
    int n = g.rng.Below(3);
    for (int i = 0; i < n; ++i)
      if (auto ix = RandomIndex(g.rng, g.m, t)) t.indexes.push_back(*ix);
  }
}

void GenViews(Gen& g) {
  for (const auto& t : g.m.tables)
    if (g.rng.Percent(30))
      if (auto v = RandomView(g.rng, g.m, t)) g.m.views.push_back(*v);
}

void GenComments(Gen& g) {
  auto maybe = [&](std::string& c) {
    if (g.rng.Percent(20)) c = RandomComment(g.rng);
  };
  for (auto& s : g.m.schemas) maybe(s.comment);
  for (auto& e : g.m.enums) maybe(e.comment);
  for (auto& s : g.m.sequences) maybe(s.comment);
  for (auto& t : g.m.tables) {
    maybe(t.comment);
    for (auto& c : t.checks) maybe(c.comment);
    for (auto& ix : t.indexes) maybe(ix.comment);
  }
  for (auto& v : g.m.views) maybe(v.comment);
}

struct KindGenerator {
  KindInfo info;
  void (*generate)(Gen&);  // nullptr: the kind only shapes other generators
};

const std::vector<KindGenerator>& Generators() {
  static const std::vector<KindGenerator> kGenerators = {
      {{"schema", true, "schemas besides public"}, GenSchemas},
      {{"enum", true, "enum types, enum and enum[] columns"}, GenEnums},
      {{"sequence", true, "sequences (options, nextval defaults)"}, GenSequences},
      {{"table", true, "tables and columns of many types with defaults, NOT NULL, serial (always on)"}, GenTables},
      {{"identity", true, "identity key columns"}, nullptr},
      {{"generated", true, "stored generated columns"}, nullptr},
      {{"check", true, "CHECK constraints"}, GenChecks},
      {{"unique", true, "UNIQUE constraints"}, GenUniques},
      {{"fk", true, "foreign keys, self-referencing and cyclic ones included"}, GenForeignKeys},
      {{"index", true, "indexes: plain, multi-column, unique, partial, expression, GIN"}, GenIndexes},
      {{"rename", true, "rename mutations with -- schemadiff:renamed-from"}, nullptr},
      {{"view", false, "views: SELECT of some columns of one table with a WHERE"}, GenViews},
      {{"comment", true, "comments on every object kind above"}, GenComments},
  };
  return kGenerators;
}

}  // namespace

const std::vector<KindInfo>& AllKinds() {
  static const std::vector<KindInfo> kInfos = [] {
    std::vector<KindInfo> out;
    for (const auto& k : Generators()) out.push_back(k.info);
    return out;
  }();
  return kInfos;
}

Model GenerateSchema(Rng& rng, int size, const Kinds& kinds) {
  Model m;
  m.schemas.push_back({0, "public", ""});
  Gen g{rng, m, kinds, size};
  for (const auto& k : Generators())
    if (k.generate && (g.on(k.info.name) || std::string(k.info.name) == "table")) k.generate(g);
  return m;
}

}  // namespace sdr
