// SD-H101 data-loss.
#include <doctest/doctest.h>

#include "lint_test_util.h"

using sd::lint::test::Hazards;
using sd::lint::test::Messages;

TEST_CASE("SD-H101 fires on DROP TABLE, not on the foreign keys dropped before it") {
  CHECK(Hazards("create table t (a int)", "") == "drop table public.t: SD-H101\n");
  CHECK(Hazards("create table p (id int primary key); create table c (p int references p)",
                "create table p (id int primary key)") == "drop table public.c: SD-H101\n");
  CHECK(Messages("create table t (a int)", "", "SD-H101") ==
        std::vector<std::string>{"drops table public.t and all its rows"});
}

TEST_CASE("SD-H101 fires on DROP COLUMN of a stored column") {
  CHECK(Hazards("create table t (a int, b int)", "create table t (a int)") == "drop column public.t.b: SD-H101\n");
  // The serial's sequence goes with its column: one hazard, on the column.
  CHECK(Hazards("create table t (a int, id serial)", "create table t (a int)") ==
        "drop column public.t.id: SD-H101\n");
  // Backward migration of an added column.
  CHECK(Hazards("create table t (a int)", "create table t (a int, b text)", true) ==
        "drop column public.t.b: SD-H101\n");
}

TEST_CASE("SD-H101 fires on DROP SEQUENCE and on dropping an identity") {
  CHECK(Hazards("create sequence s", "") == "drop sequence public.s: SD-H101\n");
  CHECK(Hazards("create table t (id int generated always as identity)", "create table t (id int not null)") ==
        "alter column public.t.id (identity): SD-H101\n");
}

TEST_CASE("SD-H101 fires when an enum swap removes a value") {
  CHECK(Hazards("create type mood as enum ('a', 'b', 'c')", "create type mood as enum ('a', 'b')") ==
        "alter type public.mood (values): SD-H101\n");
  CHECK(Messages("create type mood as enum ('a', 'b', 'c')", "create type mood as enum ('a', 'b')", "SD-H101") ==
        std::vector<std::string>{"removes value 'c' from type public.mood; rows holding it cannot be kept"});
}

TEST_CASE("SD-H101 fires when a plain column is turned back into a generated one") {
  // Forward DROP EXPRESSION keeps the values; backward recreates the column.
  const char* old_sql = "create table t (a int, b int generated always as (a * 2) stored)";
  const char* new_sql = "create table t (a int, b int)";
  CHECK(Hazards(old_sql, new_sql) == "");
  CHECK(Hazards(old_sql, new_sql, true) == "alter column public.t.b (generation expression): SD-H101 SD-H201 SD-H202\n");
}

TEST_CASE("SD-H101 does not fire where no stored data goes") {
  // A generated column's values come back when it is added again.
  CHECK(Hazards("create table t (a int, b int generated always as (a * 2) stored)", "create table t (a int)") == "");
  // Reordering enum values keeps them all (the swap is still a rewrite).
  CHECK(Messages("create type mood as enum ('a', 'b'); create table t (m mood)",
                 "create type mood as enum ('b', 'a'); create table t (m mood)", "SD-H101")
            .empty());
  CHECK(Hazards("create type mood as enum ('a')", "create type mood as enum ('a', 'b')") == "");
  CHECK(Hazards("create table t (a int); create index i on t (a)", "create table t (a int)") == "");
  CHECK(Hazards("create table t (a int check (a > 0))", "create table t (a int)") == "");
  CHECK(Hazards("", "create table t (a int); create sequence s") == "");
  CHECK(Hazards("create table t (a int)", "create table t (a int, b int)") == "");
}
