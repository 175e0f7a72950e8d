#include "model/quote.h"

#include <doctest/doctest.h>

using sd::model::QuoteIdent;

TEST_CASE("identifiers are quoted only where PostgreSQL needs it") {
  CHECK(QuoteIdent("users") == "users");
  CHECK(QuoteIdent("user") == "\"user\"");      // reserved
  CHECK(QuoteIdent("name") == "name");          // unreserved keyword
  CHECK(QuoteIdent("MyTable") == "\"MyTable\"");
  CHECK(QuoteIdent("a b") == "\"a b\"");
  CHECK(QuoteIdent("x\"y") == "\"x\"\"y\"");
  CHECK(QuoteIdent("café") == "\"café\"");
  CHECK(QuoteIdent("1abc") == "\"1abc\"");
}
