// Runs the real pipeline on two small schemas and summarises the hazards.
#pragma once

#include <string>
#include <vector>

#include "plan/plan.h"

namespace sd::lint::test {

/// Loads `old_sql` and `new_sql`, diffs, plans (with `options`) and
/// annotates (the backward migration when `down`). Fails the current test
/// when a schema does not load or the plan cannot be built.
plan::Plan Lint(const std::string& old_sql, const std::string& new_sql, bool down = false,
                const plan::PlanOptions& options = {});

/// One line per step that carries hazards, in plan order:
/// "drop table public.t: SD-H101\n". Empty when no step has any.
std::string Hazards(const std::string& old_sql, const std::string& new_sql, bool down = false);

/// The messages of hazards with `code`, over all steps, in plan order.
std::vector<std::string> Messages(const std::string& old_sql, const std::string& new_sql, const std::string& code,
                                  bool down = false);

}  // namespace sd::lint::test
