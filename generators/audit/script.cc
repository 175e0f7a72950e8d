#include "audit/script.h"

#include "model/quote.h"

namespace sd::audit {
namespace {

constexpr const char* kHeader =
    "-- schemadiff data audit: run against the database BEFORE migrating:\n"
    "--   psql -X -d DBNAME -f audit.sql\n"
    "-- One line per check: \"OK   <check>\", \"FAIL <check>: N rows (e.g. ...)\" or\n"
    "-- \"SKIP <check>: <why>\". psql exits nonzero when any check failed. Nothing is\n"
    "-- changed: the checks run in one transaction that is rolled back.\n"
    "\\set ON_ERROR_STOP 1\n"
    "\\set QUIET 1\n"
    "\\pset format unaligned\n"
    "\\pset tuples_only on\n"
    "\\pset footer off\n"
    "\\pset pager off\n";

// PostgreSQL 15 has no pg_input_is_valid: try the conversion ALTER COLUMN
// TYPE would make, value by value, and catch the error it raises.
constexpr const char* kConvertsFunction =
    "-- True when `conversion` (SQL with $1 for the value) succeeds on `value`.\n"
    "CREATE FUNCTION pg_temp.sd_audit_converts(value anyelement, conversion text) RETURNS boolean\n"
    "LANGUAGE plpgsql AS $sd$\n"
    "BEGIN\n"
    "  EXECUTE 'SELECT ' || conversion USING value;\n"
    "  RETURN true;\n"
    "EXCEPTION WHEN others THEN\n"
    "  RETURN false;\n"
    "END\n"
    "$sd$;\n";

constexpr const char* kReport =
    "SELECT CASE\n"
    "         WHEN rows_at_risk IS NULL THEN 'SKIP ' || description || ': ' || note\n"
    "         WHEN rows_at_risk = 0 THEN 'OK   ' || description\n"
    "         ELSE 'FAIL ' || description || ': ' || CASE WHEN loss THEN 'would lose ' ELSE '' END ||\n"
    "              rows_at_risk || CASE WHEN rows_at_risk = 1 THEN ' row' ELSE ' rows' END ||\n"
    "              coalesce(' (e.g. ' || note || ')', '')\n"
    "       END\n"
    "FROM pg_temp.sd_audit_result ORDER BY n;\n"
    // The exception makes psql (ON_ERROR_STOP) exit nonzero.
    "DO $sd$\n"
    "DECLARE\n"
    "  failed bigint;\n"
    "BEGIN\n"
    "  SELECT count(*) INTO failed FROM pg_temp.sd_audit_result WHERE rows_at_risk > 0;\n"
    "  IF failed > 0 THEN\n"
    "    RAISE EXCEPTION 'schemadiff audit: % check(s) failed', failed;\n"
    "  END IF;\n"
    "END\n"
    "$sd$;\n"
    "ROLLBACK;\n";

// A description as a one-line SQL comment: a quoted identifier may hold a
// line break, which would end the comment.
std::string CommentLine(std::string text) {
  for (char& c : text)
    if (c == '\n' || c == '\r') c = ' ';
  return "-- " + text + "\n";
}

}  // namespace

std::string RenderScript(const std::vector<Check>& checks) {
  std::string out = kHeader;
  if (checks.empty()) {
    out += "\\echo 'OK   no step of this migration can fail or lose data on existing rows'\n";
    return out;
  }
  // One snapshot for all checks, so their counts agree with each other.
  out += "SET client_min_messages = warning;\n";
  out += "BEGIN ISOLATION LEVEL REPEATABLE READ;\n";
  out += "CREATE TEMPORARY TABLE sd_audit_result (n integer PRIMARY KEY, description text NOT NULL, "
         "rows_at_risk bigint, note text, loss boolean NOT NULL) ON COMMIT DROP;\n";
  for (const auto& c : checks)
    if (c.uses_converts) {
      out += kConvertsFunction;
      break;
    }
  int n = 0;
  for (const auto& c : checks) {
    ++n;
    out += "\n" + CommentLine(std::to_string(n) + ". " + c.description);
    out += "INSERT INTO pg_temp.sd_audit_result VALUES (" + std::to_string(n) + ", " +
           model::QuoteLiteral(c.description) + ",";
    if (!c.skipped.empty()) {
      out += " NULL, " + model::QuoteLiteral("not checkable before migrating: " + c.skipped) + ", false);\n";
      continue;
    }
    out += "\n  (" + c.count_sql + "),\n  (" + c.sample_sql + "),\n  " + (c.loss ? "true" : "false") + ");\n";
  }
  out += "\n";
  out += kReport;
  return out;
}

}  // namespace sd::audit
