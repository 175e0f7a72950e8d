#include "parser/batch_split.h"

#include <doctest/doctest.h>

#include <string>

using sd::parser::SplitIntoBatches;

TEST_CASE("batches end after a statement's semicolon once they are long enough") {
  std::string sql = "create table a (x int);\ncreate table b (y int);\ncreate table c (z int);\n";
  auto ends = SplitIntoBatches(sql, 10);
  REQUIRE(ends.size() == 4);
  CHECK(sql.substr(0, ends[0]) == "create table a (x int);");
  CHECK(ends[1] == sql.find("b (y int);") + 10);
  CHECK(ends.back() == sql.size());
}

TEST_CASE("a small text is one batch") {
  CHECK(SplitIntoBatches("select 1; select 2;", 1000) == std::vector<size_t>{19});
}

TEST_CASE("semicolons inside literals, identifiers, comments and bodies do not end a batch") {
  const char* cases[] = {
      "select 'a;b''c;';",
      "select E'it\\'s;';",
      "select \"we;ird\"\"x;\";",
      "select 1 -- no; end\n;",
      "select 1 /* a /* nested; */ still; */;",
      "create function f() returns int language sql as $$ select 1; $$;",
      "create function f() returns int language sql as $body$ select '$$;'; $body$;",
      "select a$b$c, $1;",
  };
  for (const char* text : cases) {
    std::string sql = text;
    sql += " select 2;";
    auto ends = SplitIntoBatches(sql, 1);
    REQUIRE(ends.size() >= 2);
    CHECK_MESSAGE(ends[0] == std::string(text).size(), text);
  }
}

TEST_CASE("an unterminated literal runs to the end") {
  CHECK(SplitIntoBatches("select 'abc; select 2;", 1) == std::vector<size_t>{22});
}
