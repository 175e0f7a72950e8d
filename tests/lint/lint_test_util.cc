#include "lint_test_util.h"

#include <doctest/doctest.h>

#include "diff/diff.h"
#include "lint/lint.h"
#include "parser/loader.h"
#include "parser/renames.h"

namespace sd::lint::test {
namespace {

model::Catalog Load(const std::string& sql, const char* name) {
  model::Catalog catalog;
  std::vector<model::Diagnostic> diagnostics;
  bool ok = parser::LoadSchema({{name, sql}}, &catalog, &diagnostics);
  std::string problems;
  for (const auto& d : diagnostics) problems += model::FormatDiagnostic(d) + "\n";
  INFO(problems);
  REQUIRE(ok);
  return catalog;
}

}  // namespace

plan::Plan Lint(const std::string& old_sql, const std::string& new_sql, bool down, const plan::PlanOptions& options) {
  model::Catalog from = Load(old_sql, "old.sql");
  model::Catalog to = Load(new_sql, "new.sql");
  // As the command does: annotated renames first, applied to OLD.
  std::vector<model::Diagnostic> notes;
  std::vector<diff::Change> changes = diff::RenameChanges(parser::ApplyRenameAnnotations(&from, to, &notes));
  for (auto& change : diff::Diff(from, to)) changes.push_back(std::move(change));
  if (down) {
    changes = diff::Invert(changes);
    std::swap(from, to);
  }
  plan::Plan plan;
  std::string error;
  INFO(error);
  REQUIRE(plan::BuildPlan(changes, from, to, &plan, &error, options));
  Annotate(changes, from, to, &plan);
  return plan;
}

std::string Hazards(const std::string& old_sql, const std::string& new_sql, bool down) {
  std::string out;
  for (const auto& step : Lint(old_sql, new_sql, down).steps) {
    if (step.hazards.empty()) continue;
    out += step.description + ":";
    for (const auto& h : step.hazards) out += " " + h.code;
    out += "\n";
  }
  return out;
}

std::vector<std::string> Messages(const std::string& old_sql, const std::string& new_sql, const std::string& code,
                                  bool down) {
  std::vector<std::string> out;
  for (const auto& step : Lint(old_sql, new_sql, down).steps)
    for (const auto& h : step.hazards)
      if (h.code == code) out.push_back(h.message);
  return out;
}

}  // namespace sd::lint::test
