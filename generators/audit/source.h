// The rows a check reads, as a FROM item over the database before migrating.
#pragma once

#include <string>
#include <vector>

#include "audit/check.h"

namespace sd::audit {

/// Which values a check reads: the stored ones, or the ones the columns will
/// hold when the migration's constraint is added.
enum class Shape {
  kStored,  ///< old names mapped to current ones, old types, only existing columns
  kNew,     ///< as after the column changes: converted types, added columns at their default
};

/// A FROM item exposing `columns` (names of the renamed catalog) of `table`
/// under `alias`, or why it cannot be built.
struct Source {
  std::string sql;           ///< "public.t AS t" or "(SELECT ... FROM public.old_t) AS t"
  std::string unknown;       ///< non-empty: a column's value cannot be known before migrating
  bool uses_converts = false;  ///< the derived table calls pg_temp.sd_audit_converts
};

/// Builds the FROM item. A plain table reference when nothing is renamed,
/// converted or added; otherwise a derived table that renames old columns to
/// their new names and, for Shape::kNew, converts type-changed columns (NULL
/// where the value does not convert: that is reported by its own check) and
/// gives added columns their default (NULL without one). Added identity,
/// generated and volatile-default columns, and types that do not exist yet,
/// make the source unknown.
Source TableSource(const Context& ctx, const model::QualifiedName& table, const std::vector<std::string>& columns,
                   const std::string& alias, Shape shape);

/// True when `column` of `table` is added by the migration as an identity
/// column or with a nextval() default: every existing row gets its own
/// non-NULL value, so a key containing it has no duplicates or NULLs.
bool FilledPerRow(const Context& ctx, const model::QualifiedName& table, const std::string& column);

/// The columns identifying a row in samples: the old table's primary key
/// when it has one, else empty (then the whole row is shown).
std::vector<std::string> RowKeyColumns(const Context& ctx, const model::QualifiedName& table);

/// A sample expression for a row of `alias`: its key columns, else the row.
std::string RowLabel(const std::string& alias, const std::vector<std::string>& key_columns);

/// True when every user type of `types` exists, under that name, in the
/// database before migrating (so SQL naming it runs there).
bool TypesExistBefore(const Context& ctx, const std::vector<model::QualifiedName>& types);

/// "CAST($1 AS type)": the conversion ALTER COLUMN ... TYPE applies, as SQL
/// text for pg_temp.sd_audit_converts.
std::string ConversionSql(const model::TypeRef& from, const model::TypeRef& to);

/// The call testing whether `value_sql` converts with `conversion_sql`.
std::string ConvertsCall(const std::string& value_sql, const std::string& conversion_sql);

}  // namespace sd::audit
