#include "verify_report.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>

namespace sd::tools {

namespace {

std::string Indent(const std::string& text, const std::string& prefix) {
  std::stringstream in(text);
  std::string out;
  for (std::string line; std::getline(in, line);) out += prefix + line + "\n";
  return out;
}

nlohmann::ordered_json DifferenceJson(const Difference& d) {
  nlohmann::ordered_json j;
  j["object"] = d.object;
  j["problem"] = d.problem;
  if (!d.aspect.empty()) j["aspect"] = d.aspect;
  if (!d.expected.empty()) j["expected"] = d.expected;
  if (!d.actual.empty()) j["actual"] = d.actual;
  if (!d.change.empty()) j["change"] = d.change;
  j["text"] = DescribeDifference(d);
  return j;
}

}  // namespace

const char* StatusName(PhaseStatus status) {
  switch (status) {
    case PhaseStatus::kPass: return "pass";
    case PhaseStatus::kDiffer: return "differ";
    case PhaseStatus::kError: return "error";
    case PhaseStatus::kSkipped: return "skipped";
  }
  return "";
}

PhaseStatus Report::Overall() const {
  bool differ = false;
  for (const auto& p : phases) {
    if (p.status == PhaseStatus::kError) return PhaseStatus::kError;
    if (p.status == PhaseStatus::kDiffer) differ = true;
  }
  return differ ? PhaseStatus::kDiffer : PhaseStatus::kPass;
}

int Report::ExitCode() const {
  switch (Overall()) {
    case PhaseStatus::kError: return 1;
    case PhaseStatus::kDiffer: return 2;
    default: return 0;
  }
}

std::string DescribeDifference(const Difference& d) {
  std::string out = d.object + ": ";
  if (d.problem == "differs") {
    out += (d.aspect.empty() ? std::string("differs") : d.aspect + " differs");
    if (!d.expected.empty() || !d.actual.empty())
      out += ": expected " + (d.expected.empty() ? "(none)" : d.expected) + ", database has " +
             (d.actual.empty() ? "(none)" : d.actual);
  } else if (d.problem == "missing") {
    out += "missing from the database";
    if (!d.expected.empty()) out += " (expected " + d.expected + ")";
  } else if (d.problem == "unexpected") {
    out += "in the database but not expected";
    if (!d.actual.empty()) out += " (" + d.actual + ")";
  } else {
    out += d.problem;
    if (!d.expected.empty() || !d.actual.empty()) out += ": before " + d.expected + ", after " + d.actual;
  }
  return out;
}

std::string RenderText(const Report& report) {
  std::string out = "schemadiff verify\n  OLD: " + report.old_path + "\n  NEW: " + report.new_path +
                    "\n  server: " +
                    (report.server == "private" ? "private (temporary cluster, unix socket only)"
                                                : "--dev-url (scratch databases)") +
                    (report.data ? "\n  data: generated rows (--data)" : "") + "\n\n";
  int failed = 0;
  for (const auto& p : report.phases) {
    std::string status = StatusName(p.status);
    status.resize(8, ' ');
    std::string name = p.name;
    name.resize(std::max<size_t>(name.size(), 15), ' ');
    out += status + name + " " + p.summary + "\n";
    for (const auto& d : p.differences) out += "          - " + DescribeDifference(d) + "\n";
    if (!p.detail.empty()) out += Indent(p.detail, "          | ");
    for (const auto& n : p.notes) out += "          note: " + n + "\n";
    if (p.status == PhaseStatus::kError || p.status == PhaseStatus::kDiffer) ++failed;
  }
  PhaseStatus overall = report.Overall();
  out += "\nresult: ";
  if (overall == PhaseStatus::kPass) out += "pass: both directions hold (exit 0)\n";
  if (overall == PhaseStatus::kDiffer)
    out += "differ: " + std::to_string(failed) + " phase(s) found differences (exit 2)\n";
  if (overall == PhaseStatus::kError) out += "error: " + std::to_string(failed) + " phase(s) failed (exit 1)\n";
  return out;
}

std::string RenderJson(const Report& report) {
  nlohmann::ordered_json j;
  j["command"] = "verify";
  j["old"] = report.old_path;
  j["new"] = report.new_path;
  j["server"] = report.server;
  j["data"] = report.data;
  j["status"] = StatusName(report.Overall());
  j["exit_code"] = report.ExitCode();
  j["phases"] = nlohmann::ordered_json::array();
  for (const auto& p : report.phases) {
    nlohmann::ordered_json phase;
    phase["name"] = p.name;
    phase["status"] = StatusName(p.status);
    phase["summary"] = p.summary;
    if (!p.detail.empty()) phase["detail"] = p.detail;
    phase["differences"] = nlohmann::ordered_json::array();
    for (const auto& d : p.differences) phase["differences"].push_back(DifferenceJson(d));
    if (!p.notes.empty()) phase["notes"] = p.notes;
    j["phases"].push_back(std::move(phase));
  }
  return j.dump(2) + "\n";
}

}  // namespace sd::tools
