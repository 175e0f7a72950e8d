// Renamed objects keep their rows: rules treat them as existing, and the
// renames themselves carry no hazard.
#include <doctest/doctest.h>

#include "lint_test_util.h"

using sd::lint::test::Hazards;

TEST_CASE("a renamed table is an existing table; renames carry no hazard") {
  const char* old_sql = "create table old_t (a int, b text)";
  const char* new_sql =
      "create table t ( -- schemadiff:renamed-from old_t\n"
      "  a int,\n"
      "  login text, -- schemadiff:renamed-from b\n"
      "  d float8 default random())";
  CHECK(Hazards(old_sql, new_sql) == "create column public.t.d: SD-H201 SD-H202 SD-H403\n");
  CHECK(Hazards(old_sql, new_sql, true) == "drop column public.t.d: SD-H101\n");
}

TEST_CASE("a constraint renamed by the diff (same definition) is neither scanned nor rebuilt") {
  CHECK(Hazards("create table t (a int, constraint k1 unique (a), constraint c1 check (a > 0))",
                "create table t (a int, constraint k2 unique (a), constraint c2 check (a > 0))") == "");
}
