#include "output_options.h"

namespace sd::tools {

void AddOutputOptions(CLI::App* app, OutputOptions* options) {
  app->add_option("--format", options->format, "sql (default): the migration script; json: the plan (docs/plan-json.md)")
      ->check(CLI::IsMember({"sql", "json"}));
  options->dir_option = app->get_option_no_throw("-o");
  if (!options->dir_option)
    options->dir_option = app->add_option("-o,--output-dir", options->dir,
                                          "write the migration bundle into DIR: up.sql, down.sql, plan.json, "
                                          "audit.sql, compat_views.sql, verify.sql, report.md, report.html");
  app->add_option("--compat-schema", options->compat_schema,
                  "schema of the bundle's compatibility views (default compat)");
}

bool WantsBundle(const CLI::App& app, const OutputOptions& options, std::string* dir) {
  if (!options.dir_option || options.dir_option->count() == 0) return false;
  const CLI::Option* layout = app.get_option_no_throw("--layout");
  if (layout && layout->count() > 0) return false;
  *dir = options.dir_option->as<std::string>();
  return true;
}

report::PlanReport MakeReport(const Migrations& migrations, const render::SqlOptions& sql,
                              const std::vector<model::Diagnostic>& input_diagnostics,
                              const std::vector<model::Diagnostic>& plan_diagnostics) {
  report::PlanReport report;
  report.version = SD_VERSION;
  report.up = &migrations.up;
  report.down = &migrations.down;
  report.sql = sql;
  report.rename_hints = migrations.rename_hints;
  report.diagnostics = input_diagnostics;
  report.diagnostics.insert(report.diagnostics.end(), plan_diagnostics.begin(), plan_diagnostics.end());
  return report;
}

}  // namespace sd::tools
