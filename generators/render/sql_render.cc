#include "render/sql_render.h"

#include <optional>

#include "model/quote.h"

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

const char* PhaseHeader(plan::Phase phase) {
  switch (phase) {
    case plan::Phase::kExpand:
      return "-- ==== expand: additive changes; code written for the old schema keeps working ====\n";
    case plan::Phase::kBackfill:
      return "-- ==== backfill: fill the new NOT NULL columns before the contract phase ====\n";
    case plan::Phase::kContract:
      return "-- ==== contract: validations, SET NOT NULL, drops; run once the new code is deployed ====\n";
  }
  return "";
}

// Runs before everything: a statement that cannot get its lock soon fails
// (rerun later) instead of queueing every other query on the table behind it.
std::string OnlinePreamble(const SqlOptions& options) {
  std::string out =
      "-- Online migration (schemadiff --online): run it as a script (psql -f), never in one transaction:\n"
      "-- CONCURRENTLY and VALIDATE statements run outside BEGIN/COMMIT, each committing on its own.\n";
  if (!options.lock_timeout.empty()) out += "SET lock_timeout = " + model::QuoteLiteral(options.lock_timeout) + ";\n";
  if (!options.statement_timeout.empty())
    out += "SET statement_timeout = " + model::QuoteLiteral(options.statement_timeout) + ";\n";
  return out;
}

}  // namespace

SqlScript RenderSql(const plan::Plan& plan, const SqlOptions& options) {
  SqlScript script;
  bool in_transaction = false;
  std::optional<plan::Phase> phase;  // online plans: the phase being rendered
  bool outside_noted = false;        // online plans: the current run outside a transaction is announced
  for (const auto& step : plan.steps) {
    if (step.sql.empty()) continue;  // implied by another step (e.g. an owned sequence)
    if (plan.online && phase != step.phase) {
      // Each phase ends committed: the next one may run much later.
      if (in_transaction) script.text += "COMMIT;\n";
      in_transaction = false;
      outside_noted = false;
      script.text += std::string(phase ? "\n" : "") + PhaseHeader(step.phase);
      phase = step.phase;
    }
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
    if (plan.online) {
      if (step.transactional) outside_noted = false;
      if (!step.transactional && !outside_noted && step.online != plan::OnlineForm::kBackfill) {
        script.text += "-- outside a transaction: each statement commits on its own\n";
        outside_noted = true;
      }
    }
    script.text += step.sql;
  }
  if (in_transaction) script.text += "COMMIT;\n";
  if (plan.online && !script.text.empty()) script.text = OnlinePreamble(options) + "\n" + script.text;
  return script;
}

}  // namespace sd::render
