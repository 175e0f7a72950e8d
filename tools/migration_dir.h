// A migrations directory on disk: reading its migrations in order (for
// `schemadiff check`) and adding the next one (for -o DIR --layout and
// check --fix), keeping schemadiff.sum in step.
#pragma once

#include <ctime>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "layouts.h"
#include "parser/loader.h"

namespace sd::tools {

/// One migration of a directory.
struct MigrationEntry {
  std::string version;                ///< empty for Flyway repeatable migrations
  std::string name;
  parser::Input up;                   ///< named by path; line numbers are the file's
  std::optional<parser::Input> down;  ///< absent when the directory has none for it
};

/// Reads a whole file; false with `error` naming the file and the reason.
bool ReadFile(const std::filesystem::path& path, std::string* text, std::string* error);

/// The *.sql file names of `dir`, sorted; a missing directory has none.
bool ListSqlFiles(const std::string& dir, std::vector<std::string>* files, std::string* error);

/// Reads the migrations of `dir` in the order the tool applies them (version
/// order; Flyway repeatables last, by name). With `detect`, the layout is
/// detected from the file names first and stored in `layout`. dbmate files
/// are split into their sections; the other section's lines are blanked so
/// that diagnostics keep the file's line numbers. False with `error`: a file
/// outside the naming, a down without its up, a version used twice, a dbmate
/// file without `-- migrate:up`.
bool ReadMigrationDir(const std::string& dir, bool detect, Layout* layout, std::vector<MigrationEntry>* migrations,
                      std::string* error);

/// What to add to a directory.
struct NextMigration {
  std::string dir;                ///< created when missing
  bool detect_layout = false;     ///< take the layout from the existing files
  Layout layout = Layout::kGolangMigrate;
  std::string name;               ///< the description part of the file names
  std::string requested_version;  ///< --version; empty: NextVersion decides
  std::time_t now = 0;            ///< the clock, for timestamp versions
  std::string up_sql;
  std::string down_sql;
};

/// Writes the next migration of request.dir in its layout after the existing
/// ones, then rewrites schemadiff.sum. Refuses (false with `error`) when the
/// directory's sum exists but does not match its files: re-summing would bless
/// an edited migration. Never overwrites a file. `written` gets the paths.
bool WriteNextMigration(const NextMigration& request, Layout* layout, std::vector<std::string>* written,
                        std::string* error);

}  // namespace sd::tools
