// `schemadiff check --verify`: the migrations of a directory applied in order
// to a scratch database on a real PostgreSQL (the private throwaway server of
// `schemadiff verify`, or --dev-url), each down checked against the catalog
// before its up, and the result compared with the declared schema loaded into
// a database of its own.
#pragma once

#include <string>
#include <vector>

#include "check_replay.h"
#include "migration_dir.h"
#include "parser/loader.h"
#include "verify_report.h"

namespace sd::tools {

/// What to run and where.
struct PgCheckRequest {
  std::string dev_url;    ///< empty: a private server
  std::string pg_bindir;  ///< where the PostgreSQL programs are (empty: default search)
  const std::vector<MigrationEntry>* migrations = nullptr;
  const std::vector<parser::Input>* schema = nullptr;  ///< the declared schema's files
};

/// The outcome.
struct PgCheckResult {
  std::string error;              ///< set when the check could not complete (bad SQL, no server, …)
  int interrupted = 0;            ///< the signal that stopped it, else 0
  std::vector<Difference> drift;  ///< expected: the declared schema; actual: what the migrations produce
  std::vector<BadDown> bad_downs;
  size_t downs_checked = 0;
};

/// Runs the check; never throws. Scratch databases are dropped (the private
/// server removed) before it returns, also on error and on interrupt.
PgCheckResult RunPgCheck(const PgCheckRequest& request);

}  // namespace sd::tools
