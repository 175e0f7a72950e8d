// SD-H402 new-enum-value-used.
#include <doctest/doctest.h>

#include "lint_test_util.h"

using sd::lint::test::Hazards;
using sd::lint::test::Messages;

namespace {
const char* kOld = "create type mood as enum ('a', 'b'); create table t (g mood, n text); ";
const char* kNewType = "create type mood as enum ('a', 'b', 'c'); ";
}  // namespace

TEST_CASE("SD-H402 fires when a step uses a value ADD VALUE adds") {
  std::string n = kNewType;
  CHECK(Hazards(kOld, n + "create table t (g mood default 'c', n text)") == "alter column public.t.g (default): SD-H402\n");
  CHECK(Messages(kOld, n + "create table t (g mood default 'c', n text)", "SD-H402") ==
        std::vector<std::string>{"default of public.t.g uses value 'c' of public.mood, which ADD VALUE commits outside "
                                 "the migration's transaction"});
  CHECK(Hazards(kOld, n + "create table t (g mood, n text, h mood default 'c')") ==
        "create column public.t.h: SD-H402\n");
  CHECK(Hazards(kOld, n + "create table t (g mood, n text, check (g <> 'c'))") ==
        "create constraint public.t.t_g_check: SD-H202 SD-H301 SD-H302 SD-H402\n");
  CHECK(Hazards(kOld, n + "create table t (g mood, n text); create index i on t (n) where g = 'c'") ==
        "create index public.i: SD-H401 SD-H402\n");
  // A new table using the value: no rows, but the value is still committed apart.
  CHECK(Hazards(kOld, n + "create table t (g mood, n text); create table u (g mood[] default '{a,c}')") ==
        "create table public.u: SD-H402\n");
}

TEST_CASE("SD-H402 does not fire when the value is not used or not added by ADD VALUE") {
  std::string n = kNewType;
  CHECK(Hazards(kOld, n + "create table t (g mood, n text)") == "");
  CHECK(Hazards(kOld, n + "create table t (g mood default 'b', n text)") == "");
  // 'c' compared with a text column is not the enum's value.
  CHECK(Hazards(kOld, n + "create table t (g mood, n text); create index i on t (n) where n = 'c'") ==
        "create index public.i: SD-H401\n");
  // A type created in the migration can use its values in the transaction.
  CHECK(Hazards("", "create type mood as enum ('a', 'c'); create table t (g mood default 'c')") == "");
  // Reordered values: the type is recreated inside the transaction.
  CHECK(Messages("create type mood as enum ('a', 'b')",
                 "create type mood as enum ('b', 'a', 'c'); create table t (g mood default 'c')", "SD-H402")
            .empty());
}
