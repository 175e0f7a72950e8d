// SD-H102 narrowing-type-change.
#include <doctest/doctest.h>

#include "lint_test_util.h"

using sd::lint::test::Hazards;
using sd::lint::test::Messages;

TEST_CASE("SD-H102 fires on a type change that cannot hold every old value") {
  CHECK(Hazards("create table t (a bigint)", "create table t (a int)") ==
        "alter column public.t.a (type): SD-H102 SD-H201 SD-H202 SD-H302\n");
  CHECK(Hazards("create table t (a varchar(200))", "create table t (a varchar(50))") ==
        "alter column public.t.a (type): SD-H102 SD-H201 SD-H202 SD-H302\n");
  CHECK(Hazards("create table t (a text)", "create table t (a int)") ==
        "alter column public.t.a (type): SD-H102 SD-H201 SD-H202 SD-H302\n");
  CHECK(Hazards("create table t (a numeric(10,4))", "create table t (a numeric(10,2))") ==
        "alter column public.t.a (type): SD-H102 SD-H201 SD-H202 SD-H302\n");
  CHECK(Messages("create table t (a bigint)", "create table t (a int)", "SD-H102") ==
        std::vector<std::string>{
            "narrows public.t.a from bigint to integer: values that do not fit make it fail or lose precision"});
}

TEST_CASE("SD-H102 does not fire on widening or same-type changes") {
  CHECK(Messages("create table t (a int)", "create table t (a bigint)", "SD-H102").empty());
  CHECK(Hazards("create table t (a varchar(50))", "create table t (a varchar(200))") == "");
  CHECK(Hazards("create table t (a varchar(50))", "create table t (a text)") == "");
  // A new scale is a rewrite (SD-H201), not a narrowing.
  CHECK(Messages("create table t (a numeric(10,2))", "create table t (a numeric(12,4))", "SD-H102").empty());
  CHECK(Messages("create table t (a int)", "create table t (a text)", "SD-H102").empty());
  // Collation only.
  CHECK(Hazards("create table t (a text)", "create table t (a text collate \"C\")") == "");
  // A new table's columns have no values yet.
  CHECK(Hazards("", "create table t (a smallint)") == "");
}
