// `schemadiff OLD NEW -o DIR`: the migration bundle written into a directory.
#pragma once

#include <string>

#include "migration.h"
#include "model/catalog.h"
#include "report/plan_report.h"

namespace sd::tools {

/// What the bundle is made from.
struct BundleRequest {
  std::string dir;                          ///< created if missing
  std::string compat_schema = "compat";     ///< schema of compat_views.sql
  bool down = false;                        ///< the backward direction decides the exit status
  const Migrations* migrations = nullptr;   ///< both directions, the changes, OLD with renames applied
  const model::Catalog* new_catalog = nullptr;
  report::PlanReport report;                ///< version, plans, SQL options, hints, diagnostics
};

/// The files of a bundle, in the order they are written.
inline constexpr const char* kBundleFiles[] = {"up.sql",          "down.sql",   "plan.json", "audit.sql",
                                               "compat_views.sql", "verify.sql", "report.md", "report.html"};

/// Writes every bundle file into request.dir (replacing those files, leaving
/// anything else there alone) and prints a one-line summary on stderr.
/// Returns the process exit status: 0, 1 when a file cannot be written, 3
/// when the chosen direction has withheld destructive statements.
int WriteBundle(const BundleRequest& request);

}  // namespace sd::tools
