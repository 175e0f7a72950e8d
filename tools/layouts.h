// The file naming of the migration tools schemadiff writes for and reads
// from: golang-migrate, Flyway, dbmate, and a plain numbered up/down pair.
// Names only: reading and writing the files is migration_dir.h.
#pragma once

#include <ctime>
#include <string>
#include <vector>

namespace sd::tools {

/// A migration directory's naming convention.
enum class Layout {
  kGolangMigrate,  ///< NNNNNN_name.up.sql / NNNNNN_name.down.sql
  kFlyway,         ///< V<n>__name.sql, undo U<n>__name.sql, repeatable R__name.sql
  kDbmate,         ///< <YYYYMMDDHHMMSS>_name.sql with -- migrate:up / -- migrate:down sections
  kPlain,          ///< NNNN_name.up.sql / NNNN_name.down.sql
};

/// "golang-migrate", "flyway", "dbmate", "plain".
const char* LayoutName(Layout layout);

/// The layout named `name` (as LayoutName spells it). False when unknown.
bool ParseLayoutName(const std::string& name, Layout* layout);

/// What a file holds within its migration.
enum class FileRole { kUp, kDown, kUpAndDown, kRepeatable };

/// A file name taken apart.
struct MigrationFileName {
  std::string version;  ///< as written ("000001", "1.2", "20240101120000"); empty for Flyway R__
  std::string name;     ///< the description after the version
  FileRole role = FileRole::kUp;
};

/// Takes `file` (a name, no directory) apart in `layout`'s naming. False when
/// it does not follow it.
bool ParseFileName(Layout layout, const std::string& file, MigrationFileName* out);

/// The layout every name in `files` follows. golang-migrate and plain share
/// one naming: such a directory is reported as golang-migrate (writing into it
/// continues its width either way). False with `error` naming a file that does
/// not fit, or when `files` is empty.
bool DetectLayout(const std::vector<std::string>& files, Layout* layout, std::string* error);

/// Orders versions as numbers, component by component ("1.10" after "1.9",
/// "000010" after "9"; '.' and '_' separate components). <0, 0, >0.
int CompareVersions(const std::string& a, const std::string& b);

/// Chooses the version of a new migration after `existing` (any order).
/// `requested` (--version) wins when given, and must sort after every existing
/// version. Otherwise: dbmate and timestamp-numbered directories take `now`
/// (UTC, YYYYMMDDHHMMSS; Unix seconds for 10-digit ones), bumped past the last
/// version if the clock is behind it; sequence-numbered ones take the last
/// number + 1 at the width found (first: 000001, plain 0001, Flyway 1).
/// False with `error` when `requested` is not a version or too low.
bool NextVersion(Layout layout, const std::vector<std::string>& existing, const std::string& requested,
                 std::time_t now, std::string* version, std::string* error);

/// The names of a new migration's files: the up file and, except for dbmate
/// (one file with both sections), the down file.
struct NewFileNames {
  std::string up;
  std::string down;  ///< empty for dbmate
};

/// File names for migration `version` called `name` in `layout`.
NewFileNames FileNamesFor(Layout layout, const std::string& version, const std::string& name);

/// True when `name` may be used in a file name: letters, digits, '_' and '-',
/// not empty; else false with `error`.
bool ValidMigrationName(const std::string& name, std::string* error);

}  // namespace sd::tools
