#include "parser/naming.h"

#include <doctest/doctest.h>

using namespace sd::parser;

TEST_CASE("default names follow makeObjectName") {
  CHECK(MakeObjectName("t", "", "pkey") == "t_pkey");
  CHECK(MakeObjectName("t", "a_b", "key") == "t_a_b_key");
  std::string table(40, 't'), column(40, 'c');
  std::string name = MakeObjectName(table, column, "key");
  CHECK(name.size() == 63);
  // The longer part is cut first, so both keep 29 bytes here.
  CHECK(name == std::string(29, 't') + "_" + std::string(29, 'c') + "_key");
}

TEST_CASE("collisions get a number on the label") {
  auto taken = [](const std::string& n) { return n == "t_a_key" || n == "t_a_key1"; };
  CHECK(ChooseName("t", "a", "key", taken) == "t_a_key2");
}

TEST_CASE("truncation never splits a UTF-8 character") {
  std::string name;
  for (int i = 0; i < 40; ++i) name += "é";  // 80 bytes
  std::string cut = TruncateIdentifier(name);
  CHECK(cut.size() == 62);
}

TEST_CASE("duplicate index column names are numbered") {
  CHECK(DistinctIndexColumnNames({"a", "a", "lower"}) == std::vector<std::string>{"a", "a1", "lower"});
}
