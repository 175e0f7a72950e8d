// `verify --data`: generated rows in the starting schema, and checks that a
// migration keeps every row and value of what it carries over.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "model/catalog.h"
#include "verify_pg.h"
#include "verify_report.h"

namespace sd::tools {

/// A table present in both versions and its columns whose values must
/// survive: present in both, same type and collation, same generation.
struct CarriedTable {
  model::QualifiedName name;          ///< before the migration
  std::vector<std::string> columns;   ///< before the migration
  model::QualifiedName after_name;    ///< after it (differs when renamed)
  std::vector<std::string> after_columns;  ///< parallel to `columns`
  /// Per column: enum labels renamed by the migration (old → new), so the
  /// values before compare with the values after.
  std::vector<std::map<std::string, std::string>> label_renames;
};

/// The tables `from` → `to` carries over, in name order, followed across
/// the migration's `renames` (tables, schemas, columns, enum values).
std::vector<CarriedTable> CarriedTables(const model::Catalog& from, const model::Catalog& to,
                                        const std::vector<model::Rename>& renames);

/// Row count and one checksum per carried column of a table.
struct TableSums {
  int64_t rows = -1;  ///< -1: not measured
  std::vector<std::string> columns;
};

/// Inserts a few generated rows into every table of `catalog` (in foreign-key
/// order; key columns take values of referenced rows, also for the foreign
/// keys `target` adds), and reports in `phase` the tables left empty.
void FillTables(const PgClient& client, const std::string& db, const model::Catalog& catalog,
                const model::Catalog& target, Phase* phase);

/// Measures every carried table. False with `error` when the query fails.
/// `after`: measure the tables under their names after the migration.
bool TakeChecksums(const PgClient& client, const std::string& db, const std::vector<CarriedTable>& tables, bool after,
                   std::vector<TableSums>* sums, std::string* error);

/// Rows lost and values changed between two measurements.
std::vector<Difference> CompareChecksums(const std::vector<CarriedTable>& tables, const std::vector<TableSums>& before,
                                         const std::vector<TableSums>& after);

}  // namespace sd::tools
