#include <doctest/doctest.h>

#include "diff/diff.h"
#include "parser/loader.h"

namespace {

using sd::model::Grant;
using sd::model::ObjectKind;

sd::model::Catalog Load(const std::string& sql) {
  sd::model::Catalog catalog;
  std::vector<sd::model::Diagnostic> diags;
  sd::parser::LoadSchema({{"test.sql", sql}}, &catalog, &diags);
  return catalog;
}

bool Has(const sd::model::Catalog& c, const Grant& g) { return c.grants.count(g) > 0; }

const sd::model::ObjectRef kT{ObjectKind::kTable, {"public", "t"}, ""};

}  // namespace

TEST_CASE("GRANT ALL expands to the table privileges; REVOKE removes one") {
  auto c = Load("create table t (a int); grant all on t to bob; revoke truncate on t from bob;");
  CHECK(c.grants.size() == 6);
  CHECK(Has(c, {kT, "bob", "SELECT"}));
  CHECK_FALSE(Has(c, {kT, "bob", "TRUNCATE"}));
}

TEST_CASE("grant options: granted, kept by a plain grant, revoked alone") {
  auto c = Load(
      "create table t (a int); grant select on t to bob with grant option; grant select on t to bob;"
      "grant update on t to bob with grant option; revoke grant option for update on t from bob;");
  CHECK(Has(c, {kT, "bob", "SELECT", true}));
  CHECK(Has(c, {kT, "bob", "UPDATE", false}));
  CHECK(c.grants.size() == 2);
}

TEST_CASE("column privileges, and a table REVOKE takes them too") {
  auto c = Load("create table t (a int, b int); grant select (a, b), update (b) on t to bob; revoke select on t from bob;");
  CHECK(c.grants.size() == 1);
  CHECK(Has(c, {{ObjectKind::kColumn, {"public", "t"}, "b"}, "bob", "UPDATE"}));
}

TEST_CASE("PUBLIC's built-in USAGE on a type: only a REVOKE is a change") {
  auto plain = Load("create type e as enum ('x'); grant usage on type e to public;");
  CHECK(plain.grants.empty());
  auto revoked = Load("create type e as enum ('x'); revoke usage on type e from public;");
  REQUIRE(revoked.grants.size() == 1);
  CHECK(revoked.grants.begin()->revokes_default);
  CHECK(sd::diff::Diff(plain, revoked).size() == 1);
}

TEST_CASE("owners: declared, followed by owned sequences, merging the new owner's grants") {
  auto c = Load(
      "create schema app authorization alice; create table app.t (id serial, a int);"
      "grant select on app.t to bob; grant update (a) on app.t to bob; alter table app.t owner to bob;");
  CHECK(c.owners.at({ObjectKind::kSchema, {"", "app"}, ""}) == "alice");
  CHECK(c.owners.at({ObjectKind::kTable, {"app", "t"}, ""}) == "bob");
  CHECK(c.owners.at({ObjectKind::kSequence, {"app", "t_id_seq"}, ""}) == "bob");
  CHECK(c.grants.empty());
  auto d = Load("create schema authorization carol;");
  CHECK(d.owners.at({ObjectKind::kSchema, {"", "carol"}, ""}) == "carol");
}

TEST_CASE("ALTER DEFAULT PRIVILEGES and grants on dropped objects") {
  auto c = Load(
      "alter default privileges for role alice in schema public grant select on tables to bob;"
      "alter default privileges revoke execute on functions from public;"
      "create table t (a int); grant select on t to bob; drop table t;");
  REQUIRE(c.grants.size() == 2);
  for (const auto& g : c.grants) CHECK(g.defaults_on != 0);
}
