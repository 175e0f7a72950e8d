// Pre-flight data audit: for every step that can fail or lose data on
// existing rows, a query counting the rows at risk (audit.sql in the bundle).
#pragma once

#include <string>
#include <vector>

#include "diff/change.h"
#include "model/catalog.h"
#include "plan/plan.h"

namespace sd::audit {

/// A psql script with one check per risky step of `up`: each prints one line
/// "OK <check>" or "FAIL <check>: N rows ..." and the script exits nonzero
/// (ON_ERROR_STOP) when any check fails. `changes`, `from` and `to` are what
/// `up` was built from (step.change_index indexes `changes`; `from` has NEW's
/// rename annotations applied: the script reads tables and columns under the
/// names they have before migrating). A check whose values only exist after
/// the migration prints "SKIP <check>: <why>". A plan without risky steps
/// gives a script that only says so. docs/audit.md describes every check.
std::string RenderAudit(const std::vector<diff::Change>& changes, const model::Catalog& from,
                        const model::Catalog& to, const plan::Plan& up);

}  // namespace sd::audit
