// The psql script around the checks: settings, results, exit status.
#pragma once

#include <string>
#include <vector>

#include "audit/check.h"

namespace sd::audit {

/// The audit script running `checks` in order. Each check prints one line:
/// "OK   <check>", "FAIL <check>: N rows (e.g. ...)" (or "would lose N rows"
/// for data a drop destroys), or "SKIP <check>: <why>" for a check that
/// cannot be written before migrating. psql exits nonzero when any check
/// failed. Without checks the script only says that nothing is at risk.
std::string RenderScript(const std::vector<Check>& checks);

}  // namespace sd::audit
