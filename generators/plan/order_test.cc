#include "plan/order.h"

#include <doctest/doctest.h>

using namespace sd::plan;
using sd::model::ObjectKind;

TEST_CASE("creation follows needs; drops precede what they used") {
  std::vector<Step> steps(3);
  sd::model::ObjectRef table{ObjectKind::kTable, {"public", "t"}, ""};
  sd::model::ObjectRef type{ObjectKind::kEnumType, {"public", "e"}, ""};
  steps[0].description = "create table";
  steps[0].rank = 0;
  steps[0].creates = {table};
  steps[0].needs_new = {type};
  steps[1].description = "create type";
  steps[1].rank = 5;
  steps[1].creates = {type};
  steps[2].description = "independent";
  steps[2].rank = 1;
  std::string error;
  REQUIRE(OrderSteps(&steps, &error));
  CHECK(steps[0].description == "independent");
  CHECK(steps[1].description == "create type");
  CHECK(steps[2].description == "create table");
}

TEST_CASE("a cycle is an error naming its steps") {
  std::vector<Step> steps(2);
  sd::model::ObjectRef a{ObjectKind::kTable, {"public", "a"}, ""}, b{ObjectKind::kTable, {"public", "b"}, ""};
  steps[0].description = "make a";
  steps[0].creates = {a};
  steps[0].needs_new = {b};
  steps[1].description = "make b";
  steps[1].creates = {b};
  steps[1].needs_new = {a};
  std::string error;
  CHECK_FALSE(OrderSteps(&steps, &error));
  CHECK(error.find("make a") != std::string::npos);
  CHECK(error.find("make b") != std::string::npos);
}

TEST_CASE("a cycle error names the steps of the cycle only, in an order to read") {
  // f's body reads v, v calls f; w only waits for v.
  std::vector<Step> steps(4);
  sd::model::ObjectRef f{ObjectKind::kFunction, {"public", "f"}, ""}, v{ObjectKind::kView, {"public", "v"}, ""},
      w{ObjectKind::kView, {"public", "w"}, ""}, t{ObjectKind::kTable, {"public", "t"}, ""};
  steps[0].description = "create view public.w";
  steps[0].creates = {w};
  steps[0].needs_new = {v};
  steps[1].description = "create function public.f()";
  steps[1].creates = {f};
  steps[1].needs_new = {v, t};
  steps[2].description = "create table public.t";
  steps[2].creates = {t};
  steps[3].description = "create view public.v";
  steps[3].creates = {v};
  steps[3].needs_new = {f};
  std::string error;
  CHECK_FALSE(OrderSteps(&steps, &error));
  CHECK(error.find("dependency cycle") == 0);
  CHECK(error.find("create view public.w") == std::string::npos);
  CHECK(error.find("create table public.t") == std::string::npos);
  size_t fpos = error.find("create function public.f()"), vpos = error.find("create view public.v");
  REQUIRE(fpos != std::string::npos);
  REQUIRE(vpos != std::string::npos);
}

TEST_CASE("phases come in order, and a step moves to the phase of a step it must follow") {
  std::vector<Step> steps(3);
  sd::model::ObjectRef index{ObjectKind::kIndex, {"public", "i"}, ""};
  steps[0].description = "drop old i";
  steps[0].phase = Phase::kContract;
  steps[0].drops = {index};
  steps[1].description = "create new i";
  steps[1].creates = {index};
  steps[2].description = "other expand step";
  steps[2].rank = 5;
  std::string error;
  REQUIRE(OrderSteps(&steps, &error));
  CHECK(steps[0].description == "other expand step");
  CHECK(steps[1].description == "drop old i");
  CHECK(steps[2].description == "create new i");
  CHECK(steps[2].phase == Phase::kContract);
}
