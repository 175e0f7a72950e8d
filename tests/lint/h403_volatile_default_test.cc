// SD-H403 volatile-default.
#include <doctest/doctest.h>

#include "lint_test_util.h"

using sd::lint::test::Hazards;
using sd::lint::test::Messages;

namespace {
const char* kOld = "create table t (a int)";
std::string With(const std::string& column) { return "create table t (a int, " + column + ")"; }
}  // namespace

TEST_CASE("SD-H403 fires on ADD COLUMN with a volatile default on a table that exists") {
  CHECK(Hazards(kOld, With("d float8 default random()")) == "create column public.t.d: SD-H201 SD-H202 SD-H403\n");
  CHECK(Messages(kOld, With("d float8 default random()"), "SD-H403") ==
        std::vector<std::string>{"default of new column public.t.d calls volatile random(): it is evaluated for every "
                                 "existing row and the table is rewritten"});
  CHECK(Hazards(kOld, With("u uuid default gen_random_uuid()")) == "create column public.t.u: SD-H201 SD-H202 SD-H403\n");
  CHECK(Hazards(kOld, With("s text default clock_timestamp()::text")) ==
        "create column public.t.s: SD-H201 SD-H202 SD-H403\n");
  CHECK(Hazards(kOld, With("i int default floor(random() * 10)::int")) ==
        "create column public.t.i: SD-H201 SD-H202 SD-H403\n");
  CHECK(Hazards("create sequence s; " + std::string(kOld), "create sequence s; " + With("n bigint default nextval('s')")) ==
        "create column public.t.n: SD-H201 SD-H202 SD-H403\n");
  CHECK(Messages(kOld, With("id bigserial"), "SD-H403").size() == 1);
}

TEST_CASE("SD-H403 does not fire on stable or constant defaults, new tables, or SET DEFAULT") {
  CHECK(Hazards(kOld, With("b timestamptz default now()")) == "");
  CHECK(Hazards(kOld, With("b timestamptz default current_timestamp")) == "");
  CHECK(Hazards(kOld, With("b date default current_date")) == "");
  CHECK(Hazards(kOld, With("b text default 'random()'")) == "");
  CHECK(Hazards(kOld, With("b text default 'it''s random()'")) == "");
  CHECK(Hazards("", With("d float8 default random()")) == "");
  // SET DEFAULT only affects future rows.
  CHECK(Hazards("create table t (a int, d float8)", "create table t (a int, d float8 default random())") == "");
}
