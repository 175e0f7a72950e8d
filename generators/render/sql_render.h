// A plan as a SQL script.
#pragma once

#include <string>
#include <vector>

#include "plan/plan.h"

namespace sd::render {

struct SqlOptions {
  bool allow_destructive = false;  ///< else data-losing steps become comments
  /// Online plans only: `SET lock_timeout` / `SET statement_timeout` at the
  /// top (PostgreSQL interval text, e.g. "5s"; empty: no SET).
  std::string lock_timeout = "5s";
  std::string statement_timeout = "0";
};

struct SqlScript {
  std::string text;                       ///< empty when there is nothing to do
  std::vector<const plan::Step*> withheld;  ///< destructive steps left as comments
};

/// Renders steps in order, inside BEGIN/COMMIT except steps PostgreSQL
/// cannot run in a transaction, which close and reopen it around them.
/// An online plan (plan.online) starts with the timeouts, and each phase
/// opens with a comment header and closes its own transaction.
SqlScript RenderSql(const plan::Plan& plan, const SqlOptions& options);

}  // namespace sd::render
