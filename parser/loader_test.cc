#include "parser/loader.h"

#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <memory>

#include "diff/diff.h"

namespace {

sd::model::Catalog Load(const std::string& sql, std::vector<sd::model::Diagnostic>* diags = nullptr) {
  sd::model::Catalog catalog;
  std::vector<sd::model::Diagnostic> local;
  sd::parser::LoadSchema({{"test.sql", sql}}, &catalog, diags ? diags : &local);
  return catalog;
}

size_t ChangeCount(const std::string& a, const std::string& b) {
  return sd::diff::Diff(Load(a), Load(b)).size();
}

}  // namespace

TEST_CASE("spellings PostgreSQL stores identically compare equal") {
  CHECK(ChangeCount("create table t (a int4, b int8, c bool, d varchar(3), e decimal(5,2), f timestamptz)",
                    "CREATE TABLE t (a integer, b bigint, c boolean, d character varying(3), e numeric(5,2), "
                    "f timestamp with time zone)") == 0);
  CHECK(ChangeCount("create table t (s text check (s in ('a','b')))",
                    "create table t (s text, constraint t_s_check check ((s = ANY (ARRAY['a'::text, 'b'::text]))))") == 0);
  CHECK(ChangeCount("create table t (a int check (a between 1 and 5))",
                    "create table t (a int, constraint t_a_check check (((a >= 1) AND (a <= 5))))") == 0);
  CHECK(ChangeCount("create table t (d jsonb default '{}')", "create table t (d jsonb default '{}'::jsonb)") == 0);
  CHECK(ChangeCount("create table t (n int default -1)", "create table t (n int default '-1'::integer)") == 0);
}

TEST_CASE("AT TIME ZONE and timezone() are stored apart, each equal to its dump") {
  CHECK(ChangeCount("create table t (a timestamptz, b timestamp default (now() at time zone 'utc'))",
                    "create table t (a timestamptz, b timestamp default timezone('utc', now()))") == 1);
  CHECK(ChangeCount("create table t (a timestamptz, b timestamp default (now() at time zone 'utc'))",
                    "create table t (a timestamptz, b timestamp default (now() AT TIME ZONE 'utc'::text))") == 0);
  CHECK(ChangeCount("create table t (a timestamptz, b timestamp default timezone('utc', now()))",
                    "create table t (a timestamptz, b timestamp default timezone('utc'::text, now()))") == 0);
}

TEST_CASE("DEFAULT NULL is no default only where PostgreSQL discards it") {
  // PostgreSQL stores nothing for a NULL default of a type without a typmod ...
  CHECK(ChangeCount("create table t (a int, b text, c varchar)",
                    "create table t (a int default null, b text default null::text, c varchar default null)") == 0);
  // ... but keeps `NULL::character varying` when a length coercion is needed.
  CHECK(ChangeCount("create table t (a varchar(16))", "create table t (a varchar(16) default null)") == 1);
  CHECK(ChangeCount("create table t (a varchar(16) default null)",
                    "create table t (a varchar(16) default NULL::character varying)") == 0);
  CHECK(ChangeCount("create table t (a varchar(16))",
                    "create table t (a varchar(16)); alter table t alter a set default null") == 1);
}

TEST_CASE("serial expands to a sequence, a default and ownership") {
  auto catalog = Load("create table t (id serial primary key)");
  REQUIRE(catalog.sequences.count({"public", "t_id_seq"}) == 1);
  const auto& seq = catalog.sequences.at({"public", "t_id_seq"});
  CHECK(seq.options.type == "integer");
  CHECK(seq.owned_by->column == "id");
  const auto& col = catalog.tables.at({"public", "t"}).columns[0];
  CHECK(col.default_value->text == "nextval('public.t_id_seq'::regclass)");
  CHECK(col.not_null);
}

TEST_CASE("unnamed constraints get PostgreSQL's names") {
  auto catalog = Load(
      "create table p (id int primary key);"
      "create table t (a int unique, b int references p, c int check (c > 0), d int, check (c > d), unique (a))");
  const auto& t = catalog.tables.at({"public", "t"});
  CHECK(t.FindConstraint("t_a_key"));
  // PostgreSQL builds one index for `a int unique` and `unique (a)`.
  CHECK(!t.FindConstraint("t_a_key1"));
  CHECK(t.FindConstraint("t_b_fkey"));
  CHECK(t.FindConstraint("t_c_check"));
  CHECK(t.FindConstraint("t_check"));
}

