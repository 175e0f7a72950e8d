// SD-H302 may-fail-on-existing-data.
#include <doctest/doctest.h>

#include "lint_test_util.h"

using sd::lint::test::Hazards;
using sd::lint::test::Messages;

TEST_CASE("SD-H302 fires where existing rows can make the step fail") {
  CHECK(Messages("create table t (a int)", "create table t (a int unique)", "SD-H302") ==
        std::vector<std::string>{"UNIQUE constraint t_a_key on public.t fails if existing rows hold duplicates"});
  CHECK(Messages("create table t (a int)", "create table t (a int primary key)", "SD-H302") ==
        std::vector<std::string>{"SET NOT NULL on public.t.a fails if a row holds NULL",
                                 "PRIMARY KEY t_pkey on public.t fails if existing rows hold duplicates or NULLs"});
  CHECK(Messages("create table t (a int)", "create table t (a int not null)", "SD-H302") ==
        std::vector<std::string>{"SET NOT NULL on public.t.a fails if a row holds NULL"});
  CHECK(Hazards("create table t (a int)", "create table t (a int, b int not null)") ==
        "create column public.t.b: SD-H302\n");
  CHECK(Hazards("create table t (a int)", "create table t (a int); create unique index u on t (a)") ==
        "create index public.u: SD-H302 SD-H401\n");
  CHECK(Hazards("create table t (a text)", "create table t (a text); create unique index u on t (lower(a))") ==
        "create index public.u: SD-H302 SD-H401\n");
  CHECK(Hazards("create table t (a text)", "create table t (a int)") ==
        "alter column public.t.a (type): SD-H102 SD-H201 SD-H202 SD-H302\n");
  CHECK(Messages("create table t (a text)", "create table t (a int)", "SD-H302") ==
        std::vector<std::string>{"changing public.t.a from text to integer fails if a stored value does not convert"});
  CHECK(Hazards("create table t (a int); alter table t add constraint k check (a > 0) not valid",
                "create table t (a int); alter table t add constraint k check (a > 0)") ==
        "alter constraint public.t.k (validation): SD-H302\n");
}

TEST_CASE("SD-H302 fires when an enum swap drops a value that columns may hold") {
  CHECK(Hazards("create type mood as enum ('a', 'b', 'c'); create table t (m mood)",
                "create type mood as enum ('a', 'b'); create table t (m mood)") ==
        "alter type public.mood (values): SD-H101 SD-H201 SD-H202 SD-H302\n");
  CHECK(Messages("create type mood as enum ('a', 'b', 'c'); create table t (m mood)",
                 "create type mood as enum ('a', 'b'); create table t (m mood)", "SD-H302") ==
        std::vector<std::string>{"converting public.t.m to the new public.mood fails if a row holds removed value 'c'"});
}

TEST_CASE("SD-H302 does not fire where existing rows cannot make the step fail") {
  CHECK(Hazards("create table t (a int)", "create table t (a int, b int not null default 0)") == "");
  CHECK(Messages("create table t (a int)", "create table t (a int, b int generated always as identity)", "SD-H302")
            .empty());
  CHECK(Messages("create table t (a int)", "create table t (a int, b serial)", "SD-H302").empty());
  // A key on a column added by this migration: every row holds NULL.
  CHECK(Hazards("create table t (a int)", "create table t (a int, b int unique)") ==
        "create constraint public.t.t_b_key: SD-H202 SD-H301\n");
  CHECK(Hazards("create table t (a int)", "create table t (a int); create index i on t (a)") ==
        "create index public.i: SD-H401\n");
  CHECK(Messages("create table t (a int)", "create table t (a bigint)", "SD-H302").empty());
  CHECK(Messages("create table t (a int)", "create table t (a text)", "SD-H302").empty());
  CHECK(Hazards("create table t (a int)", "create table t (a int); alter table t add check (a > 0) not valid") == "");
  CHECK(Hazards("create type mood as enum ('a'); create table t (m mood)",
                "create type mood as enum ('a', 'b'); create table t (m mood)") == "");
  CHECK(Hazards("", "create table t (a int not null primary key, b int unique check (b > 0))") == "");
}
