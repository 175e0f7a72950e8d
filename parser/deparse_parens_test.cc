#include "parser/deparse_parens.h"

#include <doctest/doctest.h>

#include <regex>

namespace {

// The parse tree of `SELECT <expr>` as JSON without locations: two texts with
// the same structure have the same meaning.
std::string Structure(const std::string& expr) {
  PgQueryParseResult result = pg_query_parse(("SELECT " + expr).c_str());
  std::string json = result.error ? std::string("error: ") + result.error->message : result.parse_tree;
  pg_query_free_parse_result(result);
  return std::regex_replace(json, std::regex(R"("location":-?\d+,?)"), "");
}

std::string Deparsed(const std::string& expr) {
  sd::parser::ParseTree tree;
  PgQuery__Node** slot = sd::parser::ParseExprSlot(expr, &tree);
  REQUIRE(slot != nullptr);
  std::string out, error;
  REQUIRE(sd::parser::DeparseExpr(*slot, &out, &error));
  return out;
}

}  // namespace

TEST_CASE("deparsed expressions keep the parentheses their meaning needs") {
  // Each of these came back from libpg_query's deparser with another meaning.
  for (const char* expr : {"(x AT TIME ZONE 'utc')::text", "(x IS NULL)::int", "(a OR b)::int",
                           "(NOT a)::int", "(a IS TRUE)::int", "(x COLLATE \"C\")::text",
                           "(a AND b) IS NULL", "(a OR b) IS NOT TRUE", "((a IS NULL)::int)::text",
                           "f((x AT TIME ZONE 'utc')::date, (a AND b) IS NULL)",
                           "(a AT TIME ZONE 'utc')::date - 1", "EXTRACT(year FROM x)::text"}) {
    CAPTURE(expr);
    std::string text = Deparsed(expr);
    CAPTURE(text);
    CHECK(Structure(text) == Structure(expr));
  }
  // Operands that need none get none.
  CHECK(Deparsed("a::int") == "a::int");
  CHECK(Deparsed("(a + b)::text") == "CAST(a + b AS text)");
}
