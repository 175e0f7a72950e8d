// Online plans (--online): the steps each transformation makes, their
// phases, and the hazards left on them. A statement made online must not be
// reported as blocking (SD-H202, SD-H301, SD-H401); what can still fail on
// existing rows (SD-H302) is reported on the one step that reads them.
#include <doctest/doctest.h>

#include "lint_test_util.h"

using sd::lint::test::Lint;
using sd::plan::OnlineForm;
using sd::plan::Phase;
using sd::plan::Plan;

namespace {

const sd::plan::PlanOptions kOnline{true};

// "phase form tx|notx: sql" per step, one line each, in plan order.
std::string Steps(const Plan& plan) {
  std::string out;
  for (const auto& step : plan.steps) {
    if (step.sql.empty()) continue;
    out += step.phase == Phase::kExpand ? "expand" : step.phase == Phase::kBackfill ? "backfill" : "contract";
    out += step.transactional ? " tx: " : " notx: ";
    std::string first = step.sql.substr(0, step.sql.find('\n'));
    out += first + "\n";
  }
  return out;
}

// "code message" for every hazard, in plan order.
std::vector<std::string> HazardList(const Plan& plan) {
  std::vector<std::string> out;
  for (const auto& step : plan.steps)
    for (const auto& h : step.hazards) out.push_back(h.code + " " + h.message);
  return out;
}

const sd::plan::Step* Find(const Plan& plan, OnlineForm form) {
  for (const auto& step : plan.steps)
    if (step.online == form) return &step;
  return nullptr;
}

}  // namespace

TEST_CASE("online: CREATE / DROP INDEX run concurrently, outside a transaction, without SD-H401") {
  Plan plan = Lint("create table t (a int, b int); create index old_i on t (b)",
                   "create table t (a int, b int); create index i on t (a)", false, kOnline);
  CHECK(plan.online);
  CHECK(Steps(plan) ==
        "expand notx: CREATE INDEX CONCURRENTLY i ON public.t (a);\n"
        "contract notx: DROP INDEX CONCURRENTLY public.old_i;\n");
  CHECK(HazardList(plan).empty());
  // A new table's index is built with it, plainly.
  CHECK(Steps(Lint("", "create table t (a int); create index i on t (a)", false, kOnline)) ==
        "expand tx: CREATE TABLE public.t (\n"
        "expand tx: CREATE INDEX i ON public.t (a);\n");
}

TEST_CASE("online: CHECK and FOREIGN KEY are added NOT VALID and validated in contract") {
  Plan plan = Lint("create table p (id int primary key); create table t (a int, p int)",
                   "create table p (id int primary key);"
                   "create table t (a int check (a > 0), p int references p (id))",
                   false, kOnline);
  CHECK(Steps(plan) ==
        "expand tx: ALTER TABLE public.t ADD CONSTRAINT t_a_check CHECK (a > 0) NOT VALID;\n"
        "expand tx: ALTER TABLE public.t ADD CONSTRAINT t_p_fkey FOREIGN KEY (p) REFERENCES public.p (id) NOT VALID;\n"
        "contract notx: ALTER TABLE public.t VALIDATE CONSTRAINT t_a_check;\n"
        "contract notx: ALTER TABLE public.t VALIDATE CONSTRAINT t_p_fkey;\n");
  // No blocking scan; the failure on bad rows belongs to VALIDATE.
  CHECK(HazardList(plan) ==
        std::vector<std::string>{
            "SD-H302 CHECK constraint t_a_check on public.t fails if an existing row violates it",
            "SD-H302 FOREIGN KEY t_p_fkey on public.t fails if an existing row has no match in public.p"});
  REQUIRE(Find(plan, OnlineForm::kValidate));
  CHECK(Find(plan, OnlineForm::kNotValid)->hazards.empty());
}

TEST_CASE("online: SET NOT NULL goes through a validated temporary check") {
  Plan plan = Lint("create table t (a int)", "create table t (a int not null)", false, kOnline);
  CHECK(Steps(plan) ==
        "contract tx: ALTER TABLE public.t ADD CONSTRAINT t_a_not_null_tmp CHECK (a IS NOT NULL) NOT VALID;\n"
        "contract notx: ALTER TABLE public.t VALIDATE CONSTRAINT t_a_not_null_tmp;\n"
        "contract tx: ALTER TABLE public.t ALTER COLUMN a SET NOT NULL;\n");
  CHECK(Find(plan, OnlineForm::kNotNullFromCheck)->sql ==
        "ALTER TABLE public.t ALTER COLUMN a SET NOT NULL;\nALTER TABLE public.t DROP CONSTRAINT t_a_not_null_tmp;\n");
  CHECK(HazardList(plan) == std::vector<std::string>{"SD-H302 SET NOT NULL on public.t.a fails if a row holds NULL"});
  // Plain: the scan under ACCESS EXCLUSIVE is reported.
  CHECK(HazardList(Lint("create table t (a int)", "create table t (a int not null)")).size() == 3);
  // The temporary name avoids the table's constraint names.
  Plan taken = Lint("create table t (a int, constraint t_a_not_null_tmp check (a > 0))",
                    "create table t (a int not null, constraint t_a_not_null_tmp check (a > 0))", false, kOnline);
  CHECK(Steps(taken).find("t_a_not_null_tmp1 CHECK (a IS NOT NULL)") != std::string::npos);
}

