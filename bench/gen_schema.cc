// gen_schema: deterministic generator of large PostgreSQL 15 schemas for the
// schemadiff benchmark, and a mutated copy of each.
//
//   gen_schema [--seed S] [--change-percent P] [--no-partitions] TABLES OLD.sql NEW.sql
//
// OLD.sql holds TABLES tables (partitions count as tables) spread over a few
// schemas, with realistic columns (identity / bigserial / uuid keys, enums,
// jsonb, arrays, numerics, timestamps), defaults, NOT NULL, CHECK, UNIQUE,
// foreign keys (inline and pg_dump-style ALTER TABLE ONLY ... ADD CONSTRAINT),
// btree / partial / expression / GIN indexes, comments, sequences, enum
// types, RANGE and LIST partitioned tables with their partitions, views and
// materialized views, SQL and PL/pgSQL functions, and triggers.
//
// NEW.sql is OLD after a mutation touching about P percent of the objects
// (default 3): tables altered (columns added, dropped, widened, defaults and
// NOT NULL changed, indexes and checks added and dropped, foreign-key actions
// changed, comments), about P/3 percent of tables added and dropped, views
// changed, added and dropped, function bodies changed, enum values added,
// partitions added.
//
// --no-partitions leaves out partitioned tables (apgdiff 2.7 cannot parse
// PARTITION OF; useful to time it on a comparable schema).
//
// The output is a pure function of the arguments: the PRNG is splitmix64 with
// integer-only arithmetic, so the files are byte-identical on every platform
// for a seed. Object counts of both files and the mutation go to stdout.
//
// Build standalone: g++ -std=c++20 -O2 -o gen_schema bench/gen_schema.cc
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <set>
#include <string>
#include <vector>

namespace {

// ---------------------------------------------------------------- PRNG

struct Rng {
  uint64_t state;
  explicit Rng(uint64_t seed) : state(seed) {}
  uint64_t Next() {  // splitmix64
    uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n); the modulo bias is negligible for the small n used here.
  int Below(int n) { return n <= 1 ? 0 : static_cast<int>(Next() % static_cast<uint64_t>(n)); }
  int Range(int lo, int hi) { return lo + Below(hi - lo + 1); }  // inclusive
  bool Percent(int p) { return Below(100) < p; }
  bool PerMille(int p) { return Below(1000) < p; }
  template <class T>
  const T& Pick(const std::vector<T>& v) { return v[Below(static_cast<int>(v.size()))]; }
};

// ---------------------------------------------------------------- vocabulary

const std::vector<std::string> kSchemaNames = {"public",    "billing", "crm",   "inventory", "analytics",
                                               "auth",      "catalog", "support", "shipping", "marketing",
                                               "finance",   "hr"};
const std::vector<std::string> kPrefixes = {
    "customer", "order",    "invoice", "product", "account", "user",     "payment", "shipment", "vendor",
    "contract", "ticket",   "project", "team",    "asset",   "campaign", "lead",    "store",    "warehouse",
    "employee", "document", "plan",    "device",  "session", "report",   "coupon",  "tax",      "ledger"};
const std::vector<std::string> kNouns = {
    "items",    "events",  "notes",     "settings", "logs",      "links",     "versions", "attachments",
    "comments", "tags",    "approvals", "limits",   "snapshots", "mappings",  "rules",    "schedules",
    "balances", "entries", "requests",  "records",  "members",   "addresses", "batches",  "exports"};
const std::vector<std::string> kEnumBases = {"status", "state", "kind", "priority", "channel", "tier", "phase", "level"};
const std::vector<std::string> kEnumWords = {"pending",  "active",   "suspended", "archived", "draft",
                                             "approved", "rejected", "failed",    "completed", "cancelled",
                                             "queued",   "running",  "expired",   "blocked",  "unknown"};

// A column kind: name, type, default, NOT NULL chance, optional CHECK ($ = column).
struct ColumnKind {
  const char* name;
  const char* type;
  const char* default_expr;  // "" for none
  int not_null_percent;
  const char* check;  // "" for none; "$" is replaced by the column name
  int varchar_len;    // > 0: type is varchar(varchar_len), widened by mutation
  bool is_int;        // integer, widened to bigint by mutation
};

const std::vector<ColumnKind> kColumnKinds = {
    {"name", "", "", 90, "", 200, false},
    {"title", "", "", 70, "", 255, false},
    {"description", "text", "", 0, "", 0, false},
    {"email", "", "", 60, "position('@' in $) > 1", 320, false},
    {"amount_cents", "bigint", "0", 90, "$ >= 0", 0, false},
    {"currency", "character(3)", "'EUR'::bpchar", 90, "$ ~ '^[A-Z]{3}$'::text", 0, false},
    {"quantity", "integer", "1", 90, "$ > 0", 0, true},
    {"unit_price", "numeric(12,2)", "", 40, "$ >= (0)::numeric", 0, false},
    {"discount_rate", "numeric(5,4)", "0", 60, "$ >= (0)::numeric AND $ <= (1)::numeric", 0, false},
    {"position", "integer", "0", 90, "", 0, true},
    {"is_active", "boolean", "true", 95, "", 0, false},
    {"is_archived", "boolean", "false", 95, "", 0, false},
    {"metadata", "jsonb", "'{}'::jsonb", 90, "", 0, false},
    {"settings", "jsonb", "", 0, "", 0, false},
    {"tags", "text[]", "'{}'::text[]", 80, "", 0, false},
    {"external_id", "", "", 20, "", 64, false},
    {"code", "", "", 80, "char_length(($)::text) >= 2", 32, false},
    {"slug", "", "", 70, "", 120, false},
    {"notes", "text", "", 0, "", 0, false},
    {"ip_address", "inet", "", 0, "", 0, false},
    {"country_code", "character(2)", "", 30, "", 0, false},
    {"locale", "", "'en'::character varying", 80, "", 10, false},
    {"time_zone", "", "'UTC'::character varying", 80, "", 64, false},
    {"started_at", "timestamp with time zone", "", 0, "", 0, false},
    {"ended_at", "timestamp with time zone", "", 0, "", 0, false},
    {"expires_at", "timestamp with time zone", "", 0, "", 0, false},
    {"due_date", "date", "", 20, "", 0, false},
    {"birth_date", "date", "", 0, "", 0, false},
    {"weight_grams", "integer", "", 0, "$ >= 0", 0, true},
    {"score", "double precision", "", 0, "", 0, false},
    {"rating", "smallint", "", 0, "$ >= 1 AND $ <= 5", 0, false},
    {"version", "integer", "1", 95, "", 0, true},
    {"payload", "bytea", "", 0, "", 0, false},
    {"checksum", "", "", 0, "", 64, false},
    {"phone", "", "", 0, "", 32, false},
    {"url", "text", "", 0, "", 0, false},
    {"counter", "bigint", "0", 90, "", 0, false},
    {"public_id", "uuid", "gen_random_uuid()", 95, "", 0, false},
    {"duration", "interval", "", 0, "", 0, false},
    {"priority", "smallint", "0", 80, "", 0, false},
    {"color", "", "'#000000'::character varying", 50, "", 7, false},
    {"last_seen_at", "timestamp with time zone", "", 0, "", 0, false},
    {"lock_version", "integer", "0", 95, "", 0, true},
    {"retries", "integer", "0", 90, "$ >= 0", 0, true},
    {"source", "text", "'api'::text", 60, "", 0, false},
    {"body", "text", "", 30, "", 0, false},
    {"ratio", "real", "", 0, "", 0, false},
};

// ---------------------------------------------------------------- model

struct Column {
  std::string name;
  std::string type;  // ignored when varchar_len > 0
  int varchar_len = 0;
  bool is_int = false;
  std::string default_expr;
  std::string identity;  // "" or "BY DEFAULT" / "ALWAYS"
  bool not_null = false;
  int pins = 0;  // used by a key, index, check, view, function, trigger or partition key
  std::string comment;
  std::string Type() const {
    return varchar_len > 0 ? "character varying(" + std::to_string(varchar_len) + ")" : type;
  }
};

struct Check {
  std::string name, expr, column;
};
struct Unique {
  std::string name, column;
};
struct ForeignKey {
  std::string name, column;
  int ref = -1;  // table index
  std::string on_delete;  // "" or CASCADE / SET NULL / RESTRICT
  bool inline_ = true;    // false: pg_dump-style ALTER TABLE ONLY ... ADD CONSTRAINT at the end
};
struct Index {
  std::string name;
  bool unique = false;
  std::string method = "btree";
  std::string keys;   // rendered key list
  std::string where;  // partial predicate, "" for none
  std::vector<std::string> columns;  // columns it pins
};

struct Table {
  int schema = 0;
  std::string name;
  std::vector<Column> columns;
  std::vector<std::string> primary_key;
  std::string pk_name;
  std::string pk_type;  // type of "id" for referencing columns
  std::vector<Unique> uniques;
  std::vector<Check> checks;
  std::vector<ForeignKey> fks;
  std::vector<Index> indexes;
  std::string comment;
  bool updated_at_trigger = false;
  bool audit_trigger = false;
  // partitioning
  std::string partition_by;   // parent: "RANGE (occurred_at)" / "LIST (region)"
  int parent = -1;            // partition: index of its parent
  std::string bound;          // partition: "FOR VALUES ..." / "DEFAULT"
  int range_months = 0;       // parent: number of monthly range partitions so far
  std::vector<std::string> list_values;  // parent (LIST): values used so far
  bool has_default_partition = false;
  bool dropped = false;
  int referenced_by = 0;

