// The migration plan as JSON (--format json, plan.json of the bundle);
// the format is documented in docs/plan-json.md.
#pragma once

#include <string>

#include "report/plan_report.h"

namespace sd::report {

/// One direction (`down` false: OLD → NEW) as a JSON document ending in a
/// newline. Keys come in a fixed order and every list in plan or input
/// order, so equal inputs give byte-identical output.
std::string RenderPlanJson(const PlanReport& report, bool down);

/// Both directions in one document (plan.json of the bundle).
std::string RenderBundlePlanJson(const PlanReport& report);

}  // namespace sd::report