TEST_CASE("online: UNIQUE and PRIMARY KEY adopt an index built concurrently under their name") {
  Plan plan = Lint("create table t (id int, a int)", "create table t (id int primary key, a int unique)", false, kOnline);
  CHECK(Steps(plan) ==
        "expand notx: CREATE UNIQUE INDEX CONCURRENTLY t_pkey ON public.t (id);\n"
        "expand notx: CREATE UNIQUE INDEX CONCURRENTLY t_a_key ON public.t (a);\n"
        "expand tx: ALTER TABLE public.t ADD CONSTRAINT t_a_key UNIQUE USING INDEX t_a_key;\n"
        "contract tx: ALTER TABLE public.t ADD CONSTRAINT t_id_not_null_tmp CHECK (id IS NOT NULL) NOT VALID;\n"
        "contract notx: ALTER TABLE public.t VALIDATE CONSTRAINT t_id_not_null_tmp;\n"
        "contract tx: ALTER TABLE public.t ALTER COLUMN id SET NOT NULL;\n"
        "contract tx: ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_pkey;\n");
  for (const auto& h : HazardList(plan)) {
    INFO(h);
    CHECK(h.rfind("SD-H302 ", 0) == 0);
  }
  CHECK(Find(plan, OnlineForm::kKeyFromIndex)->hazards.empty());
}

TEST_CASE("online: EXCLUDE cannot adopt an index and keeps its hazards") {
  Plan plan = Lint("create extension btree_gist; create table t (a int)",
                   "create extension btree_gist; create table t (a int, exclude using gist (a with =))", false,
                   kOnline);
  std::vector<std::string> codes;
  for (const auto& h : HazardList(plan)) codes.push_back(h.substr(0, 7));
  CHECK(codes == std::vector<std::string>{"SD-H202", "SD-H301", "SD-H302"});
}

TEST_CASE("online: a new NOT NULL column without a default is added nullable, backfilled, then SET NOT NULL") {
  Plan plan = Lint("create table t (a int)", "create table t (a int, b int not null, c int not null default 0)", false,
                   kOnline);
  CHECK(Steps(plan) ==
        "expand tx: ALTER TABLE public.t ADD COLUMN b integer;\n"
        "expand tx: ALTER TABLE public.t ADD COLUMN c integer DEFAULT 0 NOT NULL;\n"
        "backfill notx: -- public.t.b is NOT NULL in the new schema and has no default: fill it now,\n"
        "contract tx: ALTER TABLE public.t ADD CONSTRAINT t_b_not_null_tmp CHECK (b IS NOT NULL) NOT VALID;\n"
        "contract notx: ALTER TABLE public.t VALIDATE CONSTRAINT t_b_not_null_tmp;\n"
        "contract tx: ALTER TABLE public.t ALTER COLUMN b SET NOT NULL;\n");
  CHECK(HazardList(plan) ==
        std::vector<std::string>{
            "SD-H302 validating NOT NULL on new column public.t.b fails while a row still holds NULL (backfill it)"});
  // On a new table nothing changes.
  CHECK(Steps(Lint("", "create table t (a int, b int not null)", false, kOnline)) ==
        "expand tx: CREATE TABLE public.t (\n");
}

TEST_CASE("online: drops wait for contract, and what must follow a drop moves there too") {
  Plan plan = Lint("create table t (a int); create table u (a int); create index i on t (a)",
                   "create table t (a int); create table v (a int); create index i on v (a)", false, kOnline);
  CHECK(Steps(plan) ==
        "expand tx: CREATE TABLE public.v (\n"
        "contract notx: DROP INDEX CONCURRENTLY public.i;\n"
        "contract tx: CREATE INDEX i ON public.v (a);\n"
        "contract tx: DROP TABLE public.u;\n");
}

TEST_CASE("online: the backward migration gets the same treatment") {
  Plan plan = Lint("create table t (a int not null)", "create table t (a int)", true, kOnline);
  CHECK(Find(plan, OnlineForm::kNotNullFromCheck));
  CHECK(HazardList(plan) == std::vector<std::string>{"SD-H302 SET NOT NULL on public.t.a fails if a row holds NULL"});
}
