#include "audit/audit.h"

#include <doctest/doctest.h>

#include "diff/diff.h"
#include "parser/loader.h"
#include "parser/renames.h"

namespace {

sd::model::Catalog Load(const std::string& sql) {
  sd::model::Catalog catalog;
  std::vector<sd::model::Diagnostic> diagnostics;
  REQUIRE(sd::parser::LoadSchema({{"test.sql", sql}}, &catalog, &diagnostics));
  return catalog;
}

// The audit of OLD → NEW through the same pipeline as `schemadiff --audit`.
std::string Audit(const std::string& old_sql, const std::string& new_sql) {
  sd::model::Catalog from = Load(old_sql);
  sd::model::Catalog to = Load(new_sql);
  std::vector<sd::model::Diagnostic> notes;
  auto renames = sd::parser::ApplyRenameAnnotations(&from, to, &notes);
  std::vector<sd::diff::Change> changes = sd::diff::RenameChanges(renames);
  for (auto& c : sd::diff::Diff(from, to)) changes.push_back(std::move(c));
  sd::plan::Plan plan;
  std::string error;
  REQUIRE(sd::plan::BuildPlan(changes, from, to, &plan, &error));
  return sd::audit::RenderAudit(changes, from, to, plan);
}

bool Has(const std::string& script, const std::string& text) { return script.find(text) != std::string::npos; }

}  // namespace

TEST_CASE("the script frame: psql settings, one transaction, nonzero exit on failure") {
  std::string s = Audit("create table t (a int);", "create table t (a int not null);");
  CHECK(s.rfind("-- schemadiff data audit", 0) == 0);
  CHECK(Has(s, "\\set ON_ERROR_STOP 1\n\\set QUIET 1\n\\pset format unaligned\n\\pset tuples_only on\n"));
  CHECK(Has(s, "BEGIN ISOLATION LEVEL REPEATABLE READ;\n"));
  CHECK(Has(s, "RAISE EXCEPTION 'schemadiff audit: % check(s) failed', failed;"));
  CHECK(Has(s, "ELSE 'FAIL ' || description || ': '"));
  CHECK(s.substr(s.size() - 10) == "ROLLBACK;\n");
  // Only scripts with a conversion check define the helper function.
  CHECK_FALSE(Has(s, "sd_audit_converts"));
  // Same input, same bytes.
  CHECK(s == Audit("create table t (a int);", "create table t (a int not null);"));
}

TEST_CASE("SET NOT NULL counts NULLs, shown by primary key") {
  std::string s = Audit("create table t (id int primary key, a int);", "create table t (id int primary key, a int not null);");
  CHECK(Has(s, "-- 1. NULLs in public.t.a before SET NOT NULL\n"
               "INSERT INTO pg_temp.sd_audit_result VALUES (1, 'NULLs in public.t.a before SET NOT NULL',\n"
               "  (SELECT count(*) FROM public.t AS t WHERE a IS NULL),\n"
               "  (SELECT string_agg(s, ', ' ORDER BY s) FROM (SELECT DISTINCT "
               "left(regexp_replace(CAST(t.id AS text), '[\\n\\r]+', ' ', 'g'), 60) AS s FROM public.t AS t "
               "WHERE a IS NULL ORDER BY 1 LIMIT 5) AS sample),\n  false);\n"));
}

TEST_CASE("unique constraints count duplicate keys, ignoring NULLs unless NULLS NOT DISTINCT") {
  std::string s = Audit("create table u (e text, f text);", "create table u (e text unique, f text unique nulls not distinct);");
  CHECK(Has(s, "duplicates in public.u (e) before UNIQUE u_e_key"));
  CHECK(Has(s, "FROM public.u AS u WHERE e IS NOT NULL GROUP BY e HAVING count(*) > 1"));
  CHECK(Has(s, "FROM public.u AS u WHERE true GROUP BY f HAVING count(*) > 1"));
}

TEST_CASE("a new PRIMARY KEY is checked for NULLs and duplicates") {
  std::string s = Audit("create table p (a int, b int);", "create table p (a int, b int, primary key (a, b));");
  CHECK(Has(s, "NULLs in public.p (a, b) before PRIMARY KEY p_pkey"));
  CHECK(Has(s, "WHERE NOT (a IS NOT NULL AND b IS NOT NULL)"));
  CHECK(Has(s, "duplicates in public.p (a, b) before PRIMARY KEY p_pkey"));
}

TEST_CASE("foreign keys: MATCH SIMPLE skips keys with a NULL column") {
  std::string old_sql = "create table r (id int primary key); create table c (id int primary key, r_id int);";
  std::string s = Audit(old_sql, "create table r (id int primary key); "
                                 "create table c (id int primary key, r_id int references r);");
  CHECK(Has(s, "orphans in public.c (r_id) before FOREIGN KEY c_r_id_fkey to public.r (id)"));
  CHECK(Has(s, "FROM public.c AS k WHERE k.r_id IS NOT NULL AND NOT EXISTS "
               "(SELECT 1 FROM public.r AS r WHERE r.id = k.r_id)"));
}

