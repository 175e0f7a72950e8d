// One direction of `schemadiff verify` in one scratch database. The schema
// lane loads the starting schema, reads it back, applies the migration, reads
// the result back and compares it with the target schema; the data lane
// (--data) loads it, fills rows, applies the migration and measures the rows.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "model/catalog.h"
#include "parser/loader.h"
#include "verify_pg.h"
#include "verify_report.h"

namespace sd::tools {

/// One schema version as given on the command line.
struct SchemaSide {
  std::string label;  ///< "OLD" or "NEW"
  std::string role;   ///< "old" or "new": used in phase names
  std::vector<parser::Input> inputs;
  model::Catalog catalog;
};

/// A migration between two sides.
struct Migration {
  std::string label;  ///< "forward migration" / "backward migration"
  std::string role;   ///< "up" / "down"
  std::string sql;    ///< rendered with allow_destructive
  size_t steps = 0;
  /// Renames it performs (old → new for up, reversed for down): rows are
  /// followed across them when checking that data was kept.
  std::vector<model::Rename> renames;
};

/// Phases of one lane, by kind: "load", "reread", "apply", "compare" (schema
/// lane) or "fill", "data" (data lane).
using LanePhases = std::map<std::string, Phase>;

/// Runs one lane in the empty database `db`: the schema lane, or with `data`
/// the data lane (load, generated rows, migration, rows and values measured).
/// `on_phase` is called as each phase ends (for progress lines). Never
/// throws; errors are phases.
LanePhases RunLane(const PgClient& client, const std::string& db, const SchemaSide& from, const SchemaSide& to,
                   const Migration& migration, bool data, const std::function<void(const Phase&)>& on_phase);

}  // namespace sd::tools
