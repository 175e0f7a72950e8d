// report.md and report.html of the bundle: the migration for a reviewer.
#pragma once

#include <string>

#include "report/plan_report.h"

namespace sd::report {

/// A Markdown page for a pull request: summary counts, the hazards with
/// their codes linked to docs/hazards/<code>.md, the withheld steps, the
/// forward SQL in a fenced block, rename hints and warnings.
std::string RenderReportMarkdown(const PlanReport& report);

/// The same content as one self-contained HTML page: inline CSS, no
/// scripts, no external assets, every value HTML-escaped.
std::string RenderReportHtml(const PlanReport& report);

}  // namespace sd::report
