// One audit check and what every check kind needs to build its query.
#pragma once

#include <string>
#include <vector>

#include "audit/original_names.h"
#include "diff/change.h"
#include "model/catalog.h"

namespace sd::audit {

/// The migration being audited: the changes of the forward plan and the
/// catalogs it goes between (`from` with NEW's renames applied).
struct Context {
  const std::vector<diff::Change>& changes;
  const model::Catalog& from;
  const model::Catalog& to;
  OriginalNames names;
};

/// One line of the audit: a count of rows at risk and a few of them.
struct Check {
  std::string description;  ///< e.g. "NULLs in public.t.c before SET NOT NULL"
  std::string count_sql;    ///< scalar query: how many rows are at risk
  std::string sample_sql;   ///< scalar query: up to 5 values, ", "-joined text, NULL when none
  bool loss = false;        ///< the step destroys the rows counted ("would lose N rows")
  bool uses_converts = false;  ///< calls pg_temp.sd_audit_converts (defined once per script)
  std::string skipped;      ///< non-empty: cannot be checked offline, why (a comment, no line)
};

/// The rows of `from_sql` (a FROM item) matching `where`, counted, and up to
/// five distinct values of `sample` (text, newlines flattened, cut to 60
/// characters) in sorted order.
Check RowCheck(std::string description, const std::string& from_sql, const std::string& where,
               const std::string& sample);

/// `sample` as one short line of text (newlines flattened, 60 characters at
/// most): the output has exactly one line per check.
std::string SampleText(const std::string& sample);

/// A check that cannot be written: only a comment in the script says so.
Check SkippedCheck(std::string description, std::string why);

/// The SQL condition "every expression IS NOT NULL" ("true" for none).
std::string AllNotNull(const std::vector<std::string>& exprs);

/// One value for samples: the expression itself, or a row of several.
std::string SampleOf(const std::vector<std::string>& exprs);

/// "(a, b)": for descriptions.
std::string ColumnList(const std::vector<std::string>& columns);

// One builder per check kind (check_<kind>.cc). Each looks at one change of
// the forward plan and appends the checks it needs, nothing when the change
// is not of its kind or touches no existing rows.

/// Duplicates before a new PRIMARY KEY / UNIQUE constraint or unique index.
void AddUniqueChecks(const Context& ctx, const diff::Change& change, std::vector<Check>* out);
/// NULLs before SET NOT NULL or a new PRIMARY KEY; rows before ADD COLUMN NOT NULL without default.
void AddNotNullChecks(const Context& ctx, const diff::Change& change, std::vector<Check>* out);
/// Rows without a referenced row before a FOREIGN KEY is added or validated.
void AddForeignKeyChecks(const Context& ctx, const diff::Change& change, std::vector<Check>* out);
/// Rows for which a new or validated CHECK is false.
void AddCheckConstraintChecks(const Context& ctx, const diff::Change& change, std::vector<Check>* out);
/// Values that fail to convert, or would be cut or rounded, by ALTER COLUMN TYPE.
void AddTypeChangeChecks(const Context& ctx, const diff::Change& change, std::vector<Check>* out);
/// Rows holding an enum value the migration removes.
void AddEnumChecks(const Context& ctx, const diff::Change& change, std::vector<Check>* out);
/// Rows and values a DROP TABLE / DROP COLUMN destroys.
void AddDropChecks(const Context& ctx, const diff::Change& change, std::vector<Check>* out);

}  // namespace sd::audit
