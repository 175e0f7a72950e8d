#include "model/atom.h"

#include <doctest/doctest.h>

#include <map>
#include <string>
#include <thread>
#include <vector>

using sd::model::Atom;

TEST_CASE("equal texts are one atom; atoms read like strings") {
  std::string long_name = "timestamp with time zone";
  Atom a(long_name), b("timestamp with time zone"), c("integer");
  CHECK(a == b);
  CHECK(a.c_str() == b.c_str());  // one copy of the text
  CHECK(a != c);
  CHECK(a == long_name);
  CHECK(long_name == a);
  CHECK(a == "timestamp with time zone");
  CHECK(Atom().empty());
  CHECK(Atom("") == Atom());
  CHECK(a.size() == long_name.size());
  CHECK(a + "[]" == "timestamp with time zone[]");
  CHECK(a.find(" with") == 9);
  Atom d = c;
  d += "[]";
  CHECK(d == "integer[]");
  CHECK(c == "integer");  // assigning re-interns, the original is untouched
}

TEST_CASE("atoms order by their text, as std::string does") {
  std::map<Atom, int> by_name;
  for (const char* n : {"b", "a", "ab", "", "B"}) by_name[Atom(n)] = 0;
  std::vector<std::string> order;
  for (const auto& [name, unused] : by_name) order.push_back(name);
  CHECK(order == std::vector<std::string>{"", "B", "a", "ab", "b"});
  CHECK((Atom("a") <=> Atom("b")) == std::strong_ordering::less);
  CHECK((Atom("b") <=> std::string("a")) == std::strong_ordering::greater);
}

TEST_CASE("interning from two threads gives the same atoms") {
  std::vector<Atom> left, right;
  auto intern = [](std::vector<Atom>* out) {
    for (int i = 0; i < 20000; ++i) out->push_back(Atom("name_" + std::to_string(i % 5000)));
  };
  std::thread one(intern, &left), two(intern, &right);
  one.join();
  two.join();
  REQUIRE(left.size() == right.size());
  bool same = true;
  for (size_t i = 0; i < left.size(); ++i) same = same && left[i].c_str() == right[i].c_str();
  CHECK(same);
}
