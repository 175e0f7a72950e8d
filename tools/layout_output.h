// `schemadiff OLD NEW -o DIR --layout L --name N`: the migration written as
// the next migration of a golang-migrate / Flyway / dbmate / plain directory
// (without --layout, -o DIR is the bundle: bundle.h).
#pragma once

#include <CLI/CLI.hpp>

#include <string>

#include "migration.h"
#include "render/sql_render.h"

namespace sd::tools {

/// The options of a migration-directory write.
struct LayoutOptions {
  std::string dir;      ///< -o DIR (shared with the bundle, which uses it without --layout)
  std::string layout;   ///< golang-migrate, flyway, dbmate, plain or auto
  std::string name;     ///< --name
  std::string version;  ///< --version V (only with --layout): the new migration's version
  CLI::Option* layout_option = nullptr;
};

/// Registers -o, --layout and --name on the main command. When `argv` holds
/// --layout, `--version` means the new migration's version (dbmate and
/// timestamp directories), so the program's --version flag is replaced.
/// Call before tools/output_options.h's AddOutputOptions, which shares -o.
void AddLayoutOptions(CLI::App* app, LayoutOptions* options, int argc, char** argv);

/// True when --layout was given: -o names a migrations directory.
bool WantsLayout(const LayoutOptions& options);

/// Writes the up and down of `migrations` as the next migration of the
/// directory and prints what was written on stderr. The up is rendered with
/// `sql`; the down always with its destructive steps (a down that withheld
/// its drops would not undo the up). Returns the exit code: 0 written (or an
/// empty diff: nothing to write), 1 error, 3 the up has destructive steps
/// and `sql.allow_destructive` is off (nothing written).
int WriteLayoutMigration(const LayoutOptions& options, const Migrations& migrations, const render::SqlOptions& sql);

}  // namespace sd::tools
