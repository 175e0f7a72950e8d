// A plan as a SQL script.
#pragma once

#include <string>
#include <vector>

#include "plan/plan.h"

namespace sd::render {

struct SqlOptions {
  bool allow_destructive = false;  ///< else data-losing steps become comments
};

struct SqlScript {
  std::string text;                       ///< empty when there is nothing to do
  std::vector<const plan::Step*> withheld;  ///< destructive steps left as comments
};

/// Renders steps in order, inside BEGIN/COMMIT except steps PostgreSQL
/// cannot run in a transaction, which close and reopen it around them.
SqlScript RenderSql(const plan::Plan& plan, const SqlOptions& options);

}  // namespace sd::render
