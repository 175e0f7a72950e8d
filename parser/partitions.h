// Declarative partitioning: keys, bounds, and what a partition inherits.
#pragma once

#include <string>

#include "model/table.h"
#include "parser/interp_context.h"
#include "parser/pg_tree.h"
#include "parser/table_parts.h"

namespace sd::parser {

/// Canonical PARTITION BY text: "RANGE (created_at)", "LIST (lower(region))", "HASH (id text_ops)".
std::string PartitionKeyText(PgQuery__PartitionSpec* spec, InterpContext& ctx);

/// Canonical bound text ("FOR VALUES FROM ('a') TO ('b')", "FOR VALUES IN (1, 2)",
/// "FOR VALUES WITH (modulus 4, remainder 0)", "DEFAULT"), literals written as
/// pg_dump prints them for the parent's key column types where that is easy.
std::string PartitionBoundText(PgQuery__PartitionBoundSpec* bound, const model::Table& parent, InterpContext& ctx);

/// Makes `child` a partition of `parent`: its columns become the parent's in
/// the parent's order (the child's own NOT NULL and defaults kept), and it
/// gains the parent's inheritable CHECK constraints, as PostgreSQL does.
void InheritFromParent(model::Table& child, const model::Table& parent);

/// A partition's `col WITH OPTIONS NOT NULL DEFAULT ...` element: a column
/// without a type whose options apply on top of the parent's column.
void AddPartitionColumnOptions(model::Table& child, PgQuery__ColumnDef* def, InterpContext& ctx,
                               std::vector<PendingConstraint>* pending);

/// Records the names of the indexes PostgreSQL creates on a new partition for
/// the parent's indexes and key constraints: they are implied by the parent's
/// (not modelled separately), but they take names later choices must avoid.
void NoteImpliedPartitionIndexes(const model::Table& child, const model::Table& parent, InterpContext& ctx);

/// The names of the indexes PostgreSQL builds on each partition (recursively)
/// for `index`, just created on their partitioned parent.
void NoteImpliedIndexOnPartitions(const model::Index& index, InterpContext& ctx);

/// Brings every partition of `parent` (recursively) in line with a change to
/// the parent (`before` is the parent before the ALTER TABLE command):
/// columns added, dropped or altered and CHECK constraints added or dropped
/// on a partitioned table apply to its partitions too.
void PropagateToPartitions(const model::Table& before, const model::Table& parent, InterpContext& ctx);

/// ALTER TABLE parent ATTACH PARTITION / DETACH PARTITION.
void ApplyPartitionCommand(model::Table& parent, PgQuery__AlterTableCmd* cmd, InterpContext& ctx);

/// ALTER INDEX parent_index ATTACH PARTITION child_index (pg_dump's spelling
/// of a partitioned index): the child index, or the key constraint behind it,
/// is implied by the parent's and leaves the model.
void ApplyAttachIndexPartition(const model::QualifiedName& parent_index, PgQuery__AlterTableCmd* cmd,
                               InterpContext& ctx);

}  // namespace sd::parser
