#include "bundle.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include "audit/audit.h"
#include "render/sql_render.h"
#include "report/compat_views.h"
#include "report/plan_json.h"
#include "report/reviewer_report.h"
#include "report/verify_sql.h"

namespace sd::tools {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitError = 1;
constexpr int kExitDestructive = 3;

// Binary mode: the files hold exactly the rendered bytes on every platform.
bool WriteFile(const std::filesystem::path& path, const std::string& text, std::string* error) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) {
    *error = "cannot write " + path.string();
    return false;
  }
  return true;
}

}  // namespace

int WriteBundle(const BundleRequest& request) {
  const Migrations& m = *request.migrations;
  const report::PlanReport& report = request.report;
  render::SqlScript up = render::RenderSql(m.up, report.sql);
  render::SqlScript down = render::RenderSql(m.down, report.sql);

  // Everything is rendered before the first file is written, so a failure
  // cannot leave a bundle mixing two runs' files.
  std::map<std::string, std::string> files;
  files["up.sql"] = up.text;
  files["down.sql"] = down.text;
  files["plan.json"] = report::RenderBundlePlanJson(report);
  files["audit.sql"] = audit::RenderAudit(m.changes, m.renamed_old, *request.new_catalog, m.up);
  files["compat_views.sql"] =
      report::RenderCompatViews(m.changes, m.renamed_old, *request.new_catalog, request.compat_schema);
  files["verify.sql"] = report::RenderVerify(m.changes, *request.new_catalog, m.up, report.sql);
  files["report.md"] = report::RenderReportMarkdown(report);
  files["report.html"] = report::RenderReportHtml(report);

  std::error_code ec;
  std::filesystem::path dir(request.dir);
  std::filesystem::create_directories(dir, ec);
  if (ec || !std::filesystem::is_directory(dir)) {
    std::cerr << "schemadiff: error: cannot create directory " << request.dir
              << (ec ? ": " + ec.message() : std::string()) << "\n";
    return kExitError;
  }
  std::string error;
  for (const char* name : kBundleFiles) {
    if (!WriteFile(dir / name, files[name], &error)) {
      std::cerr << "schemadiff: error: " << error << "\n";
      return kExitError;
    }
  }

  size_t hazards = 0;
  for (const auto& step : m.up.steps) hazards += step.hazards.size();
  const render::SqlScript& chosen = request.down ? down : up;
  std::cerr << "schemadiff: wrote " << std::size(kBundleFiles) << " files to " << request.dir << ": up "
            << report::ListSteps(m.up, report.sql).size() << " step(s), " << hazards << " hazard(s), "
            << up.withheld.size() << " withheld; down " << report::ListSteps(m.down, report.sql).size()
            << " step(s), " << down.withheld.size() << " withheld"
            << (chosen.withheld.empty() ? "" : " (rerun with --allow-destructive to include them)") << "\n";
  return chosen.withheld.empty() ? kExitOk : kExitDestructive;
}

}  // namespace sd::tools
