// SD-H401 blocking-index-build.
#include <doctest/doctest.h>

#include "lint_test_util.h"

using sd::lint::test::Hazards;
using sd::lint::test::Messages;

TEST_CASE("SD-H401 fires on CREATE INDEX on a table that exists") {
  CHECK(Hazards("create table t (a int)", "create table t (a int); create index i on t (a)") ==
        "create index public.i: SD-H401\n");
  CHECK(Messages("create table t (a int)", "create table t (a int); create index i on t (a)", "SD-H401") ==
        std::vector<std::string>{"CREATE INDEX public.i blocks writes to public.t until the index is built"});
  // A changed definition is a drop and a new build.
  CHECK(Hazards("create table t (a int, b int); create index i on t (a)",
                "create table t (a int, b int); create index i on t (a, b)") == "create index public.i: SD-H401\n");
  // Backward migration of a dropped index.
  CHECK(Hazards("create table t (a int); create index i on t (a)", "create table t (a int)", true) ==
        "create index public.i: SD-H401\n");
}

TEST_CASE("SD-H401 does not fire on new tables or on other index changes") {
  CHECK(Hazards("", "create table t (a int); create index i on t (a)") == "");
  CHECK(Hazards("create table t (a int); create index i on t (a)", "create table t (a int)") == "");
  CHECK(Hazards("create table t (a int); create index i on t (a)",
                "create table t (a int); create index i on t (a); comment on index i is 'x'") == "");
}
