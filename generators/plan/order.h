// Dependency sort of steps.
#pragma once

#include <string>
#include <vector>

#include "plan/plan.h"

namespace sd::plan {

/// Orders `steps` so that every object is created after what it needs and
/// dropped before what it used; among independent steps, by phase, rank,
/// then input position. A step's phase is raised to that of any step it must
/// follow. Returns false with the steps of a cycle named in `error`.
bool OrderSteps(std::vector<Step>* steps, std::string* error);

}  // namespace sd::plan
