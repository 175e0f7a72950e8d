// Functions, procedures and triggers: canonical forms and change shapes.
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

std::vector<sd::diff::Change> Changes(const std::string& a, const std::string& b) {
  return sd::diff::Diff(Load(a), Load(b));
}

const sd::model::ObjectRef FunctionRef(const std::string& name, const std::string& args) {
  return {sd::model::ObjectKind::kFunction, {"public", name}, args};
}

}  // namespace

TEST_CASE("overloads are keyed by canonical input types, OUT parameters excluded") {
  auto catalog = Load(
      "create function f(a int4, out b text) language sql as 'select ''x''';"
      "create function f(a varchar(5), b int8[]) returns int language sql as 'select 1';");
  CHECK(catalog.functions.count(FunctionRef("f", "integer")) == 1);
  CHECK(catalog.functions.count(FunctionRef("f", "character varying, bigint[]")) == 1);
  // One OUT parameter makes the return type.
  CHECK(catalog.functions.at(FunctionRef("f", "integer")).returns->name == "text");
}

TEST_CASE("spelled-out defaults equal omitted ones") {
  CHECK(Changes("create function f() returns setof int language PLPGSQL as $$begin end$$",
                "create function public.f() returns setof integer language plpgsql volatile called on null input "
                "security invoker not leakproof parallel unsafe cost 100 rows 1000 as 'begin end'")
            .empty());
  CHECK(Changes("create function f() returns int language sql set search_path = public, pg_temp as 'select 1'",
                "create function f() returns int language sql set search_path to 'public', 'pg_temp' as 'select 1'")
            .empty());
  CHECK(Changes("create function f(a int) returns int language sql return a + 1",
                "create function f(a integer) returns integer language sql return (a + 1)")
            .empty());
}

TEST_CASE("body and attribute changes replace in place; signature changes re-create") {
  auto replace = Changes("create function f(a int) returns int language sql as 'select a'",
                         "create function f(a int) returns int language sql immutable as 'select a + 1'");
  REQUIRE(replace.size() == 1);
  CHECK(replace[0].aspect == sd::diff::Aspect::kFunctionBody);
  auto renamed_arg = Changes("create function f(a int) returns int language sql as 'select 1'",
                             "create function f(b int) returns int language sql as 'select 1'");
  REQUIRE(renamed_arg.size() == 2);
  CHECK(renamed_arg[0].kind == sd::diff::ChangeKind::kDrop);
  CHECK(renamed_arg[1].kind == sd::diff::ChangeKind::kCreate);
  CHECK(Changes("create function f() returns int language sql as 'select 1'",
                "create function f() returns bigint language sql as 'select 1'")
            .size() == 2);
}

TEST_CASE("a trigger using a re-created function is re-created with it") {
  const char* table = "create table t (a int);";
  std::string old_sql = std::string(table) +
                        "create function ok(x int) returns boolean language sql as 'select x > 0';"
                        "create function trg() returns trigger language plpgsql as 'begin return new; end';"
                        "create trigger t1 before update on t for each row when (ok(new.a)) execute function trg();";
  std::string new_sql = old_sql;
  new_sql.replace(new_sql.find("ok(x int)"), 9, "ok(y int)");
  new_sql.replace(new_sql.find("'select x > 0'"), 14, "'select y > 0'");
  auto changes = Changes(old_sql, new_sql);
  bool trigger_recreated = false;
  for (const auto& c : changes)
    trigger_recreated = trigger_recreated || (c.target.kind == sd::model::ObjectKind::kTrigger &&
                                              c.aspect == sd::diff::Aspect::kRecreate);
  CHECK(trigger_recreated);
}

TEST_CASE("trigger spellings: EXECUTE PROCEDURE, OLD/NEW case, pg_dump's WHEN") {
  const char* base =
      "create table t (a int);"
      "create function trg() returns trigger language plpgsql as 'begin return new; end';";
  CHECK(Changes(std::string(base) +
                    "create trigger x before update on t for each row when (OLD.a IS DISTINCT FROM NEW.a) "
                    "execute procedure trg(1)",
                std::string(base) +
                    "CREATE TRIGGER x BEFORE UPDATE ON public.t FOR EACH ROW WHEN ((old.a IS DISTINCT FROM new.a)) "
                    "EXECUTE FUNCTION public.trg('1')")
            .empty());
  // old.a vs new.a are different columns of different rows.
  CHECK(Changes(std::string(base) + "create trigger x before update on t for each row when (old.a > 0) execute function trg()",
                std::string(base) + "create trigger x before update on t for each row when (new.a > 0) execute function trg()")
            .size() == 2);
}

TEST_CASE("DROP / COMMENT ON / RENAME find functions by signature") {
  std::vector<sd::model::Diagnostic> diags;
  auto catalog = Load(
      "create function f(int) returns int language sql as 'select 1';"
      "create function f(text) returns int language sql as 'select 2';"
      "comment on function f(integer) is 'int one';"
      "drop function f(text);"
      "alter function f(int) rename to g;",
      &diags);
  CHECK(diags.empty());
  REQUIRE(catalog.functions.count(FunctionRef("g", "integer")) == 1);
  CHECK(catalog.functions.at(FunctionRef("g", "integer")).comment == "int one");
  CHECK(catalog.functions.size() == 1);
}