  Column* Find(const std::string& n) {
    for (auto& c : columns)
      if (c.name == n) return &c;
    return nullptr;
  }
  bool Has(const std::string& n) const {
    for (const auto& c : columns)
      if (c.name == n) return true;
    return false;
  }
  bool regular() const { return parent < 0 && partition_by.empty(); }
};

struct View {
  int schema = 0;
  std::string name;
  int table = -1;
  int join = -1;  // joined table, through the foreign key column join_column
  std::string join_column;
  std::vector<std::string> columns;       // of table
  std::vector<std::string> join_columns;  // of join
  bool active_only = false;               // WHERE t.deleted_at IS NULL
  bool materialized = false;
  bool dropped = false;
};

struct Function {
  int schema = 0;
  std::string name;
  int kind = 0;  // 0 count_since (sql), 1 archive (plpgsql), 2 total (sql)
  int table = -1;
  int variant = 0;
  bool dropped = false;
};

struct Enum {
  int schema = 0;
  std::string name;
  std::vector<std::string> values;
};

struct Sequence {
  int schema = 0;
  std::string name;
  int start = 1;
  int increment = 1;
};

struct Model {
  std::vector<std::string> schemas;
  std::vector<std::set<std::string>> relation_names;  // per schema: tables, views, indexes, sequences, types
  std::vector<Enum> enums;
  std::vector<Sequence> sequences;
  std::vector<Table> tables;
  std::vector<View> views;
  std::vector<Function> functions;
  int next_table_number = 0;

  std::string Qualified(int schema, const std::string& name) const { return schemas[schema] + "." + name; }
  std::string QTable(int t) const { return Qualified(tables[t].schema, tables[t].name); }

  // A relation name unique in its schema: base_suffix, the base cut so the
  // whole fits PostgreSQL's 63 bytes, numbered on collision.
  std::string NewName(int schema, const std::string& base, const std::string& suffix) {
    for (int n = 1;; ++n) {
      std::string tail = suffix.empty() ? "" : "_" + suffix;
      if (n > 1) tail += std::to_string(n);
      std::string head = base.substr(0, std::min(base.size(), 63 - tail.size()));
      std::string name = head + tail;
      if (relation_names[schema].insert(name).second) return name;
    }
  }
};

// ---------------------------------------------------------------- generation

class Generator {
 public:
  Generator(Model* m, Rng* rng) : m_(*m), rng_(*rng) {}

  void Schemas(int tables) {
    int count = std::clamp(2 + tables / 5000, 1, static_cast<int>(kSchemaNames.size()));
    for (int i = 0; i < count; ++i) {
      m_.schemas.push_back(kSchemaNames[i]);
      m_.relation_names.emplace_back();
    }
    // Enums: a few per schema, more for bigger schemas.
    for (int s = 0; s < count; ++s) {
      int enums = std::max(3, tables / count / 25);
      for (int e = 0; e < enums; ++e) {
        Enum en;
        en.schema = s;
        en.name = m_.NewName(s, rng_.Pick(kPrefixes) + "_" + rng_.Pick(kEnumBases), "t");
        int values = rng_.Range(3, 8);
        std::vector<std::string> pool = kEnumWords;
        for (int v = 0; v < values; ++v) {
          int i = rng_.Below(static_cast<int>(pool.size()));
          en.values.push_back(pool[i]);
          pool.erase(pool.begin() + i);
        }
        m_.enums.push_back(en);
      }
      // One standalone sequence per schema for document numbers.
      Sequence seq;
      seq.schema = s;
      seq.name = m_.NewName(s, "document_number", "seq");
      seq.start = 1000 * (s + 1);
      m_.sequences.push_back(seq);
    }
  }

  // Adds tables until `count` more tables (partitions included) exist.
  void Tables(int count, bool allow_partitioned) {
    int made = 0;
    while (made < count) {
      int left = count - made;
      if (allow_partitioned && left >= 6 && m_.tables.size() > 10 && rng_.PerMille(15)) {
        made += PartitionedTable(std::min(left, rng_.Range(4, 12)));
      } else {
        RegularTable();
        ++made;
      }
    }
  }

