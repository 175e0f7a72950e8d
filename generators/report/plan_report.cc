#include "report/plan_report.h"

#include <set>

namespace sd::report {

std::vector<ListedStep> ListSteps(const plan::Plan& plan, const render::SqlOptions& options) {
  // Ask the SQL renderer which steps it withholds rather than repeating its
  // rule here, so reports and up.sql can never disagree.
  render::SqlScript script = render::RenderSql(plan, options);
  std::set<const plan::Step*> withheld(script.withheld.begin(), script.withheld.end());
  std::vector<ListedStep> out;
  for (const auto& step : plan.steps) {
    if (step.sql.empty()) continue;
    out.push_back({static_cast<int>(out.size()) + 1, &step, withheld.count(&step) > 0});
  }
  return out;
}

std::vector<model::Diagnostic> UniqueDiagnostics(const std::vector<model::Diagnostic>& diagnostics) {
  std::set<std::string> seen;
  std::vector<model::Diagnostic> out;
  for (const auto& d : diagnostics)
    if (seen.insert(model::FormatDiagnostic(d)).second) out.push_back(d);
  return out;
}

const char* SeverityName(model::Severity severity) {
  switch (severity) {
    case model::Severity::kError: return "error";
    case model::Severity::kWarning: return "warning";
    case model::Severity::kNote: return "note";
  }
  return "error";
}

}  // namespace sd::report
