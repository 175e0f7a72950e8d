// SD-H201 table-rewrite.
#include <doctest/doctest.h>

#include "lint_test_util.h"

using sd::lint::test::Hazards;
using sd::lint::test::Messages;

namespace {

// Hazards of changing column c of table t from `before` to `after`.
std::string Retype(const std::string& before, const std::string& after) {
  return Hazards("create table t (c " + before + ")", "create table t (c " + after + ")");
}

bool Rewrites(const std::string& before, const std::string& after) {
  return !Messages("create table t (c " + before + ")", "create table t (c " + after + ")", "SD-H201").empty();
}

}  // namespace

TEST_CASE("SD-H201 fires on ALTER COLUMN TYPE that converts values") {
  CHECK(Retype("int", "bigint") == "alter column public.t.c (type): SD-H201 SD-H202\n");
  CHECK(Retype("int", "text") == "alter column public.t.c (type): SD-H201 SD-H202\n");
  CHECK(Retype("text", "int") == "alter column public.t.c (type): SD-H102 SD-H201 SD-H202 SD-H302\n");
  CHECK(Retype("varchar(20)", "varchar(10)") == "alter column public.t.c (type): SD-H102 SD-H201 SD-H202 SD-H302\n");
  CHECK(Rewrites("text", "varchar(10)"));
  CHECK(Rewrites("numeric(10,2)", "numeric(12,4)"));  // scale change
  CHECK(Rewrites("numeric", "numeric(10,2)"));
  CHECK(Rewrites("timestamp", "timestamp(3)"));
  CHECK(Rewrites("char(5)", "char(10)"));  // bpchar re-pads
  CHECK(Rewrites("json", "jsonb"));
  CHECK(Rewrites("inet", "cidr"));
  CHECK(Rewrites("varchar(10)", "char(10)"));
}

TEST_CASE("SD-H201 fires on timestamp <-> timestamptz and says when it would not") {
  CHECK(Retype("timestamp", "timestamptz") == "alter column public.t.c (type): SD-H201 SD-H202\n");
  CHECK(Rewrites("timestamptz", "timestamp"));
  CHECK(Messages("create table t (c timestamp)", "create table t (c timestamptz)", "SD-H201") ==
        std::vector<std::string>{"rewrites table public.t and rebuilds its indexes: ALTER COLUMN c TYPE converts every "
                                 "value from timestamp without time zone to timestamp with time zone (no rewrite only "
                                 "when the session TimeZone is UTC)"});
}

TEST_CASE("SD-H201 does not fire on binary-compatible type changes") {
  CHECK(Retype("varchar(10)", "varchar(20)") == "");
  CHECK(Retype("varchar(10)", "varchar") == "");
  CHECK(Retype("varchar(10)", "text") == "");
  CHECK(Retype("varchar", "text") == "");
  CHECK(Retype("text", "varchar") == "");
  CHECK(Retype("numeric(10,2)", "numeric(12,2)") == "");
  CHECK(Retype("numeric(10,2)", "numeric") == "");
  CHECK(Retype("timestamp(3)", "timestamp(5)") == "");
  CHECK(Retype("timestamp(3)", "timestamp") == "");
  CHECK(Retype("timestamptz(0)", "timestamptz(6)") == "");
  CHECK(Retype("time(2)", "time") == "");
  CHECK(Retype("varbit(4)", "varbit(8)") == "");
  CHECK(Retype("varchar(10)[]", "varchar[]") == "");
  CHECK_FALSE(Rewrites("cidr", "inet"));
  CHECK_FALSE(Rewrites("text", "text collate \"C\""));
}

TEST_CASE("SD-H201 fires on ADD COLUMN that fills every row") {
  const char* t = "create table t (a int)";
  CHECK(Hazards(t, "create table t (a int, d float8 default random())") ==
        "create column public.t.d: SD-H201 SD-H202 SD-H403\n");
  CHECK(Hazards(t, "create table t (a int, id serial)") == "create column public.t.id: SD-H201 SD-H202 SD-H403\n");
  CHECK(Hazards(t, "create table t (a int, id int generated always as identity)") ==
        "create column public.t.id: SD-H201 SD-H202\n");
  CHECK(Hazards(t, "create table t (a int, b int generated always as (a + 1) stored)") ==
        "create column public.t.b: SD-H201 SD-H202\n");
}

TEST_CASE("SD-H201 does not fire on ADD COLUMN with a stable or constant default") {
  const char* t = "create table t (a int)";
  CHECK(Hazards(t, "create table t (a int, b timestamptz default now())") == "");
  CHECK(Hazards(t, "create table t (a int, b timestamptz not null default current_timestamp)") == "");
  CHECK(Hazards(t, "create table t (a int, b int not null default 0)") == "");
  CHECK(Hazards(t, "create table t (a int, b text)") == "");
  // A new table has no rows to rewrite.
  CHECK(Hazards("", "create table t (id serial, d float8 default random(), g int generated always as (id) stored)") ==
        "");
}

TEST_CASE("SD-H201 fires on SET LOGGED / SET UNLOGGED") {
  CHECK(Hazards("create table t (a int)", "create unlogged table t (a int)") ==
        "alter table public.t (persistence): SD-H201 SD-H202\n");
  CHECK(Hazards("create unlogged table t (a int)", "create table t (a int)") ==
        "alter table public.t (persistence): SD-H201 SD-H202\n");
}

TEST_CASE("SD-H201 fires on an enum swap for each table holding the type, and only then") {
  const char* old_sql = "create type mood as enum ('a', 'b'); create table t (m mood); create table u (m mood[])";
  const char* new_sql = "create type mood as enum ('b', 'a'); create table t (m mood); create table u (m mood[])";
  CHECK(Hazards(old_sql, new_sql) == "alter type public.mood (values): SD-H201 SD-H201 SD-H202 SD-H202\n");
  CHECK(Hazards("create type mood as enum ('a', 'b')", "create type mood as enum ('b', 'a')") == "");
}