  void RegularTable() {
    Table t;
    t.schema = rng_.Below(static_cast<int>(m_.schemas.size()));
    int number = m_.next_table_number++;
    t.name = m_.NewName(t.schema, rng_.Pick(kPrefixes) + "_" + rng_.Pick(kNouns) + "_" + std::to_string(number), "");
    m_.relation_names[t.schema].insert(t.name + "_id_seq");
    int index = static_cast<int>(m_.tables.size());

    // Key.
    Column id;
    id.name = "id";
    id.not_null = true;
    id.pins = 1;
    int key = rng_.Below(100);
    if (key < 60) {
      id.type = "bigint";
      id.identity = rng_.Percent(80) ? "BY DEFAULT" : "ALWAYS";
      t.pk_type = "bigint";
    } else if (key < 85) {
      id.type = "bigint";
      id.default_expr = "nextval('" + m_.Qualified(t.schema, t.name + "_id_seq") + "'::regclass)";
      t.pk_type = "bigint";
    } else {
      id.type = "uuid";
      id.default_expr = "gen_random_uuid()";
      t.pk_type = "uuid";
    }
    t.columns.push_back(id);
    t.primary_key = {"id"};
    t.pk_name = m_.NewName(t.schema, t.name, "pkey");

    // Foreign keys to earlier regular tables.
    int fks = index < 3 ? 0 : std::vector<int>{0, 0, 0, 1, 1, 1, 1, 2, 2, 3}[rng_.Below(10)];
    for (int f = 0; f < fks; ++f) {
      int ref = RandomRegularTable(index);
      if (ref < 0) break;
      std::string col = m_.tables[ref].name + "_id";
      if (t.Has(col)) continue;
      AddForeignKey(&t, ref, col, rng_.Percent(60));
    }

    // Payload columns.
    int payload = rng_.Range(3, 14);
    for (int c = 0; c < payload; ++c) AddPayloadColumn(&t);
    if (rng_.Percent(35)) AddEnumColumn(&t);
    if (rng_.Percent(3)) {
      Column doc;
      doc.name = "document_number";
      doc.type = "bigint";
      const Sequence& seq = m_.sequences[t.schema];
      doc.default_expr = "nextval('" + m_.Qualified(seq.schema, seq.name) + "'::regclass)";
      doc.not_null = true;
      t.columns.push_back(doc);
    }

    // Timestamps.
    if (rng_.Percent(90)) t.columns.push_back(Timestamp("created_at", true));
    if (rng_.Percent(70)) {
      t.columns.push_back(Timestamp("updated_at", true));
      if (rng_.Percent(60)) {
        t.updated_at_trigger = true;
        t.Find("updated_at")->pins++;
      }
    }
    if (rng_.Percent(20)) t.columns.push_back(Timestamp("deleted_at", false));
    if (rng_.Percent(4)) t.audit_trigger = true;

    // Unique keys.
    for (const char* u : {"email", "slug", "code", "public_id", "external_id"}) {
      Column* c = t.Find(u);
      if (!c || !rng_.Percent(45)) continue;
      if (std::string(u) == "email" && rng_.Percent(50)) {
        Index ix;
        ix.name = m_.NewName(t.schema, t.name + "_lower_email", "key");
        ix.unique = true;
        ix.keys = "lower((email)::text)";
        ix.columns = {"email"};
        if (t.Has("deleted_at")) {
          ix.where = "(deleted_at IS NULL)";
          ix.columns.push_back("deleted_at");
        }
        AddIndex(&t, ix);
      } else {
        Unique uq;
        uq.name = m_.NewName(t.schema, t.name + "_" + u, "key");
        uq.column = u;
        c->pins++;
        t.uniques.push_back(uq);
      }
    }

    // Checks from the column kinds, and a range check.
    for (auto& c : t.columns) {
      const ColumnKind* k = KindOf(c.name);
      if (!k || !*k->check || !rng_.Percent(50)) continue;
      AddCheck(&t, c.name, Substitute(k->check, c.name));
    }
    if (t.Has("started_at") && t.Has("ended_at") && rng_.Percent(60)) {
      Check ck;
      ck.name = t.name.substr(0, 40) + "_period_check";
      ck.expr = "(ended_at IS NULL) OR (ended_at > started_at)";
      ck.column = "ended_at";
      t.Find("started_at")->pins++;
      t.Find("ended_at")->pins++;
      t.checks.push_back(ck);
    }

    // Indexes.
    for (const auto& fk : t.fks) {
      if (!rng_.Percent(80)) continue;
      Index ix;
      ix.name = m_.NewName(t.schema, t.name + "_" + fk.column, "idx");
      ix.keys = fk.column;
      ix.columns = {fk.column};
      if (t.Has("created_at") && rng_.Percent(25)) {
        ix.keys += ", created_at DESC";
        ix.columns.push_back("created_at");
      }
      AddIndex(&t, ix);
    }
    if (t.fks.size() >= 2 && rng_.Percent(30)) {
      Index ix;
      ix.name = m_.NewName(t.schema, t.name + "_pair", "key");
      ix.unique = true;
      ix.keys = t.fks[0].column + ", " + t.fks[1].column;
      ix.columns = {t.fks[0].column, t.fks[1].column};
      AddIndex(&t, ix);
    }
    if (t.Has("created_at") && rng_.Percent(30)) AddSimpleIndex(&t, "created_at");
    if (Column* st = t.Find("status"); st && rng_.Percent(40)) {
      Index ix;
      ix.name = m_.NewName(t.schema, t.name + "_status", "idx");
      ix.keys = "status";
      ix.columns = {"status"};
      if (t.Has("deleted_at") && rng_.Percent(50)) {
        ix.where = "(deleted_at IS NULL)";
        ix.columns.push_back("deleted_at");
      }
      AddIndex(&t, ix);
    }
    if (t.Has("metadata") && rng_.Percent(30)) {
      Index ix;
      ix.name = m_.NewName(t.schema, t.name + "_metadata", "idx");
      ix.method = "gin";
      ix.keys = "metadata";
      ix.columns = {"metadata"};
      AddIndex(&t, ix);
    }
    if (t.Has("tags") && rng_.Percent(20)) {
      Index ix;
      ix.name = m_.NewName(t.schema, t.name + "_tags", "idx");
      ix.method = "gin";
      ix.keys = "tags";
      ix.columns = {"tags"};
      AddIndex(&t, ix);
    }
    if (t.Has("name") && rng_.Percent(15)) {
      Index ix;
      ix.name = m_.NewName(t.schema, t.name + "_lower_name", "idx");
      ix.keys = "lower((name)::text)";
      ix.columns = {"name"};
      AddIndex(&t, ix);
    }

    if (rng_.Percent(20)) t.comment = "Stores " + t.name + " (generated).";
    if (rng_.Percent(8) && t.columns.size() > 1) {
      Column& c = t.columns[1 + rng_.Below(static_cast<int>(t.columns.size()) - 1)];
      c.comment = "The " + c.name + " of the row.";
    }
    m_.tables.push_back(std::move(t));
  }

