// SD-H301 validation-scan.
#include <doctest/doctest.h>

#include "lint_test_util.h"

using sd::lint::test::Hazards;
using sd::lint::test::Messages;

namespace {
const char* kParent = "create table p (id int primary key); ";
}

TEST_CASE("SD-H301 fires on validation of existing rows") {
  CHECK(Messages("create table t (a int)", "create table t (a int not null)", "SD-H301") ==
        std::vector<std::string>{"SET NOT NULL on public.t.a checks every existing row while reads and writes wait"});
  CHECK(Hazards("create table t (a int)", "create table t (a int, constraint pos check (a > 0))") ==
        "create constraint public.t.pos: SD-H202 SD-H301 SD-H302\n");
  CHECK(Hazards(std::string(kParent) + "create table c (p int)",
                std::string(kParent) + "create table c (p int references p)") ==
        "create constraint public.c.c_p_fkey: SD-H301 SD-H302\n");
  CHECK(Messages(std::string(kParent) + "create table c (p int)",
                 std::string(kParent) + "create table c (p int references p)", "SD-H301") ==
        std::vector<std::string>{"FOREIGN KEY c_p_fkey on public.c (referencing public.p) checks every existing row "
                                 "while writes to both tables wait"});
  CHECK(Hazards("create table t (a int)", "create table t (a int unique)") ==
        "create constraint public.t.t_a_key: SD-H202 SD-H301 SD-H302\n");
  CHECK(Hazards("create table t (a int)", "create table t (a int, exclude (a with =))") ==
        "create constraint public.t.t_a_excl: SD-H202 SD-H301 SD-H302\n");
  // A changed CHECK is dropped and added again: the new one validates.
  CHECK(Hazards("create table t (a int, constraint pos check (a > 0))",
                "create table t (a int, constraint pos check (a >= 0))") ==
        "create constraint public.t.pos: SD-H202 SD-H301 SD-H302\n");
}

TEST_CASE("SD-H301 does not fire on NOT VALID, new tables, or proven NOT NULL") {
  CHECK(Hazards("create table t (a int)", "create table t (a int); alter table t add check (a > 0) not valid") == "");
  CHECK(Hazards(std::string(kParent) + "create table c (p int)",
                std::string(kParent) + "create table c (p int); alter table c add foreign key (p) references p not valid") ==
        "");
  // A new table referencing an existing one has nothing to check.
  CHECK(Hazards(kParent, std::string(kParent) + "create table c (p int references p, check (p > 0), unique (p))") == "");
  // Both tables new.
  CHECK(Hazards("", std::string(kParent) + "create table c (p int not null references p)") == "");
  // A valid CHECK (a IS NOT NULL) lets SET NOT NULL skip its scan.
  CHECK(Hazards("create table t (a int, constraint a_nn check (a is not null))",
                "create table t (a int not null, constraint a_nn check (a is not null))") == "");
  // ... but not one that is only NOT VALID.
  CHECK(Hazards("create table t (a int); alter table t add constraint a_nn check (a is not null) not valid",
                "create table t (a int not null); alter table t add constraint a_nn check (a is not null) not valid") ==
        "alter column public.t.a (not null): SD-H202 SD-H301 SD-H302\n");
  // VALIDATE CONSTRAINT scans without blocking writes (SD-H302 only).
  CHECK(Hazards("create table t (a int); alter table t add constraint k check (a > 0) not valid",
                "create table t (a int); alter table t add constraint k check (a > 0)") ==
        "alter constraint public.t.k (validation): SD-H302\n");
}
