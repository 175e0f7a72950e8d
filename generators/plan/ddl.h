// SQL text for each object kind. Only files in plan/ write SQL.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/catalog.h"

namespace sd::plan {

/// Column definition as in CREATE TABLE / ADD COLUMN: name type [COLLATE]
/// [GENERATED ...] [DEFAULT ...] [NOT NULL] (no constraints).
std::string ColumnDefinitionSql(const model::QualifiedName& table, const model::Column& column);
/// GENERATED {ALWAYS|BY DEFAULT} AS IDENTITY [(options)], naming the
/// sequence and listing options only where they differ from the defaults.
std::string IdentityClauseSql(const model::QualifiedName& table, const model::Column& column);
/// Table constraint body: CONSTRAINT name PRIMARY KEY (...), CHECK (...), ...
std::string ConstraintDefinitionSql(const model::Constraint& constraint);
/// One index key: column or (expression), collation, opclass, order.
std::string IndexKeySql(const model::IndexKey& key);
/// CREATE TABLE with columns and non-foreign-key constraints.
std::string CreateTableSql(const model::Table& table);
/// WITH (...) / SET (...) list of storage parameters: names as identifiers,
/// values as literals, so PostgreSQL stores each value's text unchanged.
std::string RelOptionListSql(const std::vector<std::string>& options);
/// ALTER TABLE ONLY … ALTER COLUMN SET STORAGE / COMPRESSION / STATISTICS that
/// take the column from `before`'s settings to `after`'s (ONLY: partitions get
/// their own statements). A type change resets storage and compression (ALTER
/// TYPE does), so explicit ones are set again. A storage reset on a type whose
/// own storage is not known is left out. `only` false: recurse into partitions.
std::string ColumnStorageSql(const model::QualifiedName& table, const model::Column& before,
                             const model::Column& after, const model::Catalog& catalog, bool only = true);
/// The storage statements a new column needs after CREATE TABLE / ADD COLUMN
/// (whose definition carries COMPRESSION); `inherited`: the parent's column a
/// new partition's copies storage and compression from. ADD COLUMN recurses
/// (`only` false), as the column reaches the partitions with these settings.
std::string NewColumnStorageSql(const model::QualifiedName& table, const model::Column& column,
                                const model::Catalog& catalog, const model::Column* inherited = nullptr,
                                bool only = true);
/// CREATE TABLE for a partition (PARTITION OF `parent` FOR VALUES ...), listing
/// only what it does not inherit from `parent`; PARTITION BY when sub-partitioned.
std::string CreatePartitionSql(const model::Table& table, const model::Table& parent);
/// CREATE [UNIQUE] INDEX [CONCURRENTLY] name ON table ...;
std::string CreateIndexSql(const model::Index& index, bool concurrently = false);
std::string CreateSequenceSql(const model::Sequence& sequence);
/// Sequence options as in CREATE SEQUENCE / identity clauses.
std::string SequenceOptionsSql(const model::SequenceOptions& options, const std::string& column_type = "");
std::string CreateEnumSql(const model::EnumType& type);
/// CREATE DOMAIN with collation, default, NOT NULL and CHECK constraints (ddl_domain.cc).
std::string CreateDomainSql(const model::Domain& domain);
/// A domain CHECK constraint as it follows ADD: CONSTRAINT name CHECK (...).
std::string DomainConstraintSql(const model::DomainConstraint& constraint);
/// CREATE TYPE ... AS (attributes).
std::string CreateCompositeSql(const model::CompositeType& type);
/// CREATE TYPE ... AS RANGE (subtype = ..., options).
std::string CreateRangeSql(const model::RangeType& type);
/// "public.f(integer, text)": a function's name with its input types, as
/// DROP, COMMENT ON and ALTER name it.
std::string FunctionSignatureSql(const model::Function& function);
/// CREATE [OR REPLACE] FUNCTION / PROCEDURE with every attribute that differs
/// from PostgreSQL's default (pg_dump's layout).
std::string CreateFunctionSql(const model::Function& function, bool or_replace = false);
/// CREATE [CONSTRAINT] TRIGGER …; plus ALTER TABLE … DISABLE / ENABLE
/// ALWAYS / REPLICA TRIGGER when not simply enabled.
std::string CreateTriggerSql(const model::Trigger& trigger);
/// COMMENT ON <what> IS '...' | NULL.
std::string CommentSql(const std::string& what, const model::Comment& comment);
/// ALTER TABLE <table> prefix.
std::string AlterTable(const model::QualifiedName& table);
/// A default expression as it follows DEFAULT: parenthesised unless it is a
/// single token or call, because the deparser writes some operators (AT TIME
/// ZONE, COLLATE) without the parentheses DEFAULT needs.
std::string DefaultSql(const model::Expr& expr);

}  // namespace sd::plan
