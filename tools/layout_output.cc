#include "layout_output.h"

#include <cstring>
#include <ctime>
#include <iostream>

#include "migration_dir.h"

namespace sd::tools {

void AddLayoutOptions(CLI::App* app, LayoutOptions* options, int argc, char** argv) {
  bool layout_given = false;
  for (int i = 1; i < argc; ++i)
    if (std::strcmp(argv[i], "--layout") == 0 || std::strncmp(argv[i], "--layout=", 9) == 0) layout_given = true;
  auto* dir = app->add_option("-o,--output-dir", options->dir,
                              "with --layout: the migrations directory to add the next migration to; without: write "
                              "the migration bundle into DIR (up.sql, down.sql, plan.json, …)");
  options->layout_option =
      app->add_option("--layout", options->layout,
                      "write the up and down into -o DIR as its next migration, named as this tool expects "
                      "(auto: as the directory's files are named); --version V sets the version (docs/check.md)")
          ->check(CLI::IsMember({"golang-migrate", "flyway", "dbmate", "plain", "auto"}))
          ->needs(dir);
  if (app->get_option_no_throw("--down")) options->layout_option->excludes("--down");
  app->add_option("--name", options->name, "with --layout: the migration's name in its file names")
      ->needs(options->layout_option);
  if (layout_given) {
    // Here --version is the new migration's, not the program's.
    app->set_version_flag("");
    app->add_option("--version", options->version,
                    "the new migration's version (default: next number, or the UTC time for dbmate and "
                    "timestamp-numbered directories)");
  }
}

bool WantsLayout(const LayoutOptions& options) {
  return options.layout_option && options.layout_option->count() > 0;
}

int WriteLayoutMigration(const LayoutOptions& options, const Migrations& migrations, const render::SqlOptions& sql) {
  std::string error;
  if (!ValidMigrationName(options.name, &error)) {
    std::cerr << "schemadiff: error: " << (options.name.empty() ? "--layout needs --name (the migration's name)" : error)
              << "\n";
    return 1;
  }
  render::SqlScript up = render::RenderSql(migrations.up, sql);
  if (up.text.empty()) {
    std::cerr << "schemadiff: no changes: OLD and NEW declare the same schema; nothing written to " << options.dir
              << "\n";
    return 0;
  }
  if (!up.withheld.empty()) {
    // A migration file with commented-out steps would be committed and run
    // as if complete: write nothing until the data loss is accepted.
    std::cerr << "schemadiff: " << up.withheld.size()
              << " statement(s) can lose data; nothing written (rerun with --allow-destructive):\n";
    for (const auto* step : up.withheld) std::cerr << "  - " << step->destructive_reason << "\n";
    return 3;
  }
  render::SqlOptions down_sql = sql;
  down_sql.allow_destructive = true;
  NextMigration request;
  request.dir = options.dir;
  request.detect_layout = options.layout == "auto";
  if (!request.detect_layout) ParseLayoutName(options.layout, &request.layout);
  request.name = options.name;
  request.requested_version = options.version;
  request.now = std::time(nullptr);
  request.up_sql = up.text;
  request.down_sql = render::RenderSql(migrations.down, down_sql).text;
  Layout layout;
  std::vector<std::string> written;
  if (!WriteNextMigration(request, &layout, &written, &error)) {
    std::cerr << "schemadiff: error: " << error << "\n";
    return 1;
  }
  std::cerr << "schemadiff: wrote the next " << LayoutName(layout) << " migration:\n";
  for (const auto& path : written) std::cerr << "  " << path << "\n";
  return 0;
}

}  // namespace sd::tools