TEST_CASE("syntax errors carry file, line and column") {
  std::vector<sd::model::Diagnostic> diags;
  Load("create table ok (a int);\nCREATE TABEL bad (a int);\n", &diags);
  REQUIRE(!diags.empty());
  CHECK(diags[0].line == 2);
  CHECK(diags[0].column == 8);
  CHECK(diags[0].message.find("TABEL") != std::string::npos);
}

TEST_CASE("statements not modelled are reported, not dropped") {
  std::vector<sd::model::Diagnostic> diags;
  Load("create table t (a int);\ncreate conversion c for 'LATIN1' to 'UTF8' from iso8859_1_to_utf8;\n", &diags);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == sd::model::Severity::kWarning);
  CHECK(diags[0].line == 2);
}

// Large inputs are parsed in batches of statements; positions must still be
// those of the whole file.
std::string ManyTables(int n) {
  std::string text;
  for (int i = 0; i < n; ++i) text += "create table t" + std::to_string(i) + " (a int, b text not null default 'x');\n";
  return text;
}

TEST_CASE("positions are file positions in every parse batch") {
  const int n = 8000;  // about 400 kB: more than one batch
  std::vector<sd::model::Diagnostic> diags;
  Load(ManyTables(n) + "create conversion c for 'LATIN1' to 'UTF8' from iso8859_1_to_utf8;\n", &diags);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].line == n + 1);
  CHECK(diags[0].column == 1);
  diags.clear();
  Load(ManyTables(n) + "create table ok (a int);\n  CREATE TABEL bad (a int);\n", &diags);
  REQUIRE(!diags.empty());
  CHECK(diags[0].line == n + 2);
  CHECK(diags[0].column == 10);
}

TEST_CASE("every statement of a batched input is applied") {
  auto catalog = Load(ManyTables(8000));
  CHECK(catalog.tables.size() == 8000);
  CHECK(catalog.tables.count({"public", "t7999"}) == 1);
}

TEST_CASE("a mapped file loads like its text, also after its pages are given back") {
  // A psql meta-command past the first batch must still be blanked after the
  // whole file was given back once (after the annotation scan).
  const int n = 8000;
  std::string second = ManyTables(n / 2);
  for (size_t at = second.find("table t"); at != std::string::npos; at = second.find("table t", at)) second[at + 6] = 'u';
  std::string text = ManyTables(n / 2) + "\\connect other\n" + second +
                     "create conversion c for 'LATIN1' to 'UTF8' from iso8859_1_to_utf8;\n";
  std::string path = "/tmp/sd_loader_mapped_" + std::to_string(getpid()) + ".sql";
  {
    std::ofstream out(path, std::ios::binary);
    out << text;
  }
  std::string error;
  std::shared_ptr<sd::parser::MappedFile> mapped = sd::parser::MappedFile::Open(path, &error);
  REQUIRE(mapped);
  std::vector<sd::parser::Input> inputs;
  inputs.push_back({path, "", mapped});
  sd::model::Catalog catalog;
  std::vector<sd::model::Diagnostic> diags;
  sd::parser::LoadSchema(std::move(inputs), &catalog, &diags);
  std::remove(path.c_str());
  CHECK(catalog.tables.size() == n);
  CHECK(catalog.tables.count({"public", "u3999"}) == 1);
  std::vector<sd::model::Diagnostic> errors, notes;
  for (const auto& d : diags) (d.code == "SD-P003" ? notes : errors).push_back(d);
  CHECK(notes.size() == 1);
  REQUIRE(errors.size() >= 1);
  CHECK(errors.back().line == n + 2);
  CHECK(errors.back().source_line.rfind("create conversion c", 0) == 0);
}

TEST_CASE("a BEGIN ATOMIC body on a batch boundary still loads") {
  // Functions whose bodies hold `;`: wherever a cut lands inside one, the
  // batch is parsed again joined with the next.
  std::string text;
  for (int i = 0; i < 3000; ++i)
    text += "create function f" + std::to_string(i) +
            "() returns int language sql begin atomic select 1; select 2; select " + std::to_string(i) +
            "; end;\n";
  std::vector<sd::model::Diagnostic> diags;
  auto catalog = Load(text, &diags);
  CHECK(diags.empty());
  CHECK(catalog.functions.size() == 3000);
}

TEST_CASE("interval field restrictions render as PostgreSQL writes them") {
  auto catalog = Load("create table t (a interval day to second, b interval(3), c interval, d interval hour to minute)");
  const auto& t = catalog.tables.at({"public", "t"});
  CHECK(sd::model::TypeSql(t.columns[0].type) == "interval day to second");
  CHECK(sd::model::TypeSql(t.columns[1].type) == "interval(3)");
  CHECK(sd::model::TypeSql(t.columns[2].type) == "interval");
  CHECK(sd::model::TypeSql(t.columns[3].type) == "interval hour to minute");
}