  // A RANGE (monthly) or LIST partitioned table and `count - 1` partitions.
  int PartitionedTable(int count) {
    Table t;
    t.schema = rng_.Below(static_cast<int>(m_.schemas.size()));
    int number = m_.next_table_number++;
    t.name = m_.NewName(t.schema, rng_.Pick(kPrefixes) + "_events_" + std::to_string(number), "");
    m_.relation_names[t.schema].insert(t.name + "_id_seq");
    bool range = rng_.Percent(70);
    Column id;
    id.name = "id";
    id.type = "bigint";
    id.identity = "BY DEFAULT";
    id.not_null = true;
    id.pins = 1;
    t.columns.push_back(id);
    t.pk_type = "bigint";
    std::string key = range ? "occurred_at" : "region";
    if (range) {
      Column at = Timestamp("occurred_at", true);
      at.default_expr = "";
      at.pins = 1;
      t.columns.push_back(at);
    } else {
      Column region;
      region.name = "region";
      region.type = "text";
      region.not_null = true;
      region.pins = 1;
      t.columns.push_back(region);
    }
    int index = static_cast<int>(m_.tables.size());
    int ref = RandomRegularTable(index);
    if (ref >= 0) AddForeignKey(&t, ref, m_.tables[ref].name + "_id", true);
    for (auto& fk : t.fks) fk.inline_ = true;  // no ALTER TABLE ONLY on partitioned tables
    Column kind;
    kind.name = "event_type";
    kind.type = "text";
    kind.not_null = true;
    t.columns.push_back(kind);
    Column payload;
    payload.name = "payload";
    payload.type = "jsonb";
    payload.default_expr = "'{}'::jsonb";
    payload.not_null = true;
    t.columns.push_back(payload);
    if (!range) t.columns.push_back(Timestamp("occurred_at", true));
    t.primary_key = {"id", key};
    t.pk_name = m_.NewName(t.schema, t.name, "pkey");
    t.partition_by = range ? "RANGE (occurred_at)" : "LIST (region)";
    if (!t.fks.empty()) {
      Index ix;
      ix.name = m_.NewName(t.schema, t.name + "_" + t.fks[0].column, "idx");
      ix.keys = t.fks[0].column + (range ? ", occurred_at" : "");
      ix.columns = {t.fks[0].column};
      AddIndex(&t, ix);
    }
    AddSimpleIndex(&t, "event_type");
    m_.tables.push_back(std::move(t));
    int parent = index;
    int partitions = count - 1;
    if (partitions >= 2 && rng_.Percent(50)) {
      AddPartition(parent, /*default_partition=*/true);
      --partitions;
    }
    for (int p = 0; p < partitions; ++p) AddPartition(parent, false);
    return count;
  }

  void AddPartition(int parent, bool default_partition) {
    Table& par = m_.tables[parent];
    Table p;
    p.schema = par.schema;
    p.parent = parent;
    std::string suffix;
    if (default_partition) {
      suffix = "default";
      p.bound = "DEFAULT";
      par.has_default_partition = true;
    } else if (par.partition_by.rfind("RANGE", 0) == 0) {
      int m = par.range_months++;
      int year = 2024 + m / 12, month = m % 12 + 1;
      int next_year = 2024 + (m + 1) / 12, next_month = (m + 1) % 12 + 1;
      char buf[96];
      std::snprintf(buf, sizeof buf, "p%04d_%02d", year, month);
      suffix = buf;
      std::snprintf(buf, sizeof buf, "FOR VALUES FROM ('%04d-%02d-01 00:00:00+00') TO ('%04d-%02d-01 00:00:00+00')", year,
                    month, next_year, next_month);
      p.bound = buf;
    } else {
      static const std::vector<std::string> kRegions = {"eu", "us", "apac", "latam", "mea", "ca", "uk", "de",
                                                        "fr", "jp", "in",   "br",    "au",  "kr", "za", "mx"};
      std::string value;
      for (const auto& r : kRegions)
        if (std::find(par.list_values.begin(), par.list_values.end(), r) == par.list_values.end()) {
          value = r;
          break;
        }
      if (value.empty()) value = "r" + std::to_string(par.list_values.size());
      par.list_values.push_back(value);
      suffix = value;
      p.bound = "FOR VALUES IN ('" + value + "')";
    }
    p.name = m_.NewName(p.schema, par.name, suffix);
    m_.tables.push_back(std::move(p));
  }

  void Views(int from_table) {
    for (int t = from_table; t < static_cast<int>(m_.tables.size()); ++t) {
      if (!m_.tables[t].regular() || m_.tables[t].dropped || !rng_.Percent(12)) continue;
      AddView(t);
    }
  }

  void AddView(int t) {
    Table& tab = m_.tables[t];
    View v;
    v.schema = tab.schema;
    v.table = t;
    v.materialized = rng_.Percent(10);
    v.name = m_.NewName(tab.schema, tab.name, v.materialized ? "mv" : "v");
    v.columns.push_back("id");
    for (const auto& c : tab.columns)
      if (c.name != "id" && rng_.Percent(40)) v.columns.push_back(c.name);
    if (tab.Has("deleted_at") && rng_.Percent(70)) v.active_only = true;
    if (!tab.fks.empty() && rng_.Percent(50)) {
      const ForeignKey& fk = tab.fks[rng_.Below(static_cast<int>(tab.fks.size()))];
      Table& ref = m_.tables[fk.ref];
      if (!ref.dropped) {
        v.join = fk.ref;
        v.join_column = fk.column;
        for (const auto& c : ref.columns)
          if (c.name != "id" && rng_.Percent(30) && v.join_columns.size() < 3) v.join_columns.push_back(c.name);
      }
    }
    PinView(v, +1);
    m_.views.push_back(v);
  }

  void PinView(const View& v, int delta) {
    Table& tab = m_.tables[v.table];
    for (const auto& c : v.columns) tab.Find(c)->pins += delta;
    if (v.active_only) tab.Find("deleted_at")->pins += delta;
    if (v.join >= 0) {
      tab.Find(v.join_column)->pins += delta;
      m_.tables[v.join].referenced_by += delta;  // keeps the joined table from being dropped
      for (const auto& c : v.join_columns) m_.tables[v.join].Find(c)->pins += delta;
    }
  }

  void Functions(int from_table) {
    for (int t = from_table; t < static_cast<int>(m_.tables.size()); ++t) {
      Table& tab = m_.tables[t];
      if (!tab.regular() || tab.dropped) continue;
      if (tab.Has("created_at") && rng_.Percent(5)) AddFunction(t, 0);
      if (tab.Has("deleted_at") && tab.pk_type == "bigint" && rng_.Percent(15)) AddFunction(t, 1);
      if (tab.Has("amount_cents") && rng_.Percent(20)) AddFunction(t, 2);
    }
  }

