#include "plan/type_change.h"

#include <doctest/doctest.h>

using sd::model::TypeRef;
using sd::plan::IsLosslessConversion;
using sd::plan::NeedsUsing;

TEST_CASE("widening is not flagged, narrowing is") {
  CHECK(IsLosslessConversion({"", "integer"}, {"", "bigint"}));
  CHECK_FALSE(IsLosslessConversion({"", "bigint"}, {"", "integer"}));
  CHECK(IsLosslessConversion({"", "character varying", {"50"}}, {"", "character varying", {"200"}}));
  CHECK_FALSE(IsLosslessConversion({"", "character varying", {"200"}}, {"", "character varying", {"50"}}));
  CHECK(IsLosslessConversion({"", "character varying", {"50"}}, {"", "text"}));
  CHECK(IsLosslessConversion({"", "numeric", {"10", "2"}}, {"", "numeric", {"12", "4"}}));
  CHECK_FALSE(IsLosslessConversion({"", "text"}, {"", "integer"}));
}

TEST_CASE("USING only where no assignment cast exists") {
  CHECK_FALSE(NeedsUsing({"", "integer"}, {"", "bigint"}));
  CHECK_FALSE(NeedsUsing({"", "integer"}, {"", "text"}));
  CHECK(NeedsUsing({"", "text"}, {"", "integer"}));
  CHECK(NeedsUsing({"", "text"}, {"public", "mood"}));
}
