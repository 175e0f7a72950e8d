// The output choices of the migration command: --format, -o DIR (the
// bundle) and --compat-schema, and the report data they need.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "migration.h"
#include "model/diagnostic.h"
#include "render/sql_render.h"
#include "report/plan_report.h"

namespace sd::tools {

/// Parsed output options.
struct OutputOptions {
  std::string format = "sql";            ///< "sql" or "json"
  std::string dir;                       ///< -o DIR when this command registered -o
  std::string compat_schema = "compat";  ///< schema of the bundle's compatibility views
  CLI::Option* dir_option = nullptr;     ///< -o, whoever registered it
};

/// Adds --format, -o and --compat-schema to `app`. Call it after every other
/// option: when -o is already registered (migration directories with
/// --layout), the bundle shares that option instead of adding a second one.
void AddOutputOptions(CLI::App* app, OutputOptions* options);

/// True with the directory when -o was given without --layout: the bundle.
/// With --layout, -o names a migration directory and is not the bundle's.
bool WantsBundle(const CLI::App& app, const OutputOptions& options, std::string* dir);

/// The report data of a planned migration: both directions rendered with
/// `sql`, the rename hints, and the input and planning diagnostics.
report::PlanReport MakeReport(const Migrations& migrations, const render::SqlOptions& sql,
                              const std::vector<model::Diagnostic>& input_diagnostics,
                              const std::vector<model::Diagnostic>& plan_diagnostics);

}  // namespace sd::tools
