// Views follow renames of what they read, as PostgreSQL's stored queries do.
#pragma once

#include <string>

#include "parser/interp_context.h"

namespace sd::parser {

/// PostgreSQL keeps a view's references by OID: after a relation is renamed
/// (or its schema is), the stored query of every view reading it names the
/// new one. Rewrites the queries of those views in the catalog of `ctx`
/// (which already holds the relation under `to`).
void FollowRelationRename(const model::QualifiedName& from, const model::QualifiedName& to, InterpContext& ctx);

/// The same for column `from` of `table` renamed to `to`: the views read the
/// new column and keep their output column names (`t.new AS old`), as
/// pg_dump prints them after ALTER TABLE … RENAME COLUMN.
void FollowColumnRename(const model::QualifiedName& table, const std::string& from, const std::string& to,
                        InterpContext& ctx);

}  // namespace sd::parser
