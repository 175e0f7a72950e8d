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

// Object kinds beyond tables: one file each (transform_<kind>.cc).
void ApplyCreateView(PgQuery__ViewStmt* stmt, InterpContext& ctx);
/// CREATE MATERIALIZED VIEW; other CREATE TABLE AS are reported as unmodelled.
void ApplyCreateTableAs(PgQuery__CreateTableAsStmt* stmt, InterpContext& ctx);
/// ALTER VIEW / MATERIALIZED VIEW: SET / RESET options; other subcommands are reported.
void ApplyAlterView(PgQuery__AlterTableStmt* stmt, InterpContext& ctx);
/// Removes the views that use `ref` (a relation), and the views and indexes
/// on those, as DROP ... CASCADE does.
void DropViewsUsing(model::Catalog& catalog, const model::ObjectRef& ref);
/// ALTER VIEW ... RENAME COLUMN; false when the view has no column `from`.
bool RenameViewColumn(model::View& view, const std::string& from, const std::string& to, InterpContext& ctx);
void ApplyCreateFunction(PgQuery__CreateFunctionStmt* stmt, InterpContext& ctx);
void ApplyAlterFunction(PgQuery__AlterFunctionStmt* stmt, InterpContext& ctx);
void ApplyCreateTrigger(PgQuery__CreateTrigStmt* stmt, InterpContext& ctx);
/// ALTER TABLE … ENABLE / DISABLE TRIGGER (name, ALL or USER) on `table`.
void ApplyTriggerEnabled(const model::QualifiedName& table, const PgQuery__AlterTableCmd* cmd, InterpContext& ctx);
void ApplyCreateDomain(PgQuery__CreateDomainStmt* stmt, InterpContext& ctx);
void ApplyAlterDomain(PgQuery__AlterDomainStmt* stmt, InterpContext& ctx);
void ApplyCreateComposite(PgQuery__CompositeTypeStmt* stmt, InterpContext& ctx);
/// ALTER TYPE ... ADD / DROP / ALTER ATTRIBUTE (an ALTER TABLE statement on a type).
void ApplyAlterComposite(PgQuery__AlterTableStmt* stmt, InterpContext& ctx);
void ApplyCreateRange(PgQuery__CreateRangeStmt* stmt, InterpContext& ctx);
void ApplyCreatePolicy(PgQuery__CreatePolicyStmt* stmt, InterpContext& ctx);
void ApplyAlterPolicy(PgQuery__AlterPolicyStmt* stmt, InterpContext& ctx);
/// ALTER POLICY ... RENAME TO; false when the policy does not exist.
bool RenamePolicy(const PgQuery__RenameStmt* stmt, InterpContext& ctx);
/// DROP POLICY name ON table (`dotted` = table name parts + policy); false when missing.
bool DropPolicy(const std::vector<std::string>& dotted, InterpContext& ctx);
/// A RoleSpec as the model stores it: the name, or PUBLIC / CURRENT_USER / ...
std::string RoleName(const PgQuery__RoleSpec* role);
void ApplyGrant(PgQuery__GrantStmt* stmt, InterpContext& ctx);
void ApplyAlterDefaultPrivileges(PgQuery__AlterDefaultPrivilegesStmt* stmt, InterpContext& ctx);
void ApplyAlterOwner(PgQuery__AlterOwnerStmt* stmt, InterpContext& ctx);
/// Declares the owner of `object` (CURRENT_USER & co.: undeclared again).
void SetOwner(const model::ObjectRef& object, const PgQuery__RoleSpec* role, InterpContext& ctx);
/// ALTER TABLE / VIEW / SEQUENCE ... OWNER TO (an ALTER TABLE subcommand).
void ApplyRelationOwner(const model::QualifiedName& relation, const PgQuery__RoleSpec* owner, InterpContext& ctx);
/// Grants, owners and policies whose object no longer exists (dropped
/// while loading) are removed: PostgreSQL drops them with the object.
void PruneOrphanedPrivileges(model::Catalog& catalog);

}  // namespace sd::parser
