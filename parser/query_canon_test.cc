#include "parser/query_canon.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "parser/loader.h"

namespace {

using sd::model::ObjectKind;
using sd::model::ObjectRef;

sd::model::Catalog Load(const std::string& sql) {
  sd::model::Catalog catalog;
  std::vector<sd::model::Diagnostic> diags;
  sd::parser::LoadSchema({{"test.sql", sql}}, &catalog, &diags);
  return catalog;
}

const sd::model::View& ViewOf(const sd::model::Catalog& catalog, const std::string& name) {
  return catalog.views.at({"public", name});
}

// The canonical key of view `v` declared after `tables`.
std::string Key(const std::string& tables, const std::string& view_sql) {
  auto catalog = Load(tables + ";\n" + view_sql);
  auto it = catalog.views.find({"public", "v"});
  return it == catalog.views.end() ? "<no view>" : it->second.query_key;
}

bool Has(const std::vector<ObjectRef>& deps, const ObjectRef& ref) {
  return std::find(deps.begin(), deps.end(), ref) != deps.end();
}

const char* kTables = "create table t (id int, name varchar(10), qty int); create table u (id int, t_id int, label text)";

}  // namespace

TEST_CASE("a view query and pg_dump's spelling of it have one key") {
  auto same = [](const std::string& a, const std::string& b) {
    CHECK(Key(kTables, "create view v as " + a) == Key(kTables, "create view v as " + b));
  };
  same("select * from t", "SELECT t.id, t.name, t.qty FROM public.t");
  same("select id, name from t where name = 'x'", "SELECT t.id, t.name FROM public.t WHERE ((t.name)::text = 'x'::text)");
  same("select id from t where qty in (1, 2)", "SELECT t.id FROM public.t WHERE (t.qty = ANY (ARRAY[1, 2]))");
  same("select label, name from t join u on u.t_id = t.id",
       "SELECT u.label, t.name FROM (public.t JOIN public.u ON ((u.t_id = t.id)))");
  same("select 'a' as k, count(*) from t group by 1 order by 2",
       "SELECT 'a'::text AS k, count(*) AS count FROM public.t GROUP BY 'a'::text ORDER BY (count(*))");
  same("select x.id from t x where exists (select 1 from u where u.t_id = x.id)",
       "SELECT x.id FROM public.t x WHERE (EXISTS ( SELECT 1 AS \"?column?\" FROM public.u WHERE (u.t_id = x.id)))");
  same("select case when qty > 1 then 'many' end as c from t",
       "SELECT CASE WHEN (t.qty > 1) THEN 'many'::text ELSE NULL::text END AS c FROM public.t");
}

TEST_CASE("view queries that PostgreSQL stores differently keep different keys") {
  CHECK(Key(kTables, "create view v as select id from t") != Key(kTables, "create view v as select qty from t"));
  CHECK(Key(kTables, "create view v as select id from t") != Key(kTables, "create view v as select id as x from t"));
  // A cast of an output column decides its type.
  CHECK(Key(kTables, "create view v as select id from t") != Key(kTables, "create view v as select id::bigint from t"));
  // The view's column list names the output columns.
  CHECK(Key(kTables, "create view v (a) as select id from t") == Key(kTables, "create view v as select id as a from t"));
}

TEST_CASE("output columns, their types and dependencies") {
  auto catalog = Load(std::string(kTables) +
                      "; create view v as select t.*, upper(label), 1 + 1, label::text as l from t join u on u.t_id = t.id");
  const auto& v = ViewOf(catalog, "v");
  CHECK(v.columns == std::vector<std::string>{"id", "name", "qty", "upper", "?column?", "l"});
  REQUIRE(v.column_types.size() == 6);
  CHECK(v.column_types[0] == "integer");
  CHECK(v.column_types[1] == "character varying(10)");
  CHECK(v.column_types[5] == "text");
  CHECK(Has(v.depends_on, {ObjectKind::kTable, {"public", "t"}, ""}));
  CHECK(Has(v.depends_on, {ObjectKind::kColumn, {"public", "u"}, "t_id"}));
  CHECK(Has(v.depends_on, {ObjectKind::kColumn, {"public", "u"}, "label"}));
  CHECK_FALSE(Has(v.depends_on, {ObjectKind::kColumn, {"public", "u"}, "id"}));

  auto chain = Load(std::string(kTables) + "; create view a as select id, qty from t; create view b as select qty from a");
  const auto& b = ViewOf(chain, "b");
  CHECK(Has(b.depends_on, {ObjectKind::kView, {"public", "a"}, ""}));
  CHECK(Has(b.depends_on, {ObjectKind::kColumn, {"public", "a"}, "qty"}));
  CHECK(b.column_types == std::vector<std::string>{"integer"});
}

TEST_CASE("unresolvable names fall back to the plain deparse") {
  auto catalog = Load("create view v as select a from nowhere");
  const auto& v = ViewOf(catalog, "v");
  CHECK(v.query_key == v.query);
  CHECK(v.columns.empty());
}

TEST_CASE("PostgreSQL's names for unnamed output columns") {
  auto name_of = [](const std::string& expr) {
    sd::parser::ParseTree tree;
    PgQuery__Node** slot = sd::parser::ParseExprSlot(expr, &tree);
    return slot ? sd::parser::OutputColumnName(*slot) : "<parse error>";
  };
  CHECK(name_of("t.col") == "col");
  CHECK(name_of("lower(x)") == "lower");
  CHECK(name_of("'a'::text") == "text");
  CHECK(name_of("x::text") == "x");
  CHECK(name_of("1 + 2") == "?column?");
  CHECK(name_of("case when true then 1 end") == "case");
  CHECK(name_of("exists (select 1)") == "exists");
  CHECK(name_of("coalesce(a, b)") == "coalesce");
  CHECK(name_of("current_date") == "current_date");
}
