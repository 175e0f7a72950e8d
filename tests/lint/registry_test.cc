// The registry and the driver: stable codes, documentation, invariants that
// hold across rules.
#include <doctest/doctest.h>

#include <cctype>
#include <fstream>
#include <set>
#include <sstream>

#include "diff/diff.h"
#include "lint/lint.h"
#include "lint_test_util.h"
#include "parser/loader.h"

using sd::lint::Rules;
using sd::lint::test::Lint;

namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// "SD-H" and three digits, the first not 0.
bool IsCode(const std::string& s) {
  return s.size() == 7 && s.rfind("SD-H", 0) == 0 && s[4] >= '1' && s[4] <= '9' && std::isdigit(s[5]) &&
         std::isdigit(s[6]);
}

// Lower-case words joined by single dashes.
bool IsSlug(const std::string& s) {
  if (s.empty() || s.front() == '-' || s.back() == '-' || s.find("--") != std::string::npos) return false;
  for (char c : s)
    if (!(c >= 'a' && c <= 'z') && c != '-') return false;
  return true;
}

// Pairs that exercise every rule at once.
const char* kOld =
    "create type mood as enum ('a', 'b', 'c'); create type size as enum ('s');"
    "create sequence s;"
    "create table p (id int primary key);"
    "create table t (a int, b bigint, c text, d int, g mood, z size, gone int, id int generated always as identity);"
    "create table doomed (x int references p);"
    "create table later (a int)";
const char* kNew =
    "create type mood as enum ('a', 'b'); create type size as enum ('s', 'm');"
    "create table p (id int primary key);"
    "create unlogged table t (a int not null unique, b int, c int, d int references p, g mood, z size default 'm',"
    "  id int, e float8 default random(), f int not null, check (a > 0));"
    "create index t_c on t (c);"
    "create table later (a int)";

}  // namespace

TEST_CASE("rules are registered under unique, well-formed codes, sorted") {
  const auto& rules = Rules();
  REQUIRE(rules.size() == 9);
  std::set<std::string> codes, names;
  std::string previous;
  for (const auto& r : rules) {
    CHECK(IsCode(r.code));
    CHECK(IsSlug(r.name));
    CHECK(r.code > previous);
    previous = r.code;
    CHECK(codes.insert(r.code).second);
    CHECK(names.insert(r.name).second);
    CHECK(!r.summary.empty());
    CHECK(r.doc == "docs/hazards/" + r.code + ".md");
  }
}

TEST_CASE("every rule has a documentation page and a row in the index") {
  std::string index = ReadFile(std::string(SD_SOURCE_DIR) + "/docs/hazards/README.md");
  REQUIRE(!index.empty());
  for (const auto& r : Rules()) {
    INFO(r.code);
    std::string page = ReadFile(std::string(SD_SOURCE_DIR) + "/" + r.doc);
    CHECK(page.rfind("# " + r.code + " " + r.name, 0) == 0);
    CHECK(index.find("[" + r.code + "](" + r.code + ".md)") != std::string::npos);
    CHECK(index.find(r.name) != std::string::npos);
  }
}

TEST_CASE("one migration touching every rule: each code fires, messages are one line") {
  for (bool down : {false, true}) {
    auto plan = Lint(kOld, kNew, down);
    std::set<std::string> seen;
    for (const auto& step : plan.steps)
      for (const auto& h : step.hazards) {
        seen.insert(h.code);
        CHECK(h.message.find('\n') == std::string::npos);
        CHECK(!h.message.empty());
      }
    if (!down)
      for (const auto& r : Rules()) {
        INFO(r.code);
        CHECK(seen.count(r.code) == 1);
      }
  }
}

TEST_CASE("every step the plan withholds as destructive carries SD-H101 or SD-H102") {
  for (bool down : {false, true}) {
    for (const auto& step : Lint(kOld, kNew, down).steps) {
      if (!step.destructive) continue;
      INFO(step.description);
      bool flagged = false;
      for (const auto& h : step.hazards) flagged = flagged || h.code == "SD-H101" || h.code == "SD-H102";
      CHECK(flagged);
    }
  }
}

TEST_CASE("Annotate replaces hazards, so running it twice changes nothing") {
  auto once = Lint(kOld, kNew);
  auto twice = once;
  // The same inputs again (kOld and kNew have no rename annotations).
  sd::model::Catalog from, to;
  std::vector<sd::model::Diagnostic> d;
  sd::parser::LoadSchema({{"old.sql", kOld}}, &from, &d);
  sd::parser::LoadSchema({{"new.sql", kNew}}, &to, &d);
  auto changes = sd::diff::Diff(from, to);
  sd::lint::Annotate(changes, from, to, &twice);
  REQUIRE(once.steps.size() == twice.steps.size());
  for (size_t i = 0; i < once.steps.size(); ++i) {
    REQUIRE(once.steps[i].hazards.size() == twice.steps[i].hazards.size());
    for (size_t j = 0; j < once.steps[i].hazards.size(); ++j)
      CHECK(once.steps[i].hazards[j].message == twice.steps[i].hazards[j].message);
  }
}

TEST_CASE("a step without SQL carries no hazard") {
  // The serial's sequence goes with its column: its drop step has no statement.
  auto plan = Lint("create table t (a int, id serial)", "create table t (a int)");
  int empty = 0;
  for (const auto& step : plan.steps)
    if (step.sql.empty()) {
      ++empty;
      CHECK(step.hazards.empty());
    }
  CHECK(empty == 1);
}
