// Table storage parameters (reloptions) and column storage: the forms
// PostgreSQL stores, so that equal catalogs compare equal.
#pragma once

#include <string>
#include <vector>

#include "model/catalog.h"
#include "model/column_storage.h"
#include "parser/interp_context.h"
#include "parser/pg_tree.h"

namespace sd::parser {

/// One WITH (...) / SET (...) element as pg_class.reloptions stores it:
/// "fillfactor=70", "autovacuum_enabled=off" (the value's text as written,
/// as PostgreSQL keeps it), "toast.autovacuum_enabled=false"; a bare name is
/// "name=true".
std::string RelOptionText(const PgQuery__DefElem* def);

/// Sets `option` ("name=value") in the sorted list, replacing the same name.
void SetRelOption(std::vector<std::string>* options, const std::string& option);

/// Removes option `name` ("fillfactor", "toast.autovacuum_enabled") from the list.
void ResetRelOption(std::vector<std::string>* options, const std::string& name);

/// The name part of "name=value".
std::string RelOptionName(const std::string& option);

/// PLAIN / EXTERNAL / EXTENDED / MAIN (any case); kDefault for anything else.
model::ColumnStorage StorageFromName(const std::string& name);

/// pglz / lz4 / default (any case). `known` is false for other names.
model::ColumnCompression CompressionFromName(const std::string& name, bool* known);

/// ALTER COLUMN SET STORAGE: kept only when it differs from the type's
/// storage (pg_dump writes it only then); an error, as in PostgreSQL, for a
/// type that can only be PLAIN.
void SetColumnStorage(model::Column& column, const std::string& storage, InterpContext& ctx, int location = -1);

/// COMPRESSION in a column definition or ALTER COLUMN SET COMPRESSION.
void SetColumnCompression(model::Column& column, const std::string& method, InterpContext& ctx,
                          int location = -1);

/// ALTER COLUMN SET STATISTICS: -1 is the default, larger values are
/// lowered to 10000 as PostgreSQL does.
void SetColumnStatistics(model::Column& column, long long target, InterpContext& ctx, int location = -1);

/// ALTER COLUMN TYPE: PostgreSQL resets the column's storage to the new
/// type's and its compression to the default (the statistics target stays).
void ResetColumnStorageForType(model::Column& column);

}  // namespace sd::parser