  void AddFunction(int t, int kind) {
    Table& tab = m_.tables[t];
    Function f;
    f.schema = tab.schema;
    f.table = t;
    f.kind = kind;
    static const char* kSuffix[] = {"count_since", "archive", "total_cents"};
    f.name = tab.name + "_" + kSuffix[kind];
    static const char* kColumn[] = {"created_at", "deleted_at", "amount_cents"};
    tab.Find(kColumn[kind])->pins++;
    m_.functions.push_back(f);
  }

  // ---- helpers

  int RandomRegularTable(int below) {
    for (int attempt = 0; attempt < 8; ++attempt) {
      int r = rng_.Below(below);
      if (m_.tables[r].regular() && !m_.tables[r].dropped) return r;
    }
    return -1;
  }

  void AddForeignKey(Table* t, int ref, const std::string& col, bool not_null) {
    Column c;
    c.name = col;
    c.type = m_.tables[ref].pk_type;
    c.not_null = not_null;
    c.pins = 1;
    t->columns.push_back(c);
    ForeignKey fk;
    fk.name = t->name.substr(0, std::min<size_t>(t->name.size(), 58 - std::min<size_t>(col.size(), 28))) + "_" +
              col.substr(0, 28) + "_fkey";
    fk.column = col;
    fk.ref = ref;
    int action = rng_.Below(10);
    if (action < 3) fk.on_delete = "CASCADE";
    else if (action < 5 && !not_null) fk.on_delete = "SET NULL";
    else if (action < 6) fk.on_delete = "RESTRICT";
    fk.inline_ = rng_.Percent(50);
    t->fks.push_back(fk);
    m_.tables[ref].referenced_by++;
  }

  void AddPayloadColumn(Table* t) {
    for (int attempt = 0; attempt < 6; ++attempt) {
      const ColumnKind& k = rng_.Pick(kColumnKinds);
      if (t->Has(k.name)) continue;
      t->columns.push_back(FromKind(k));
      return;
    }
  }

  Column FromKind(const ColumnKind& k) {
    Column c;
    c.name = k.name;
    c.type = k.type;
    c.varchar_len = k.varchar_len;
    c.is_int = k.is_int;
    c.default_expr = k.default_expr;
    c.not_null = rng_.Percent(k.not_null_percent);
    return c;
  }

  void AddEnumColumn(Table* t) {
    std::vector<int> candidates;
    for (int e = 0; e < static_cast<int>(m_.enums.size()); ++e)
      if (m_.enums[e].schema == t->schema || m_.enums[e].schema == 0) candidates.push_back(e);
    const Enum& en = m_.enums[rng_.Pick(candidates)];
    Column c;
    c.name = "status";
    if (t->Has(c.name)) return;
    c.type = m_.Qualified(en.schema, en.name);
    c.default_expr = "'" + en.values[0] + "'::" + c.type;
    c.not_null = rng_.Percent(85);
    t->columns.push_back(c);
  }

  Column Timestamp(const std::string& name, bool not_null) {
    Column c;
    c.name = name;
    c.type = "timestamp with time zone";
    if (not_null) c.default_expr = "now()";
    c.not_null = not_null;
    return c;
  }

  static const ColumnKind* KindOf(const std::string& name) {
    for (const auto& k : kColumnKinds)
      if (name == k.name) return &k;
    return nullptr;
  }

  static std::string Substitute(const std::string& pattern, const std::string& column) {
    std::string out;
    for (char ch : pattern) {
      if (ch == '$') out += column;
      else out += ch;
    }
    return out;
  }

  void AddCheck(Table* t, const std::string& column, const std::string& expr) {
    Check ck;
    ck.name = t->name.substr(0, 40) + "_" + column.substr(0, 16) + "_check";
    for (const auto& other : t->checks)
      if (other.name == ck.name) return;
    ck.expr = expr;
    ck.column = column;
    t->Find(column)->pins++;
    t->checks.push_back(ck);
  }

  void AddIndex(Table* t, const Index& ix) {
    for (const auto& c : ix.columns) t->Find(c)->pins++;
    t->indexes.push_back(ix);
  }

  void AddSimpleIndex(Table* t, const std::string& column) {
    Index ix;
    ix.name = m_.NewName(t->schema, t->name + "_" + column, "idx");
    ix.keys = column;
    ix.columns = {column};
    AddIndex(t, ix);
  }

 private:
  Model& m_;
  Rng& rng_;
};

// ---------------------------------------------------------------- mutation

struct MutationStats {
  int tables_altered = 0, tables_added = 0, tables_dropped = 0, columns_added = 0, columns_dropped = 0,
      types_changed = 0, defaults_changed = 0, nullability_changed = 0, indexes_added = 0, indexes_dropped = 0,
      checks_added = 0, checks_dropped = 0, fks_changed = 0, comments_changed = 0, views_changed = 0,
      views_added = 0, views_dropped = 0, functions_changed = 0, enums_changed = 0, partitions_added = 0;
};

class Mutator {
 public:
  Mutator(Model* m, Rng* rng, int percent) : m_(*m), rng_(*rng), gen_(m, rng), percent_(percent) {}

  MutationStats Run() {
    int alter_pm = 10 * percent_;   // per mille of tables altered
    int churn_pm = alter_pm / 3;    // per mille added and dropped
    int original = static_cast<int>(m_.tables.size());

    // Tables: drop unreferenced ones (with their views and functions), alter others.
    for (int t = 0; t < original; ++t) {
      Table& tab = m_.tables[t];
      if (tab.parent >= 0) continue;
      if (!tab.partition_by.empty()) {
        if (rng_.PerMille(alter_pm * 2)) {
          gen_.AddPartition(t, false);
          stats_.partitions_added++;
        }
        continue;
      }
      int r = rng_.Below(1000);
      if (r < churn_pm && tab.referenced_by == 0) {
        DropTable(t);
      } else if (r < churn_pm + alter_pm) {
        AlterTable(t);
      }
    }

    // New tables at the end, referencing existing ones; their views and functions.
    int add = std::max(1, original * churn_pm / 1000);
    int before = static_cast<int>(m_.tables.size());
    gen_.Tables(add, false);
    stats_.tables_added = static_cast<int>(m_.tables.size()) - before;
    int views_before = static_cast<int>(m_.views.size());
    gen_.Views(before);
    gen_.Functions(before);
    stats_.views_added += static_cast<int>(m_.views.size()) - views_before;

    // Views: change, drop, add.
    int views = views_before;
    for (int v = 0; v < views; ++v) {
      if (m_.views[v].dropped) continue;
      int r = rng_.Below(1000);
      if (r < churn_pm) {
        gen_.PinView(m_.views[v], -1);
        m_.views[v].dropped = true;
        stats_.views_dropped++;
      } else if (r < churn_pm + alter_pm * 2 / 3) {
        ChangeView(v);
      }
    }
    int view_adds = std::max(1, views * churn_pm / 1000);
    for (int i = 0; i < view_adds; ++i) {
      int t = gen_.RandomRegularTable(original);
      if (t < 0) continue;
      gen_.AddView(t);
      stats_.views_added++;
    }

    // Function bodies.
    for (auto& f : m_.functions) {
      if (!f.dropped && rng_.PerMille(alter_pm * 2 / 3)) {
        f.variant = (f.variant + 1) % 2;
        stats_.functions_changed++;
      }
    }

    // Enum values: added at the end or before an existing value.
    for (auto& e : m_.enums) {
      if (!rng_.PerMille(alter_pm)) continue;
      std::string value;
      for (const auto& w : kEnumWords)
        if (std::find(e.values.begin(), e.values.end(), w) == e.values.end()) {
          value = w;
          break;
        }
      if (value.empty()) value = "value_" + std::to_string(e.values.size());
      if (rng_.Percent(50)) e.values.push_back(value);
      else e.values.insert(e.values.begin() + 1 + rng_.Below(static_cast<int>(e.values.size())), value);
      stats_.enums_changed++;
    }
    return stats_;
  }

