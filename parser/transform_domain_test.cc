#include <doctest/doctest.h>

#include "diff/diff.h"
#include "parser/loader.h"

namespace {

sd::model::Catalog Load(const std::string& sql, std::vector<sd::model::Diagnostic>* diags = nullptr) {
  sd::model::Catalog catalog;
  std::vector<sd::model::Diagnostic> local;
  sd::parser::LoadSchema({{"test.sql", sql}}, &catalog, diags ? diags : &local);
  return catalog;
}

size_t ChangeCount(const std::string& a, const std::string& b) {
  return sd::diff::Diff(Load(a), Load(b)).size();
}

}  // namespace

TEST_CASE("CREATE DOMAIN: canonical base type, default, not null, named checks") {
  auto catalog = Load("create domain d as int4 default 1 not null check (value > 0) constraint c2 check (value < 9)");
  REQUIRE(catalog.domains.count({"public", "d"}) == 1);
  const auto& d = catalog.domains.at({"public", "d"});
  CHECK(d.base_type.name == "integer");
  CHECK(d.not_null);
  REQUIRE(d.default_value);
  CHECK(d.constraints.count("d_check") == 1);
  CHECK(d.constraints.count("c2") == 1);
}

TEST_CASE("unnamed domain checks are numbered past every constraint name of the schema") {
  auto catalog = Load(
      "create table x (a int constraint d_check check (a > 0));"
      "create domain d as int check (value > 0) check (value < 9);"
      "alter domain d add check (value <> 5);");
  const auto& d = catalog.domains.at({"public", "d"});
  CHECK(d.constraints.count("d_check1") == 1);
  CHECK(d.constraints.count("d_check2") == 1);
  CHECK(d.constraints.count("d_check3") == 1);
}

TEST_CASE("columns of domain, composite and range types resolve to those types") {
  auto catalog = Load(
      "create schema s; set search_path = s, public;"
      "create domain d as text; create type c as (a d); create type r as range (subtype = int);"
      "create table t (x d, y c, z r[]);");
  const auto& t = catalog.tables.at({"s", "t"});
  CHECK(t.columns[0].type.schema == "s");
  CHECK(catalog.UserTypeRef({"s", "d"}).kind == sd::model::ObjectKind::kDomain);
  CHECK(catalog.UserTypeRef({"s", "c"}).kind == sd::model::ObjectKind::kCompositeType);
  CHECK(catalog.UserTypeRef({"s", "r"}).kind == sd::model::ObjectKind::kRangeType);
  const auto& c = catalog.composite_types.at({"s", "c"});
  REQUIRE(c.depends_on.size() == 1);
  CHECK(c.depends_on[0].kind == sd::model::ObjectKind::kDomain);
  CHECK(catalog.range_types.at({"s", "r"}).multirange.name == "r_multirange");
}

TEST_CASE("pg_dump spellings of domains, composite and range types compare equal") {
  CHECK(ChangeCount("create domain d as int check (value > 0)",
                    "CREATE DOMAIN public.d AS integer CONSTRAINT d_check CHECK ((VALUE > 0));") == 0);
  CHECK(ChangeCount("create type c as (a int, b text)", "CREATE TYPE public.c AS (\n\ta integer,\n\tb text\n);") == 0);
  CHECK(ChangeCount("create type floatrange as range (subtype = float8, subtype_diff = float8mi)",
                    "CREATE TYPE public.floatrange AS RANGE (subtype = double precision, "
                    "multirange_type_name = public.floatmultirange, subtype_diff = float8mi);") == 0);
}

TEST_CASE("ALTER DOMAIN and ALTER TYPE on composites change the model") {
  auto catalog = Load(
      "create domain d as int; alter domain d set default 2; alter domain d set not null;"
      "alter domain d add constraint k check (value > 0) not valid; alter domain d rename constraint k to k2;"
      "create type c as (a int, b int); alter type c drop attribute a, add attribute z text;"
      "alter type c rename attribute b to bb; comment on column c.bb is 'x';");
  const auto& d = catalog.domains.at({"public", "d"});
  CHECK(d.not_null);
  REQUIRE(d.constraints.count("k2") == 1);
  CHECK(d.constraints.at("k2").not_valid);
  const auto& c = catalog.composite_types.at({"public", "c"});
  REQUIRE(c.attributes.size() == 2);
  CHECK(c.attributes[0].name == "bb");
  CHECK(c.attributes[0].comment == std::optional<std::string>("x"));
  CHECK(c.attributes[1].name == "z");
}

TEST_CASE("an annotated enum value is recorded with its old name") {
  auto catalog = Load("create type e as enum (\n 'a',\n 'b2' -- schemadiff:renamed-from b\n);");
  const auto& e = catalog.enums.at({"public", "e"});
  REQUIRE(e.value_renamed_from.count("b2") == 1);
  CHECK(e.value_renamed_from.at("b2") == "b");
}
