#include <doctest/doctest.h>

#include "diff/diff.h"
#include "parser/loader.h"
#include "plan/plan.h"

namespace {

sd::model::Catalog Load(const std::string& sql) {
  sd::model::Catalog catalog;
  std::vector<sd::model::Diagnostic> diagnostics;
  REQUIRE(sd::parser::LoadSchema({{"test.sql", sql}}, &catalog, &diagnostics));
  return catalog;
}

// The migration's SQL, steps in order.
std::string Sql(const std::string& old_sql, const std::string& new_sql, bool online = false) {
  sd::model::Catalog from = Load(old_sql), to = Load(new_sql);
  sd::plan::Plan plan;
  std::string error;
  REQUIRE(sd::plan::BuildPlan(sd::diff::Diff(from, to), from, to, &plan, &error, {online}));
  std::string out;
  for (const auto& s : plan.steps) out += s.sql;
  return out;
}

size_t At(const std::string& sql, const std::string& text) {
  size_t at = sql.find(text);
  CHECK_MESSAGE(at != std::string::npos, std::string(text + " not in:\n" + sql));
  return at;
}

const char* kOld = "create table accounts (id int primary key, owner text);\n";
const char* kNew =
    "create table tenants ( -- schemadiff:backfill (name) SELECT DISTINCT owner FROM accounts\n"
    "  id serial primary key, name text);\n"
    "create table accounts (id int primary key,\n"
    "  tenant_id int not null references tenants (id)); -- schemadiff:backfill (SELECT t.id FROM tenants t WHERE "
    "t.name = accounts.owner)\n";

}  // namespace

TEST_CASE("a NOT NULL column with a backfill: added nullable, filled, then NOT NULL, after what it reads") {
  std::string sql = Sql(kOld, kNew);
  size_t insert = At(sql, "INSERT INTO public.tenants (name) SELECT DISTINCT owner FROM accounts;\n");
  size_t add = At(sql, "ALTER TABLE public.accounts ADD COLUMN tenant_id integer;\n");
  size_t update = At(sql,
                     "UPDATE public.accounts SET tenant_id = (SELECT t.id FROM tenants t WHERE t.name = "
                     "accounts.owner) WHERE tenant_id IS NULL;\n");
  size_t set = At(sql, "ALTER TABLE public.accounts ALTER COLUMN tenant_id SET NOT NULL;\n");
  size_t drop = At(sql, "ALTER TABLE public.accounts DROP COLUMN owner;\n");
  CHECK(At(sql, "CREATE TABLE public.tenants") < insert);
  CHECK(insert < add);  // the expression reads the new table's rows
  CHECK(add < update);
  CHECK(update < set);
  CHECK(set < drop);  // and the old column the migration drops
}

TEST_CASE("without a backfill the column is added NOT NULL as before") {
  std::string sql = Sql("create table t (a int);", "create table t (a int, b int not null);");
  CHECK(sql == "ALTER TABLE public.t ADD COLUMN b integer NOT NULL;\n");
}

TEST_CASE("SET NOT NULL on an existing column fills it first") {
  std::string sql = Sql("create table t (a int);", "create table t (\n  a int not null -- schemadiff:backfill 0\n);");
  CHECK(sql == "UPDATE public.t SET a = (0) WHERE a IS NULL;\nALTER TABLE public.t ALTER COLUMN a SET NOT NULL;\n");
}

TEST_CASE("online: the backfill UPDATE replaces the placeholder in the backfill phase") {
  sd::model::Catalog from = Load(kOld), to = Load(kNew);
  sd::plan::Plan plan;
  std::string error;
  REQUIRE(sd::plan::BuildPlan(sd::diff::Diff(from, to), from, to, &plan, &error, {true}));
  bool found = false;
  for (const auto& s : plan.steps) {
    if (s.online != sd::plan::OnlineForm::kBackfill) continue;
    found = true;
    CHECK(s.phase == sd::plan::Phase::kBackfill);
    CHECK(s.sql.rfind("UPDATE public.accounts SET tenant_id = (SELECT t.id FROM tenants t", 0) == 0);
  }
  CHECK(found);
}
