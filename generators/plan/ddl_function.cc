// Functions, procedures and triggers as SQL.
#include "model/quote.h"
#include "plan/ddl.h"

namespace sd::plan {
namespace {

// A body in dollar quotes whose tag cannot end it early (the body may
// itself contain $$ or end in $).
std::string DollarQuote(const std::string& body) {
  for (std::string tag : {"$$", "$function$", "$body$", "$sd_body$"}) {
    std::string quoted = body + tag;
    if (quoted.find(tag) == body.size()) return tag + quoted;
  }
  return model::QuoteLiteral(body);
}

std::string ArgSql(const model::FunctionArg& a) {
  std::string out;
  if (!a.mode.empty()) out += a.mode + " ";
  if (!a.name.empty()) out += model::QuoteIdent(a.name) + " ";
  out += model::TypeSql(a.type);
  if (a.default_value) out += " DEFAULT " + a.default_value->text;
  return out;
}

std::string ArgListSql(const std::vector<model::FunctionArg>& args) {
  std::string out;
  for (size_t i = 0; i < args.size(); ++i) out += (i ? ", " : "") + ArgSql(args[i]);
  return out;
}

std::string AttributesSql(const model::Function& f) {
  std::string out = "LANGUAGE " + model::QuoteIdent(f.language);
  if (f.procedure) return out + (f.security_definer ? " SECURITY DEFINER" : "");
  if (f.window) out += " WINDOW";
  if (f.volatility == 'i') out += " IMMUTABLE";
  if (f.volatility == 's') out += " STABLE";
  if (f.strict) out += " STRICT";
  if (f.security_definer) out += " SECURITY DEFINER";
  if (f.leakproof) out += " LEAKPROOF";
  if (f.parallel == 's') out += " PARALLEL SAFE";
  if (f.parallel == 'r') out += " PARALLEL RESTRICTED";
  bool c_like = f.language == "c" || f.language == "internal";
  if (f.cost != (c_like ? "1" : "100")) out += " COST " + f.cost;
  if (!f.rows.empty() && f.rows != "1000") out += " ROWS " + f.rows;
  if (!f.support.empty()) out += " SUPPORT " + f.support;
  return out;
}

std::string BodySql(const model::Function& f) {
  if (!f.sql_body.empty()) return f.sql_body;
  if (f.as.size() == 2) return "AS " + model::QuoteLiteral(f.as[0]) + ", " + model::QuoteLiteral(f.as[1]);
  if (f.as.size() == 1) return "AS " + DollarQuote(f.as[0]);
  return "";
}

const char* EnabledSql(char state) {
  switch (state) {
    case 'D': return " DISABLE TRIGGER ";
    case 'A': return " ENABLE ALWAYS TRIGGER ";
    case 'R': return " ENABLE REPLICA TRIGGER ";
    default: return nullptr;
  }
}

}  // namespace

std::string FunctionSignatureSql(const model::Function& f) {
  return model::QuoteQualified(f.name) + "(" + f.identity_args + ")";
}

std::string CreateFunctionSql(const model::Function& f, bool or_replace) {
  std::string out = or_replace ? "CREATE OR REPLACE " : "CREATE ";
  out += f.procedure ? "PROCEDURE " : "FUNCTION ";
  out += model::QuoteQualified(f.name) + "(" + ArgListSql(f.args) + ")";
  if (!f.table_columns.empty()) {
    out += " RETURNS TABLE(" + ArgListSql(f.table_columns) + ")";
  } else if (f.returns) {
    out += std::string(" RETURNS ") + (f.returns_set ? "SETOF " : "") + model::TypeSql(*f.returns);
  }
  out += "\n    " + AttributesSql(f);
  for (const auto& [name, value] : f.config)
    out += "\n    SET " + model::QuoteIdent(name) + (value == "FROM CURRENT" ? " FROM CURRENT" : " TO " + value);
  out += "\n    " + BodySql(f) + ";\n";
  return out;
}

std::string CreateTriggerSql(const model::Trigger& t) {
  std::string out = t.constraint ? "CREATE CONSTRAINT TRIGGER " : "CREATE TRIGGER ";
  out += model::QuoteIdent(t.name) + " " + t.timing + " ";
  // PostgreSQL's order of events (pg_get_triggerdef).
  std::string events;
  auto event = [&](int bit, const std::string& text) {
    if (t.events & bit) events += (events.empty() ? "" : " OR ") + text;
  };
  event(model::kTriggerInsert, "INSERT");
  event(model::kTriggerDelete, "DELETE");
  std::string update = "UPDATE";
  for (size_t i = 0; i < t.update_columns.size(); ++i)
    update += (i ? ", " : " OF ") + model::QuoteIdent(t.update_columns[i]);
  event(model::kTriggerUpdate, update);
  event(model::kTriggerTruncate, "TRUNCATE");
  out += events + " ON " + model::QuoteQualified(t.table);
  if (t.from_table) out += " FROM " + model::QuoteQualified(*t.from_table);
  if (t.deferrable) out += t.initially_deferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE INITIALLY IMMEDIATE";
  if (!t.old_table.empty() || !t.new_table.empty()) {
    out += " REFERENCING";
    if (!t.old_table.empty()) out += " OLD TABLE AS " + model::QuoteIdent(t.old_table);
    if (!t.new_table.empty()) out += " NEW TABLE AS " + model::QuoteIdent(t.new_table);
  }
  out += t.for_each_row ? " FOR EACH ROW" : " FOR EACH STATEMENT";
  if (t.when) out += " WHEN (" + t.when->text + ")";
  out += " EXECUTE FUNCTION " + model::QuoteQualified(t.function) + "(";
  for (size_t i = 0; i < t.args.size(); ++i) out += (i ? ", " : "") + model::QuoteLiteral(t.args[i]);
  out += ");\n";
  if (const char* enabled = EnabledSql(t.enabled))
    out += AlterTable(t.table) + enabled + model::QuoteIdent(t.name) + ";\n";
  return out;
}

}  // namespace sd::plan