TEST_CASE("CHECK counts rows where the expression is false; added columns take their default") {
  std::string s = Audit("create table t (a int);", "create table t (a int, b int default 3, check (a < b));");
  CHECK(Has(s, "violations of CHECK t_check on public.t"));
  CHECK(Has(s, "(SELECT a, CAST((3) AS integer) AS b FROM public.t) AS t WHERE NOT (a < b)"));
}

TEST_CASE("type changes: values tried one by one, lengths and rounding") {
  std::string s = Audit("create table t (a text, v varchar(20), n numeric(10,4));",
                        "create table t (a int, v varchar(5), n numeric(10,2));");
  CHECK(Has(s, "CREATE FUNCTION pg_temp.sd_audit_converts(value anyelement, conversion text) RETURNS boolean"));
  CHECK(Has(s, "values of public.t.a that do not convert to integer"));
  CHECK(Has(s, "WHERE a IS NOT NULL AND NOT pg_temp.sd_audit_converts(a, 'CAST($1 AS integer)')"));
  CHECK(Has(s, "values of public.t.v longer than 5 characters for character varying(5)"));
  CHECK(Has(s, "char_length(CAST(v AS text)) > 5"));
  CHECK(Has(s, "values of public.t.n rounded by numeric(10,2)"));
}

TEST_CASE("removed enum values, dropped data") {
  std::string s = Audit("create type m as enum ('a', 'b', 'c'); create table t (x m, y int); create table gone (z int);",
                        "create type m as enum ('a', 'c'); create table t (x m);");
  CHECK(Has(s, "rows of public.t.x holding values removed from public.m ('b')"));
  CHECK(Has(s, "WHERE CAST(x AS text) = ANY (CAST(ARRAY['b'] AS text[]))"));
  CHECK(Has(s, "values in dropped column public.t.y"));
  CHECK(Has(s, "rows in dropped table public.gone"));
  CHECK(Has(s, "'rows in dropped table public.gone',\n  (SELECT count(*) FROM public.gone AS gone WHERE true),"));
  CHECK(Has(s, "ROW(gone.*)"));
}

TEST_CASE("renamed tables and columns are read under their old names") {
  std::string s = Audit("create table old_t (old_c int);",
                        "create table new_t ( -- schemadiff:renamed-from old_t\n"
                        "  new_c int not null -- schemadiff:renamed-from old_c\n);");
  CHECK(Has(s, "NULLs in public.new_t.new_c before SET NOT NULL"));
  CHECK(Has(s, "FROM (SELECT old_c AS new_c FROM public.old_t) AS new_t WHERE new_c IS NULL"));
}

TEST_CASE("tables the migration creates need no checks") {
  std::string s = Audit("", "create table t (id int primary key, a int not null check (a > 0));");
  CHECK(Has(s, "\\echo 'OK   no step of this migration can fail or lose data on existing rows'\n"));
  CHECK_FALSE(Has(s, "BEGIN"));
}

TEST_CASE("schema, table and column renamed together: read under the names before all three") {
  std::string s = Audit("create schema a; create table a.t (c int);",
                        "create schema b; -- schemadiff:renamed-from a\n"
                        "create table b.u ( -- schemadiff:renamed-from t\n"
                        "  d int unique -- schemadiff:renamed-from c\n);");
  CHECK(Has(s, "duplicates in b.u (d) before UNIQUE u_d_key"));
  CHECK(Has(s, "FROM (SELECT c AS d FROM a.t) AS u WHERE d IS NOT NULL GROUP BY d"));
}

TEST_CASE("values made by the migration are reported as not checkable") {
  std::string s = Audit("create table t (a int);",
                        "create table t (a int, id int generated always as identity, "
                        "b int default random(), check (a < b));");
  CHECK(Has(s, "INSERT INTO pg_temp.sd_audit_result VALUES (1, 'violations of CHECK t_check on public.t', "
               "NULL, 'not checkable before migrating: added column b has a volatile default', false);"));
  CHECK(Has(s, "WHEN rows_at_risk IS NULL THEN 'SKIP ' || description || ': ' || note"));
}

TEST_CASE("a key with an added identity or serial column cannot collide") {
  CHECK(Has(Audit("create table t (a int);", "create table t (a int, id int generated always as identity primary key);"),
            "\\echo 'OK   no step"));
  std::string s = Audit("create table t (a int);", "create table t (a int, id serial, primary key (a, id));");
  CHECK(Has(s, "NULLs in public.t (a, id) before PRIMARY KEY t_pkey"));
  CHECK(Has(s, "WHERE NOT (a IS NOT NULL)"));
  CHECK_FALSE(Has(s, "duplicates"));
}

TEST_CASE("a line break in a quoted name cannot end the comment naming the check") {
  std::string s = Audit("create table t (\"a\nb\" int);", "create table t (\"a\nb\" int not null);");
  CHECK(Has(s, "-- 1. NULLs in public.t.\"a b\" before SET NOT NULL\n"));
}