 private:
  void DropTable(int t) {
    Table& tab = m_.tables[t];
    for (auto& v : m_.views)
      if (!v.dropped && v.table == t) {
        gen_.PinView(v, -1);
        v.dropped = true;
        stats_.views_dropped++;
      }
    for (auto& f : m_.functions)
      if (f.table == t) f.dropped = true;
    for (const auto& fk : tab.fks) m_.tables[fk.ref].referenced_by--;
    tab.dropped = true;
    stats_.tables_dropped++;
  }

  Column* UnpinnedColumn(Table& tab) {
    std::vector<Column*> free;
    for (auto& c : tab.columns)
      if (c.pins == 0) free.push_back(&c);
    return free.empty() ? nullptr : free[rng_.Below(static_cast<int>(free.size()))];
  }

  void AlterTable(int t) {
    Table& tab = m_.tables[t];
    stats_.tables_altered++;
    int ops = rng_.Range(1, 3);
    for (int op = 0; op < ops; ++op) {
      switch (rng_.Below(11)) {
        case 0:
        case 1: {  // add a column
          size_t before = tab.columns.size();
          gen_.AddPayloadColumn(&tab);
          if (tab.columns.size() > before) {
            Column& c = tab.columns.back();
            if (c.not_null && c.default_expr.empty()) c.not_null = false;  // as a real migration would
            stats_.columns_added++;
          }
          break;
        }
        case 2: {  // drop a column
          if (Column* c = UnpinnedColumn(tab)) {
            std::string name = c->name;
            tab.columns.erase(std::find_if(tab.columns.begin(), tab.columns.end(),
                                           [&](const Column& x) { return x.name == name; }));
            stats_.columns_dropped++;
          }
          break;
        }
        case 3: {  // widen a type
          for (auto& c : tab.columns) {
            if (c.pins) continue;
            if (c.varchar_len > 0) {
              c.varchar_len *= 2;
            } else if (c.is_int) {
              c.type = "bigint";
              c.is_int = false;
            } else {
              continue;
            }
            stats_.types_changed++;
            break;
          }
          break;
        }
        case 4: {  // default
          if (Column* c = UnpinnedColumn(tab)) {
            if (!c->default_expr.empty()) {
              c->default_expr.clear();
              c->not_null = false;
            } else if (c->type == "boolean") {
              c->default_expr = "false";
            } else if (c->type == "integer" || c->type == "bigint" || c->type == "smallint") {
              c->default_expr = "0";
            } else if (c->type == "text") {
              c->default_expr = "''::text";
            } else {
              break;
            }
            stats_.defaults_changed++;
          }
          break;
        }
        case 5: {  // NOT NULL
          if (Column* c = UnpinnedColumn(tab)) {
            c->not_null = !c->not_null;
            stats_.nullability_changed++;
          }
          break;
        }
        case 6: {  // add an index
          if (Column* c = UnpinnedColumn(tab)) {
            if (c->type == "jsonb" || c->type == "text[]" || c->type == "bytea") break;
            gen_.AddSimpleIndex(&tab, c->name);
            stats_.indexes_added++;
          }
          break;
        }
        case 7: {  // drop an index
          if (tab.indexes.empty()) break;
          int i = rng_.Below(static_cast<int>(tab.indexes.size()));
          for (const auto& c : tab.indexes[i].columns) tab.Find(c)->pins--;
          tab.indexes.erase(tab.indexes.begin() + i);
          stats_.indexes_dropped++;
          break;
        }
        case 8: {  // add or drop a check
          if (!tab.checks.empty() && rng_.Percent(50)) {
            int i = rng_.Below(static_cast<int>(tab.checks.size()));
            const Check& ck = tab.checks[i];
            tab.Find(ck.column)->pins--;
            if (ck.expr.find("started_at") != std::string::npos) tab.Find("started_at")->pins--;
            tab.checks.erase(tab.checks.begin() + i);
            stats_.checks_dropped++;
          } else {
            for (auto& c : tab.columns) {
              if (c.name == "id" || !(c.is_int || c.type == "bigint" || c.type == "smallint")) continue;
              size_t before = tab.checks.size();
              gen_.AddCheck(&tab, c.name, c.name + " >= 0");
              if (tab.checks.size() > before) stats_.checks_added++;
              break;
            }
          }
          break;
        }
        case 9: {  // foreign-key action
          if (tab.fks.empty()) break;
          ForeignKey& fk = tab.fks[rng_.Below(static_cast<int>(tab.fks.size()))];
          fk.on_delete = fk.on_delete == "CASCADE" ? "RESTRICT" : "CASCADE";
          stats_.fks_changed++;
          break;
        }
        default: {  // comment
          tab.comment = tab.comment.empty() ? "Stores " + tab.name + " (revised)." : "";
          stats_.comments_changed++;
          break;
        }
      }
    }
  }

  void ChangeView(int v) {
    View& view = m_.views[v];
    gen_.PinView(view, -1);
    Table& tab = m_.tables[view.table];
    if (view.columns.size() > 2 && rng_.Percent(50)) {
      view.columns.pop_back();
    } else {
      for (const auto& c : tab.columns)
        if (std::find(view.columns.begin(), view.columns.end(), c.name) == view.columns.end()) {
          view.columns.push_back(c.name);
          break;
        }
    }
    if (tab.Has("deleted_at") && rng_.Percent(30)) view.active_only = !view.active_only;
    gen_.PinView(view, +1);
    stats_.views_changed++;
  }

  Model& m_;
  Rng& rng_;
  Generator gen_;
  int percent_;
  MutationStats stats_;
};

// ---------------------------------------------------------------- rendering

class Writer {
 public:
  explicit Writer(const Model& m) : m_(m) {}

