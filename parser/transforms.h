// One function per statement kind; each applies a statement to the catalog.
#pragma once

#include "parser/interp_context.h"

namespace sd::parser {

void ApplyCreateTable(PgQuery__CreateStmt* stmt, InterpContext& ctx);
void ApplyAlterTable(PgQuery__AlterTableStmt* stmt, InterpContext& ctx);
void ApplyCreateIndex(PgQuery__IndexStmt* stmt, InterpContext& ctx);
void ApplyCreateSequence(PgQuery__CreateSeqStmt* stmt, InterpContext& ctx);
void ApplyAlterSequence(PgQuery__AlterSeqStmt* stmt, InterpContext& ctx);
void ApplyCreateEnum(PgQuery__CreateEnumStmt* stmt, InterpContext& ctx);
void ApplyAlterEnum(PgQuery__AlterEnumStmt* stmt, InterpContext& ctx);
void ApplyCreateSchema(PgQuery__CreateSchemaStmt* stmt, InterpContext& ctx);
void ApplyCreateExtension(PgQuery__CreateExtensionStmt* stmt, InterpContext& ctx);
void ApplyAlterExtension(PgQuery__AlterExtensionStmt* stmt, InterpContext& ctx);
void ApplyComment(PgQuery__CommentStmt* stmt, InterpContext& ctx);
void ApplyDrop(PgQuery__DropStmt* stmt, InterpContext& ctx);
void ApplyRename(PgQuery__RenameStmt* stmt, InterpContext& ctx);
/// SET search_path; other settings do not change the schema.
void ApplySet(PgQuery__VariableSetStmt* stmt, InterpContext& ctx);
/// SELECT pg_catalog.set_config('search_path', ...) as pg_dump writes it.
/// Returns false when the SELECT is something else.
bool ApplySetConfig(PgQuery__SelectStmt* stmt, InterpContext& ctx);

}  // namespace sd::parser
