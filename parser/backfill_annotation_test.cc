#include "parser/backfill_annotation.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "parser/loader.h"

namespace {

sd::model::Catalog Load(const std::string& sql, std::vector<sd::model::Diagnostic>* diagnostics) {
  sd::model::Catalog catalog;
  sd::parser::LoadSchema({{"test.sql", sql}}, &catalog, diagnostics);
  return catalog;
}

const sd::model::Table& TableOf(const sd::model::Catalog& c, const std::string& name) {
  return c.tables.at({"public", name});
}

}  // namespace

TEST_CASE("a column backfill is an expression; what it reads is found") {
  sd::model::Backfill b;
  std::string error;
  REQUIRE(sd::parser::ParseBackfill("(SELECT t.id FROM app.tenants t WHERE t.name = accounts.owner)",
                                    sd::parser::BackfillTarget::kColumn, &b, &error));
  CHECK(b.sql == "(SELECT t.id FROM app.tenants t WHERE t.name = accounts.owner)");
  REQUIRE(b.relations.size() == 1);
  CHECK(b.relations[0] == sd::model::QualifiedName{"app", "tenants"});
  CHECK(std::find(b.columns.begin(), b.columns.end(), "owner") != b.columns.end());
  CHECK(std::find(b.columns.begin(), b.columns.end(), "name") != b.columns.end());
  // One expression only: a second statement or a stray clause is refused.
  CHECK_FALSE(sd::parser::ParseBackfill("1); DROP TABLE x; SELECT (1", sd::parser::BackfillTarget::kColumn, &b, &error));
  CHECK_FALSE(sd::parser::ParseBackfill("(name) VALUES ('x')", sd::parser::BackfillTarget::kColumn, &b, &error));
}

TEST_CASE("a table backfill is the rest of an INSERT") {
  sd::model::Backfill b;
  std::string error;
  REQUIRE(sd::parser::ParseBackfill("(name) SELECT DISTINCT owner FROM accounts", sd::parser::BackfillTarget::kTable,
                                    &b, &error));
  REQUIRE(b.relations.size() == 1);
  CHECK(b.relations[0] == sd::model::QualifiedName{"", "accounts"});  // the INSERT target is not a read
  REQUIRE(sd::parser::ParseBackfill("(name) VALUES ('default')", sd::parser::BackfillTarget::kTable, &b, &error));
  CHECK(b.relations.empty());
  CHECK_FALSE(sd::parser::ParseBackfill("(name) VALUES (1); DELETE FROM t", sd::parser::BackfillTarget::kTable, &b,
                                        &error));
}

TEST_CASE("backfill annotations attach to their column or table line") {
  std::vector<sd::model::Diagnostic> diagnostics;
  sd::model::Catalog c = Load(
      "create table tenants (id int, name text); -- schemadiff:backfill (id, name) VALUES (1, 'default')\n"
      "create table accounts (\n"
      "  id int,\n"
      "  tenant_id int not null, -- schemadiff:backfill 1\n"
      "  note text /* schemadiff:backfill coalesce(\n"
      "     'x', '') */\n"
      ");\n",
      &diagnostics);
  CHECK(diagnostics.empty());
  // A one-line CREATE TABLE: the annotation is the table's, not its columns'.
  CHECK(TableOf(c, "tenants").backfill.sql == "(id, name) VALUES (1, 'default')");
  CHECK(TableOf(c, "tenants").FindColumn("name")->backfill == std::nullopt);
  CHECK(TableOf(c, "accounts").backfill.empty());
  CHECK(TableOf(c, "accounts").FindColumn("tenant_id")->backfill->sql == "1");
  CHECK(TableOf(c, "accounts").FindColumn("note")->backfill->sql == "coalesce(\n     'x', '')");
  CHECK(TableOf(c, "accounts").FindColumn("id")->backfill == std::nullopt);
  // A marker inside a string literal is no annotation.
  sd::model::Catalog d = Load("create table t (a text default '-- schemadiff:backfill 1');\n", &diagnostics);
  CHECK(TableOf(d, "t").FindColumn("a")->backfill == std::nullopt);
}

TEST_CASE("a backfill that does not parse is an error at its column") {
  std::vector<sd::model::Diagnostic> diagnostics;
  Load("create table t (\n  a int not null -- schemadiff:backfill (select\n);\n", &diagnostics);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "SD-P095");
  CHECK(diagnostics[0].line == 2);
}
