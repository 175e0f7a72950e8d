#include "report/reviewer_report.h"

#include <kainjow/mustache.hpp>

#include <map>

#include "lint/lint.h"
#include "report/report_templates.h"

namespace sd::report {
namespace {

namespace mustache = kainjow::mustache;

std::string Count(size_t n) { return std::to_string(n); }

// A Markdown fence longer than any backtick run in `text`, so SQL holding
// backticks cannot close the block early.
std::string Fence(const std::string& text) {
  size_t longest = 0, run = 0;
  for (char c : text) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return std::string(std::max<size_t>(3, longest + 1), '`');
}

// Text in a Markdown table cell or list item: no line breaks, and
// characters Markdown would read as markup are escaped.
std::string MarkdownText(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\n' || c == '\r') {
      out += ' ';
    } else if (c == '|' || c == '\\' || c == '*' || c == '`' || c == '[' || c == ']' || c == '<' || c == '>') {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

// The template data: plain strings; escaping is the template's (HTML) or
// the escape handler's (Markdown) business.
mustache::data Data(const PlanReport& report) {
  std::map<std::string, const lint::RuleInfo*> rules;
  for (const auto& rule : lint::Rules()) rules[rule.code] = &rule;

  std::vector<ListedStep> up = ListSteps(*report.up, report.sql);
  std::vector<ListedStep> down = ListSteps(*report.down, report.sql);
  render::SqlScript up_sql = render::RenderSql(*report.up, report.sql);

  mustache::list hazards, withheld;
  std::map<std::string, size_t> per_code;
  size_t destructive = 0, outside_transaction = 0;
  for (const auto& listed : up) {
    const plan::Step& step = *listed.step;
    destructive += step.destructive;
    outside_transaction += !step.transactional;
    for (const auto& hazard : step.hazards) {
      ++per_code[hazard.code];
      auto rule = rules.find(hazard.code);
      mustache::data row;
      row.set("code", hazard.code);
      row.set("doc", "docs/hazards/" + hazard.code + ".md");
      row.set("rule", rule == rules.end() ? "" : rule->second->name);
      row.set("step", Count(listed.index));
      row.set("description", step.description);
      row.set("message", hazard.message);
      hazards.push_back(row);
    }
    if (listed.withheld) {
      mustache::data row;
      row.set("step", Count(listed.index));
      row.set("description", step.description);
      row.set("reason", step.destructive_reason);
      withheld.push_back(row);
    }
  }
  mustache::list codes;
  for (const auto& [code, count] : per_code) {
    auto rule = rules.find(code);
    mustache::data row;
    row.set("code", code);
    row.set("doc", "docs/hazards/" + code + ".md");
    row.set("count", Count(count));
    row.set("summary", rule == rules.end() ? "" : rule->second->summary);
    codes.push_back(row);
  }
  mustache::list hints, warnings;
  for (const auto& hint : report.rename_hints) hints.push_back(mustache::data("text", hint));
  for (const auto& d : UniqueDiagnostics(report.diagnostics)) {
    if (d.severity == model::Severity::kNote) continue;
    mustache::data row;
    std::string where = d.file;
    if (d.line > 0) where += ":" + std::to_string(d.line) + ":" + std::to_string(d.column);
    row.set("where", where);
    row.set("severity", SeverityName(d.severity));
    row.set("code", d.code);
    row.set("message", d.message);
    warnings.push_back(row);
  }
  size_t hazard_count = hazards.size();

  mustache::data data;
  data.set("version", report.version);
  data.set("up_steps", Count(up.size()));
  data.set("down_steps", Count(down.size()));
  data.set("destructive", Count(destructive));
  data.set("outside_transaction", Count(outside_transaction));
  data.set("hazard_count", Count(hazard_count));
  data.set("withheld_count", Count(withheld.size()));
  data.set("hint_count", Count(hints.size()));
  data.set("warning_count", Count(warnings.size()));
  data.set("allow_destructive", report.sql.allow_destructive);
  data.set("has_hazards", hazard_count > 0);
  data.set("has_withheld", !withheld.empty());
  data.set("has_hints", !hints.empty());
  data.set("has_warnings", !warnings.empty());
  data.set("has_sql", !up_sql.text.empty());
  data.set("hazards", hazards);
  data.set("codes", codes);
  data.set("withheld", withheld);
  data.set("hints", hints);
  data.set("warnings", warnings);
  data.set("up_sql", up_sql.text);
  data.set("fence", Fence(up_sql.text));
  return data;
}

std::string Render(const char* text, const PlanReport& report, bool markdown) {
  mustache::mustache tmpl{std::string(text)};
  // A broken template is a build mistake, not a user error (the golden
  // tests catch it): say so in the output instead of writing half a report.
  if (!tmpl.is_valid()) return "schemadiff: report template error: " + tmpl.error_message() + "\n";
  if (markdown) tmpl.set_custom_escape(MarkdownText);
  return tmpl.render(Data(report));
}

}  // namespace

std::string RenderReportMarkdown(const PlanReport& report) { return Render(kReportMarkdownTemplate, report, true); }

std::string RenderReportHtml(const PlanReport& report) { return Render(kReportHtmlTemplate, report, false); }

}  // namespace sd::report
