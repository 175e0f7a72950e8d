// SD-H202 long-exclusive-lock.
#include <doctest/doctest.h>

#include "lint_test_util.h"

using sd::lint::test::Hazards;
using sd::lint::test::Messages;

TEST_CASE("SD-H202 fires on rewrites and on scans under ACCESS EXCLUSIVE") {
  CHECK(Hazards("create table t (a int)", "create table t (a bigint)") ==
        "alter column public.t.a (type): SD-H201 SD-H202\n");
  CHECK(Hazards("create table t (a int)", "create table t (a int not null)") ==
        "alter column public.t.a (not null): SD-H202 SD-H301 SD-H302\n");
  CHECK(Hazards("create table t (a int)", "create table t (a int check (a > 0))") ==
        "create constraint public.t.t_a_check: SD-H202 SD-H301 SD-H302\n");
  // A primary key's columns become NOT NULL first: two scans.
  CHECK(Hazards("create table t (a int)", "create table t (a int primary key)") ==
        "alter column public.t.a (not null): SD-H202 SD-H301 SD-H302\n"
        "create constraint public.t.t_pkey: SD-H202 SD-H301 SD-H302\n");
  CHECK(Messages("create table t (a int)", "create table t (a int not null)", "SD-H202") ==
        std::vector<std::string>{
            "holds ACCESS EXCLUSIVE on public.t while SET NOT NULL on public.t.a reads every row"});
}

TEST_CASE("SD-H202 does not fire where the lock is weaker or brief") {
  // ADD FOREIGN KEY takes SHARE ROW EXCLUSIVE: writes wait, reads go on.
  CHECK(Hazards("create table p (id int primary key); create table c (p int)",
                "create table p (id int primary key); create table c (p int references p)") ==
        "create constraint public.c.c_p_fkey: SD-H301 SD-H302\n");
  // VALIDATE CONSTRAINT takes SHARE UPDATE EXCLUSIVE.
  CHECK(Messages("create table t (a int); alter table t add constraint k check (a > 0) not valid",
                 "create table t (a int); alter table t add constraint k check (a > 0)", "SD-H202")
            .empty());
  CHECK(Hazards("create table t (a int)", "create table t (a int); alter table t add check (a > 0) not valid") == "");
  CHECK(Hazards("create table t (a varchar(5))", "create table t (a varchar(9))") == "");
  CHECK(Hazards("create table t (a int)", "create table t (a int default 5)") == "");
  CHECK(Hazards("create table t (a int not null)", "create table t (a int)") == "");
  CHECK(Hazards("", "create table t (a int primary key check (a > 0))") == "");
}
