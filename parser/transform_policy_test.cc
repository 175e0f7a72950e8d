#include <doctest/doctest.h>

#include <algorithm>

#include "diff/diff.h"
#include "parser/loader.h"

namespace {

sd::model::Catalog Load(const std::string& sql, std::vector<sd::model::Diagnostic>* diags = nullptr) {
  sd::model::Catalog catalog;
  std::vector<sd::model::Diagnostic> local;
  sd::parser::LoadSchema({{"test.sql", sql}}, &catalog, diags ? diags : &local);
  return catalog;
}

const sd::model::Policy& PolicyOf(const sd::model::Catalog& c, const std::string& table, const std::string& name) {
  return c.policies.at({sd::model::ObjectKind::kPolicy, {"public", table}, name});
}

}  // namespace

TEST_CASE("CREATE POLICY records command, kind, roles and expressions") {
  auto c = Load(
      "create table t (id int, a int); alter table t enable row level security; alter table t force row level security;"
      "create policy p on t as restrictive for update to bob, alice using (a > 0) with check (a < 10);"
      "create policy q on t using (true)");
  const auto& t = c.tables.at({"public", "t"});
  CHECK(t.row_security);
  CHECK(t.force_row_security);
  const auto& p = PolicyOf(c, "t", "p");
  CHECK_FALSE(p.permissive);
  CHECK(p.command == "UPDATE");
  CHECK(p.roles == std::vector<std::string>{"alice", "bob"});
  CHECK(p.using_expr->text == "a > 0");
  CHECK(p.check_expr);
  const auto& q = PolicyOf(c, "t", "q");
  CHECK(q.command == "ALL");
  CHECK(q.roles == std::vector<std::string>{"public"});
  CHECK(std::find(p.depends_on.begin(), p.depends_on.end(),
                  sd::model::ObjectRef{sd::model::ObjectKind::kColumn, {"public", "t"}, "a"}) != p.depends_on.end());
}

TEST_CASE("ALTER POLICY, RENAME, DROP and COMMENT ON POLICY") {
  auto c = Load(
      "create table t (a int); create policy p on t using (a = 1);"
      "alter policy p on t to carol using (a = 2); alter policy p on t rename to r;"
      "comment on policy r on t is 'two'; create policy x on t; drop policy x on t;");
  CHECK(c.policies.size() == 1);
  const auto& r = PolicyOf(c, "t", "r");
  CHECK(r.roles == std::vector<std::string>{"carol"});
  CHECK(r.using_expr->text == "a = 2");
  CHECK(r.comment == "two");
}

TEST_CASE("pg_dump's policy spelling equals the user's") {
  auto a = Load(
      "create table t (tenant_id int); alter table t enable row level security;"
      "create policy p on t to public using (tenant_id = current_setting('app.tenant')::int);");
  auto b = Load(
      "CREATE TABLE public.t (tenant_id integer); ALTER TABLE ONLY public.t ENABLE ROW LEVEL SECURITY;"
      "CREATE POLICY p ON public.t USING ((tenant_id = (current_setting('app.tenant'::text))::integer));");
  CHECK(sd::diff::Diff(a, b).empty());
}

TEST_CASE("policies go with their table") {
  auto c = Load("create table t (a int); create policy p on t using (true); drop table t;");
  CHECK(c.policies.empty());
}