  std::string Render() {
    out_.reserve(m_.tables.size() * 1600);
    out_ +=
        "--\n-- Generated by schemadiff bench/gen_schema (deterministic; do not edit).\n--\n\n"
        "SET statement_timeout = 0;\nSET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n"
        "SET check_function_bodies = true;\nSET client_min_messages = warning;\n\n";
    for (size_t s = 1; s < m_.schemas.size(); ++s) out_ += "CREATE SCHEMA " + m_.schemas[s] + ";\n";
    out_ += "\n";
    for (const auto& e : m_.enums) {
      out_ += "CREATE TYPE " + m_.Qualified(e.schema, e.name) + " AS ENUM (\n";
      for (size_t i = 0; i < e.values.size(); ++i)
        out_ += "    '" + e.values[i] + "'" + (i + 1 < e.values.size() ? ",\n" : "\n");
      out_ += ");\n\n";
    }
    for (const auto& s : m_.sequences) {
      out_ += "CREATE SEQUENCE " + m_.Qualified(s.schema, s.name) + "\n    START WITH " + std::to_string(s.start) +
              "\n    INCREMENT BY " + std::to_string(s.increment) + "\n    NO MINVALUE\n    NO MAXVALUE\n    CACHE 1;\n\n";
    }
    for (size_t s = 0; s < m_.schemas.size(); ++s) TriggerFunctions(static_cast<int>(s));
    for (size_t t = 0; t < m_.tables.size(); ++t)
      if (!m_.tables[t].dropped) RenderTable(static_cast<int>(t));
    for (size_t t = 0; t < m_.tables.size(); ++t) {
      const Table& tab = m_.tables[t];
      if (tab.dropped) continue;
      for (const auto& fk : tab.fks)
        if (!fk.inline_)
          out_ += "ALTER TABLE ONLY " + m_.QTable(static_cast<int>(t)) + "\n    ADD CONSTRAINT " + fk.name + " " +
                  FkClause(fk) + ";\n\n";
    }
    for (const auto& f : m_.functions)
      if (!f.dropped) RenderFunction(f);
    for (const auto& v : m_.views)
      if (!v.dropped) RenderView(v);
    for (size_t t = 0; t < m_.tables.size(); ++t) {
      const Table& tab = m_.tables[t];
      if (tab.dropped) continue;
      std::string q = m_.QTable(static_cast<int>(t));
      if (tab.updated_at_trigger)
        out_ += "CREATE TRIGGER " + tab.name.substr(0, 44) + "_set_updated_at BEFORE UPDATE ON " + q +
                " FOR EACH ROW EXECUTE FUNCTION " + m_.schemas[tab.schema] + ".set_updated_at();\n\n";
      if (tab.audit_trigger)
        out_ += "CREATE TRIGGER " + tab.name.substr(0, 50) + "_audit AFTER INSERT OR DELETE OR UPDATE ON " + q +
                " FOR EACH ROW EXECUTE FUNCTION " + m_.schemas[tab.schema] + ".audit_row_change();\n\n";
    }
    return std::move(out_);
  }

 private:
  void TriggerFunctions(int s) {
    const std::string& schema = m_.schemas[s];
    out_ += "CREATE FUNCTION " + schema +
            ".set_updated_at() RETURNS trigger\n    LANGUAGE plpgsql\n    AS $$\nBEGIN\n  NEW.updated_at := now();\n"
            "  RETURN NEW;\nEND;\n$$;\n\n";
    out_ += "CREATE FUNCTION " + schema +
            ".audit_row_change() RETURNS trigger\n    LANGUAGE plpgsql\n    AS $$\nBEGIN\n"
            "  PERFORM pg_notify('audit', TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME || ':' || TG_OP);\n"
            "  RETURN COALESCE(NEW, OLD);\nEND;\n$$;\n\n";
  }

  std::string FkClause(const ForeignKey& fk) const {
    std::string s = "FOREIGN KEY (" + fk.column + ") REFERENCES " + m_.QTable(fk.ref) + "(id)";
    if (!fk.on_delete.empty()) s += " ON DELETE " + fk.on_delete;
    return s;
  }

  void RenderTable(int t) {
    const Table& tab = m_.tables[t];
    std::string q = m_.QTable(t);
    if (tab.parent >= 0) {
      out_ += "CREATE TABLE " + q + " PARTITION OF " + m_.QTable(tab.parent) + " " + tab.bound + ";\n\n";
      return;
    }
    bool owned_sequence = tab.columns[0].default_expr.rfind("nextval", 0) == 0;
    std::string seq = m_.Qualified(tab.schema, tab.name + "_id_seq");
    if (owned_sequence)  // bigserial, spelled as pg_dump does (sequence first, OWNED BY after)
      out_ += "CREATE SEQUENCE " + seq + "\n    START WITH 1\n    INCREMENT BY 1\n    NO MINVALUE\n    NO MAXVALUE\n    CACHE 1;\n\n";
    out_ += "CREATE TABLE " + q + " (\n";
    std::vector<std::string> lines;
    for (const auto& c : tab.columns) {
      std::string line = "    " + c.name + " " + c.Type();
      if (!c.identity.empty()) line += " GENERATED " + c.identity + " AS IDENTITY";
      if (!c.default_expr.empty()) line += " DEFAULT " + c.default_expr;
      if (c.not_null) line += " NOT NULL";
      lines.push_back(line);
    }
    std::string pk;
    for (const auto& k : tab.primary_key) pk += (pk.empty() ? "" : ", ") + k;
    lines.push_back("    CONSTRAINT " + tab.pk_name + " PRIMARY KEY (" + pk + ")");
    for (const auto& u : tab.uniques) lines.push_back("    CONSTRAINT " + u.name + " UNIQUE (" + u.column + ")");
    for (const auto& ck : tab.checks) lines.push_back("    CONSTRAINT " + ck.name + " CHECK (" + ck.expr + ")");
    for (const auto& fk : tab.fks)
      if (fk.inline_) lines.push_back("    CONSTRAINT " + fk.name + " " + FkClause(fk));
    for (size_t i = 0; i < lines.size(); ++i) out_ += lines[i] + (i + 1 < lines.size() ? ",\n" : "\n");
    out_ += ")";
    if (!tab.partition_by.empty()) out_ += "\nPARTITION BY " + tab.partition_by;
    out_ += ";\n\n";
    if (owned_sequence) out_ += "ALTER SEQUENCE " + seq + " OWNED BY " + q + ".id;\n\n";
    for (const auto& ix : tab.indexes) {
      out_ += std::string("CREATE ") + (ix.unique ? "UNIQUE " : "") + "INDEX " + ix.name + " ON " +
              q + " USING " + ix.method + " (" + ix.keys + ")";
      if (!ix.where.empty()) out_ += " WHERE " + ix.where;
      out_ += ";\n\n";
    }
    if (!tab.comment.empty()) out_ += "COMMENT ON TABLE " + q + " IS '" + tab.comment + "';\n\n";
    for (const auto& c : tab.columns)
      if (!c.comment.empty()) out_ += "COMMENT ON COLUMN " + q + "." + c.name + " IS '" + c.comment + "';\n\n";
  }

