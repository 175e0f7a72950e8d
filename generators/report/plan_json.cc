#include "report/plan_json.h"

#include <map>

#include <nlohmann/json.hpp>

namespace sd::report {
namespace {

// ordered_json keeps keys in insertion order: the documented order, stable
// across runs and library versions (a plain json sorts them, which would do
// too, but reads worse).
using Json = nlohmann::ordered_json;

// Bumped when a key changes meaning or disappears; new keys do not bump it.
constexpr int kFormatVersion = 1;

Json Objects(const std::vector<model::ObjectRef>& refs) {
  Json out = Json::array();
  for (const auto& ref : refs) out.push_back(model::Describe(ref));
  return out;
}

// The steps, hazard counts and withheld steps of one direction.
void AddDirection(const plan::Plan& plan, const render::SqlOptions& options, Json* out) {
  Json steps = Json::array();
  Json withheld = Json::array();
  std::map<std::string, int> counts;
  for (const auto& listed : ListSteps(plan, options)) {
    const plan::Step& step = *listed.step;
    Json hazards = Json::array();
    for (const auto& hazard : step.hazards) {
      hazards.push_back(Json{{"code", hazard.code}, {"message", hazard.message}});
      ++counts[hazard.code];
    }
    steps.push_back(Json{{"index", listed.index},
                         {"description", step.description},
                         {"sql", step.sql},
                         {"transactional", step.transactional},
                         {"destructive", step.destructive},
                         {"destructive_reason", step.destructive_reason},
                         {"withheld", listed.withheld},
                         {"hazards", std::move(hazards)},
                         {"creates", Objects(step.creates)},
                         {"drops", Objects(step.drops)}});
    if (listed.withheld)
      withheld.push_back(Json{{"index", listed.index},
                              {"description", step.description},
                              {"reason", step.destructive_reason}});
  }
  Json summary = Json::object();
  for (const auto& [code, count] : counts) summary[code] = count;  // std::map: sorted by code
  (*out)["steps"] = std::move(steps);
  (*out)["hazards"] = std::move(summary);
  (*out)["withheld"] = std::move(withheld);
}

void AddShared(const PlanReport& report, Json* out) {
  Json hints = Json::array();
  for (const auto& hint : report.rename_hints) hints.push_back(hint);
  Json diagnostics = Json::array();
  for (const auto& d : UniqueDiagnostics(report.diagnostics))
    diagnostics.push_back(Json{{"file", d.file},
                               {"line", d.line},
                               {"column", d.column},
                               {"severity", SeverityName(d.severity)},
                               {"code", d.code},
                               {"message", d.message}});
  (*out)["rename_hints"] = std::move(hints);
  (*out)["diagnostics"] = std::move(diagnostics);
}

Json Header(const PlanReport& report) {
  return Json{{"schemadiff", report.version},
              {"format_version", kFormatVersion},
              {"allow_destructive", report.sql.allow_destructive}};
}

// Two-space indentation, newline at the end; invalid UTF-8 in SQL or
// messages is replaced rather than aborting the whole document.
std::string Dump(const Json& doc) {
  return doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace

std::string RenderPlanJson(const PlanReport& report, bool down) {
  Json doc = Header(report);
  doc["direction"] = down ? "down" : "up";
  AddDirection(down ? *report.down : *report.up, report.sql, &doc);
  AddShared(report, &doc);
  return Dump(doc);
}

std::string RenderBundlePlanJson(const PlanReport& report) {
  Json doc = Header(report);
  Json up = Json::object();
  Json down = Json::object();
  AddDirection(*report.up, report.sql, &up);
  AddDirection(*report.down, report.sql, &down);
  doc["up"] = std::move(up);
  doc["down"] = std::move(down);
  AddShared(report, &doc);
  return Dump(doc);
}

}  // namespace sd::report
