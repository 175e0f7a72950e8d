// Tables, columns and table constraints.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/expr.h"
#include "model/shared.h"
#include "model/object_ref.h"
#include "model/sequence.h"
#include "model/type_ref.h"

namespace sd::model {

/// GENERATED ... AS IDENTITY on a column.
struct Identity {
  char kind = 'd';             ///< 'a' ALWAYS, 'd' BY DEFAULT
  std::string sequence_name;   ///< the implicit sequence (same schema as the table)
  SequenceOptions options;
  bool operator==(const Identity&) const = default;
};

/// Column storage strategy (attstorage); kDefault = the type's own (pg_type.typstorage).
enum class ColumnStorage : char { kDefault = 0, kPlain = 'p', kExternal = 'e', kExtended = 'x', kMain = 'm' };

/// Column compression method (attcompression); kDefault = default_toast_compression.
enum class ColumnCompression : char { kDefault = 0, kPglz = 'p', kLz4 = 'l' };

/// The SQL keyword of a storage: "PLAIN", "EXTERNAL", "EXTENDED", "MAIN"; "" for kDefault.
const char* StorageSql(ColumnStorage storage);

/// "pglz", "lz4", or "default" for kDefault.
const char* CompressionSql(ColumnCompression compression);

/// A `-- schemadiff:backfill` annotation: how a migration that creates the
/// column (or table) fills it for rows that already exist. Not compared.
struct Backfill {
  std::string sql;  ///< as written: an expression (column) or `(cols) SELECT|VALUES …` (table)
  std::vector<QualifiedName> relations;  ///< relations it reads (schema empty when unqualified)
  std::vector<std::string> columns;      ///< column names it reads (unqualified)
  bool empty() const { return sql.empty(); }
};

struct Column {
  Atom name;
  TypeRef type;
  bool not_null = false;
  Shared<Expr> default_value;  ///< shared: most defaults repeat (InterpContext::ShareExpr)
  Boxed<Identity> identity;
  Boxed<Expr> generated;   ///< GENERATED ALWAYS AS (expr) STORED
  Atom collation;                  ///< empty: the type's default; else quoted-as-needed name
  /// SET STORAGE; kDefault also when it equals the type's known default (pg_dump omits it then).
  ColumnStorage storage = ColumnStorage::kDefault;
  ColumnCompression compression = ColumnCompression::kDefault;  ///< COMPRESSION / SET COMPRESSION
  int16_t statistics = -1;  ///< SET STATISTICS n; -1 = default_statistics_target
  Comment comment;
  Atom renamed_from;         ///< rename annotation in the schema file (not compared)
  Boxed<Backfill> backfill;  ///< backfill annotation: fills existing rows when NOT NULL is added
};

enum class ConstraintKind { kPrimaryKey, kUnique, kForeignKey, kCheck, kExclusion };

/// One key element of an index or exclusion constraint.
struct IndexKey {
  Atom column;               ///< set for a plain column key
  Boxed<Expr> expr;  ///< set for an expression key
  Atom collation;
  Atom opclass;              ///< canonical (pg_catalog stripped); empty = default
  bool descending = false;
  bool nulls_first = false;  ///< normalised: only set when it differs from the default
  Atom exclusion_operator;   ///< for EXCLUDE constraints
  std::string Key() const;   ///< canonical comparison key
  /// Same key element (expressions by canonical key).
  bool operator==(const IndexKey& other) const;
};

struct ForeignKey {
  QualifiedName ref_table;
  std::vector<std::string> ref_columns;  ///< resolved to the referenced primary key when omitted
  char match = 's';      ///< 's' simple, 'f' full, 'p' partial
  char on_update = 'a';  ///< 'a' no action, 'r' restrict, 'c' cascade, 'n' set null, 'd' set default
  char on_delete = 'a';
  std::vector<std::string> on_delete_columns;  ///< SET NULL (cols) in PG15
  bool operator==(const ForeignKey&) const = default;
};

struct Constraint {
  std::string name;
  ConstraintKind kind = ConstraintKind::kCheck;
  std::vector<std::string> columns;   ///< key columns (PK, UNIQUE, FK)
  std::vector<std::string> include;   ///< INCLUDE columns (PK, UNIQUE)
  Boxed<Expr> check;          ///< CHECK expression
  Boxed<ForeignKey> foreign_key;
  std::vector<IndexKey> exclusion_keys;
  std::string exclusion_method;
  Boxed<Expr> exclusion_where;
  bool nulls_not_distinct = false;
  bool deferrable = false;
  bool initially_deferred = false;
  bool not_valid = false;
  bool no_inherit = false;
  Comment comment;
  std::string renamed_from;  ///< rename annotation in the schema file (not compared)
  /// Canonical definition; constraints with equal keys need no change
  /// (validity and comment are compared separately).
  std::string DefinitionKey() const;
  /// True when DefinitionKey() would be equal, without building strings.
  bool SameDefinition(const Constraint& other) const;
};

enum class Persistence { kPermanent, kUnlogged };

struct Table {
  QualifiedName name;
  std::vector<Column> columns;  ///< in declaration order
  std::vector<Constraint> constraints;  ///< in declaration order
  Persistence persistence = Persistence::kPermanent;
  bool row_security = false;        ///< ENABLE ROW LEVEL SECURITY
  bool force_row_security = false;  ///< FORCE ROW LEVEL SECURITY (applies to the owner too)
  /// WITH (...) storage parameters as pg_class.reloptions stores them ("fillfactor=70",
  /// "autovacuum_enabled=off"; TOAST ones as "toast.name=value"), sorted.
  std::vector<std::string> options;
  Comment comment;
  std::string renamed_from;  ///< rename annotation in the schema file (not compared)
  Backfill backfill;         ///< backfill annotation: rows inserted when a migration creates the table
  /// PARTITION BY key, canonical: "RANGE (created_at)", "LIST (region)", "HASH (id)"; empty when not partitioned.
  std::string partition_by;
  /// The partitioned parent when this table is a partition (PARTITION OF / ATTACH PARTITION).
  std::optional<QualifiedName> partition_of;
  /// Canonical bound of a partition: "FOR VALUES FROM (...) TO (...)", "FOR VALUES IN (...)",
  /// "FOR VALUES WITH (modulus 4, remainder 0)" or "DEFAULT"; empty when not a partition.
  std::string partition_bound;

  Column* FindColumn(const std::string& column);
  const Column* FindColumn(const std::string& column) const;
  Constraint* FindConstraint(const std::string& constraint);
  const Constraint* FindConstraint(const std::string& constraint) const;
  const Constraint* PrimaryKey() const;
};

}  // namespace sd::model