  void RenderFunction(const Function& f) {
    const Table& tab = m_.tables[f.table];
    std::string q = m_.QTable(f.table);
    std::string name = m_.Qualified(f.schema, f.name);
    switch (f.kind) {
      case 0:
        out_ += "CREATE FUNCTION " + name +
                "(since timestamp with time zone) RETURNS bigint\n    LANGUAGE sql STABLE\n    AS $$\n  SELECT count(*) FROM " +
                q + (f.variant ? " WHERE created_at > since" : " WHERE created_at >= since") + ";\n$$;\n\n";
        break;
      case 1:
        out_ += "CREATE FUNCTION " + name +
                "(p_id bigint) RETURNS void\n    LANGUAGE plpgsql\n    AS $$\nBEGIN\n  UPDATE " + q +
                " SET deleted_at = " + (f.variant ? "clock_timestamp()" : "now()") +
                " WHERE id = p_id AND deleted_at IS NULL;\nEND;\n$$;\n\n";
        break;
      default:
        out_ += "CREATE FUNCTION " + name + "() RETURNS numeric\n    LANGUAGE sql STABLE PARALLEL SAFE\n    AS $$\n  SELECT " +
                (f.variant ? "COALESCE(sum(amount_cents), 0)" : "sum(amount_cents)") + " FROM " + q + ";\n$$;\n\n";
        break;
    }
    (void)tab;
  }

  void RenderView(const View& v) {
    const Table& tab = m_.tables[v.table];
    out_ += std::string("CREATE ") + (v.materialized ? "MATERIALIZED " : "") + "VIEW " + m_.Qualified(v.schema, v.name) +
            " AS\n SELECT ";
    std::vector<std::string> cols;
    for (const auto& c : v.columns) cols.push_back("t." + c);
    for (const auto& c : v.join_columns) cols.push_back("r." + c + " AS " + m_.tables[v.join].name.substr(0, 30) + "_" + c);
    for (size_t i = 0; i < cols.size(); ++i) out_ += (i ? ",\n    " : "") + cols[i];
    out_ += "\n   FROM " + m_.QTable(v.table) + " t";
    if (v.join >= 0) out_ += "\n     JOIN " + m_.QTable(v.join) + " r ON r.id = t." + v.join_column;
    if (v.active_only) out_ += "\n  WHERE t.deleted_at IS NULL";
    out_ += v.materialized ? "\n  WITH NO DATA;\n\n" : ";\n\n";
    (void)tab;
  }

  const Model& m_;
  std::string out_;
};

// ---------------------------------------------------------------- main

struct Counts {
  long tables = 0, partitions = 0, columns = 0, indexes = 0, constraints = 0, views = 0, functions = 0,
       triggers = 0, enums = 0;
};

Counts Count(const Model& m) {
  Counts c;
  for (const auto& t : m.tables) {
    if (t.dropped) continue;
    c.tables++;
    if (t.parent >= 0) c.partitions++;
    c.columns += static_cast<long>(t.columns.size());
    c.indexes += static_cast<long>(t.indexes.size());
    c.constraints += static_cast<long>(t.uniques.size() + t.checks.size() + t.fks.size()) + (t.parent < 0 ? 1 : 0);
    c.triggers += (t.updated_at_trigger ? 1 : 0) + (t.audit_trigger ? 1 : 0);
  }
  for (const auto& v : m.views) c.views += v.dropped ? 0 : 1;
  for (const auto& f : m.functions) c.functions += f.dropped ? 0 : 1;
  c.functions += 2 * static_cast<long>(m.schemas.size());
  c.enums = static_cast<long>(m.enums.size());
  return c;
}

bool WriteFile(const char* path, const std::string& text) {
  FILE* f = std::fopen(path, "wb");
  if (!f) return false;
  bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  return std::fclose(f) == 0 && ok;
}

int Usage() {
  std::fprintf(stderr, "usage: gen_schema [--seed S] [--change-percent P] [--no-partitions] TABLES OLD.sql NEW.sql\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  uint64_t seed = 42;
  int percent = 3;
  bool partitions = true;
  std::vector<const char*> positional;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--seed") && i + 1 < argc) {
      seed = std::strtoull(argv[++i], nullptr, 10);
    } else if (!std::strcmp(argv[i], "--change-percent") && i + 1 < argc) {
      percent = std::atoi(argv[++i]);
    } else if (!std::strcmp(argv[i], "--no-partitions")) {
      partitions = false;
    } else if (argv[i][0] == '-' && argv[i][1] == '-') {
      return Usage();
    } else {
      positional.push_back(argv[i]);
    }
  }
  if (positional.size() != 3) return Usage();
  int tables = std::atoi(positional[0]);
  if (tables < 10 || percent < 0 || percent > 100) return Usage();

  Model model;
  Rng rng(seed);
  Generator gen(&model, &rng);
  gen.Schemas(tables);
  gen.Tables(tables, partitions);
  gen.Views(0);
  gen.Functions(0);
  std::string old_sql = Writer(model).Render();
  Counts before = Count(model);

  Rng mutation_rng(seed ^ 0x5DEECE66Dull);
  MutationStats st = Mutator(&model, &mutation_rng, percent).Run();
  std::string new_sql = Writer(model).Render();
  Counts after = Count(model);

  if (!WriteFile(positional[1], old_sql) || !WriteFile(positional[2], new_sql)) {
    std::fprintf(stderr, "gen_schema: cannot write output\n");
    return 1;
  }
  std::printf(
      "old: tables %ld (partitions %ld) columns %ld indexes %ld constraints %ld views %ld functions %ld triggers %ld "
      "enums %ld bytes %zu\n",
      before.tables, before.partitions, before.columns, before.indexes, before.constraints, before.views,
      before.functions, before.triggers, before.enums, old_sql.size());
  std::printf(
      "new: tables %ld (partitions %ld) columns %ld indexes %ld constraints %ld views %ld functions %ld triggers %ld "
      "enums %ld bytes %zu\n",
      after.tables, after.partitions, after.columns, after.indexes, after.constraints, after.views, after.functions,
      after.triggers, after.enums, new_sql.size());
  std::printf(
      "changes: tables altered %d added %d dropped %d; columns added %d dropped %d retyped %d; defaults %d; "
      "not null %d; indexes +%d -%d; checks +%d -%d; fk actions %d; comments %d; views changed %d added %d "
      "dropped %d; functions changed %d; enums %d; partitions added %d\n",
      st.tables_altered, st.tables_added, st.tables_dropped, st.columns_added, st.columns_dropped, st.types_changed,
      st.defaults_changed, st.nullability_changed, st.indexes_added, st.indexes_dropped, st.checks_added,
      st.checks_dropped, st.fks_changed, st.comments_changed, st.views_changed, st.views_added, st.views_dropped,
      st.functions_changed, st.enums_changed, st.partitions_added);
  return 0;
}