TEST_CASE("a second primary key is an error, not a merge (found by the fuzzer)") {
  std::vector<sd::model::Diagnostic> diags;
  Load("create table t (id integer primary key primary key);\n", &diags);
  REQUIRE(!diags.empty());
  CHECK(diags[0].severity == sd::model::Severity::kError);
  CHECK(diags[0].code == "SD-P024");
  diags.clear();
  Load("create table t (id integer primary key, b int);\nalter table t add primary key (b);\n", &diags);
  REQUIRE(!diags.empty());
  CHECK(diags[0].line == 2);
}

TEST_CASE("table storage parameters and column storage as PostgreSQL stores them") {
  sd::model::Catalog c = Load(
      "create table t (a int, b text compression lz4, n numeric) "
      "with (FillFactor = 70, autovacuum_enabled, toast.autovacuum_enabled = 'false', oids = false);"
      "alter table t alter b set storage external, alter n set storage main, alter a set statistics 20000;");
  const sd::model::Table& t = c.tables.at({"public", "t"});
  CHECK(t.options == std::vector<std::string>{"autovacuum_enabled=true", "fillfactor=70",
                                              "toast.autovacuum_enabled=false"});
  CHECK(t.FindColumn("b")->storage == sd::model::ColumnStorage::kExternal);
  CHECK(t.FindColumn("b")->compression == sd::model::ColumnCompression::kLz4);
  CHECK(t.FindColumn("n")->storage == sd::model::ColumnStorage::kDefault);  // numeric's own
  CHECK(t.FindColumn("a")->statistics == 10000);
  // ALTER TYPE resets storage and compression.
  sd::model::Catalog d = Load("create table t (b text compression lz4); alter table t alter b set storage main;"
                              "alter table t alter b type varchar(9);");
  CHECK(d.tables.at({"public", "t"}).FindColumn("b")->storage == sd::model::ColumnStorage::kDefault);
  CHECK(d.tables.at({"public", "t"}).FindColumn("b")->compression == sd::model::ColumnCompression::kDefault);
  std::vector<sd::model::Diagnostic> diags;
  Load("create table p (a int) partition by range (a) with (fillfactor = 70)", &diags);
  Load("create table t (a int); alter table t alter a set storage external", &diags);
  REQUIRE(diags.size() == 2);
  CHECK(diags[0].code == "SD-P037");
  CHECK(diags[1].code == "SD-P036");
}

// The parent → partitions record (InterpContext::PartitionsOf) must follow
// renames and detaches: a parent's index implies an index name on each of its
// partitions, and a later index there takes the next free name.
TEST_CASE("a parent's index names are implied on renamed partitions, not on detached ones") {
  auto catalog = Load(
      "create table p (a int) partition by list (a);\n"
      "create table c1 partition of p for values in (1);\n"
      "create table d1 partition of p for values in (2);\n"
      "alter table c1 rename to c2;\n"
      "alter table p detach partition d1;\n"
      "create index on p (a);\n"
      "create index on c2 (a);\n"
      "create index on d1 (a);\n");
  CHECK(catalog.indexes.count({"public", "c2_a_idx1"}) == 1);  // c2_a_idx is the parent's
  CHECK(catalog.indexes.count({"public", "d1_a_idx"}) == 1);   // detached before the parent's index
}

TEST_CASE("equal column defaults are shared, and changing one leaves the others") {
  auto catalog = Load(
      "create type e as enum ('a', 'b');\n"
      "create table t (x int default 0, y int default 0, z boolean default '1', w int default '1',\n"
      "                s e default 'a', u text default 'a');\n"
      "alter type e rename value 'a' to 'c';\n");
  const auto& t = catalog.tables.at({"public", "t"});
  CHECK(&*t.FindColumn("x")->default_value == &*t.FindColumn("y")->default_value);
  CHECK(t.FindColumn("z")->default_value->key == "true");
  CHECK(t.FindColumn("w")->default_value->key == "1");
  CHECK(t.FindColumn("s")->default_value->text.find("'c'") != std::string::npos);
  CHECK(t.FindColumn("u")->default_value->text.find("'a'") != std::string::npos);
  // Before the rename the two 'a' defaults are one value: the rename copies.
  auto before = Load("create type e as enum ('a', 'b');\ncreate table t (s e default 'a', u text default 'a');\n");
  const auto& b = before.tables.at({"public", "t"});
  CHECK(&*b.FindColumn("s")->default_value == &*b.FindColumn("u")->default_value);
}
