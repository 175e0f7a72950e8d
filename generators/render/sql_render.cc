#include "render/sql_render.h"

namespace sd::render {
namespace {

std::string Commented(const std::string& sql) {
  std::string out;
  size_t start = 0;
  while (start < sql.size()) {
    size_t end = sql.find('\n', start);
    if (end == std::string::npos) end = sql.size();
    out += "-- " + sql.substr(start, end - start) + "\n";
    start = end + 1;
  }
  return out;
}

}  // namespace

SqlScript RenderSql(const plan::Plan& plan, const SqlOptions& options) {
  SqlScript script;
  bool in_transaction = false;
  for (const auto& step : plan.steps) {
    if (step.sql.empty()) continue;  // implied by another step (e.g. an owned sequence)
    if (step.destructive && !options.allow_destructive) {
      script.withheld.push_back(&step);
      script.text += "-- withheld: " + step.destructive_reason + " (rerun with --allow-destructive)\n" +
                     Commented(step.sql);
      continue;
    }
    if (step.transactional && !in_transaction) {
      script.text += "BEGIN;\n";
      in_transaction = true;
    } else if (!step.transactional && in_transaction) {
      script.text += "COMMIT;\n";
      in_transaction = false;
    }
    script.text += step.sql;
  }
  if (in_transaction) script.text += "COMMIT;\n";
  return script;
}

}  // namespace sd::render
