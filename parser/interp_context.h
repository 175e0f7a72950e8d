// State shared by the DDL interpreter's transforms while applying statements.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "model/catalog.h"
#include "model/diagnostic.h"
#include "parser/expr_pool.h"
#include "parser/pg_tree.h"
#include "parser/source.h"

namespace sd::parser {

/// What a transform needs: the catalog it changes, the session's search_path,
/// and where to report problems (located at the current statement).
class InterpContext {
 public:
  InterpContext(model::Catalog* catalog, std::vector<model::Diagnostic>* diagnostics)
      : catalog_(catalog), diagnostics_(diagnostics) {}

  model::Catalog& catalog() { return *catalog_; }
  const std::vector<std::string>& search_path() const { return search_path_; }
  void set_search_path(std::vector<std::string> path) { search_path_ = std::move(path); }

  /// Sets the statement being applied, for diagnostic locations.
  void BeginStatement(const SourceFile* file, int offset) {
    file_ = file;
    statement_offset_ = offset;
  }
  /// Node locations are relative to the text parsed; this is that text's
  /// offset in the file (statements are parsed in batches).
  void set_location_base(int base) { location_base_ = base; }

  /// Reports at `location` (a node location, or -1 for the statement start).
  void Error(const std::string& code, const std::string& message, int location = -1);
  void Warning(const std::string& code, const std::string& message, int location = -1);
  void Note(const std::string& code, const std::string& message, int location = -1);
  bool failed() const { return failed_; }

  /// Rename annotations of the current file, by line.
  void set_rename_annotations(std::map<int, std::string> annotations) { renames_ = std::move(annotations); }
  /// The old name annotated on the line of `location` (-1: the statement's
  /// first line), or "".
  std::string RenamedFrom(int location) const;
  /// `-- schemadiff:backfill` annotations of the current file, by line.
  void set_backfill_annotations(std::map<int, std::string> annotations) { backfills_ = std::move(annotations); }
  /// The backfill annotated on the line of `location` (-1: the statement's
  /// first line), parsed for `table` (an INSERT source) or a column (an
  /// expression); empty when there is none. Reports SD-P095 when it does not parse.
  /// A table's annotation is not also its columns' (one-line CREATE TABLE).
  model::Backfill Backfill(int location, bool table);
  /// Offset of the first occurrence of `needle` in the file at or after the
  /// current statement's start, or -1: locates parts the parse tree keeps no
  /// location for (enum values).
  int FindInStatement(const std::string& needle) const;
  /// 1-based line of an offset in the current file (0 without a file).
  int LineOf(int offset) const;

  /// The schema new unqualified objects go to: the first search_path entry
  /// that exists (as PostgreSQL does), or "public".
  std::string CreationSchema() const;
  /// Qualifies a name for creating an object.
  model::QualifiedName ForCreate(const std::string& schema, const std::string& name) const;
  /// Resolves an existing relation (table, index, sequence) through search_path.
  model::QualifiedName ResolveRelation(const std::string& schema, const std::string& name) const;
  /// Resolves an existing user type (enum, domain, composite, range) through search_path.
  model::QualifiedName ResolveType(const std::string& schema, const std::string& name) const;
  /// The user functions a call by name can mean: every overload in `schema`,
  /// or in the first search_path schema that has one. Empty for builtins.
  std::vector<model::ObjectRef> ResolveFunction(const std::string& schema, const std::string& name) const;
  /// Resolves a dotted name list (as in COMMENT ON / DROP) of a relation.
  model::QualifiedName ResolveRelation(const std::vector<std::string>& dotted) const;
  /// From a RangeVar.
  model::QualifiedName ResolveRelation(const PgQuery__RangeVar* range) const;

  /// True when a relation of that name exists, counting the indexes behind
  /// key constraints and identity sequences (PostgreSQL's pg_class namespace).
  bool RelationNameTaken(const model::QualifiedName& name);
  /// True when any table or domain of `schema` has a constraint of that name.
  bool ConstraintNameTaken(const std::string& schema, const std::string& name);
  /// Records names created by this statement (key constraints, identity
  /// sequences) so later choices see them without a rescan.
  void NoteImplicitRelation(const model::QualifiedName& name);
  void NoteConstraint(const std::string& schema, const std::string& name);
  /// Drops and renames make the name index stale; it is rebuilt on demand.
  void InvalidateNames() {
    names_valid_ = false;
    indexed_tables_exact_ = false;
    partitions_exact_ = false;
  }
  /// Records that `child` became a partition of `parent` (PARTITION OF, ATTACH).
  void NotePartition(const model::QualifiedName& parent, const model::QualifiedName& child) {
    partitions_by_parent_[parent].push_back(child);
  }
  /// The tables that are partitions of `parent`, in name order, without a
  /// scan of every table per call (quadratic on large schemas): from the
  /// record, rebuilt from the catalog after drops and renames or when an
  /// entry is found stale.
  std::vector<model::Table*> PartitionsOf(const model::QualifiedName& parent);
  /// Records an index of `table`, so that a table's indexes are found
  /// without scanning every index (quadratic on large schemas).
  void NoteIndex(const model::QualifiedName& table, const model::QualifiedName& index) {
    indexes_by_table_[table].push_back(index);
  }
  /// Names of the indexes recorded for `table` (entries may be stale: check
  /// them), or null when the record is not exact (after drops and renames)
  /// and the caller must scan.
  const std::vector<model::QualifiedName>* IndexesOfTable(const model::QualifiedName& table) const {
    if (!indexed_tables_exact_) return nullptr;
    static const std::vector<model::QualifiedName> kNone;
    auto it = indexes_by_table_.find(table);
    return it == indexes_by_table_.end() ? &kNone : &it->second;
  }
  /// The load's shared copy of a column default (see ExprPool).
  model::Shared<model::Expr> ShareExpr(model::Expr expr) { return expr_pool_.Share(std::move(expr)); }
  /// A statement kind we do not model: reported, never silently dropped.
  void Unmodelled(const std::string& what, int location = -1);
  /// Relations declared by statements we do not model (partitioned tables,
  /// ...): later statements on them are reported as unmodelled, not as errors.
  void MarkUnmodelledRelation(const model::QualifiedName& name) { unmodelled_relations_.insert(name); }
  bool IsUnmodelledRelation(const model::QualifiedName& name) const { return unmodelled_relations_.count(name) > 0; }

 private:
  void Report(model::Severity severity, const std::string& code, const std::string& message,
              int location);

  void RebuildNames();

  model::Catalog* catalog_;
  bool names_valid_ = false;
  std::map<int, std::string> renames_;
  std::map<int, std::string> backfills_;
  std::pair<const SourceFile*, int> backfill_claimed_{nullptr, 0};  ///< line a table's backfill took
  std::set<model::QualifiedName> implicit_relations_;
  std::set<std::pair<std::string, std::string>> constraint_names_;
  std::set<model::QualifiedName> unmodelled_relations_;
  std::vector<model::Diagnostic>* diagnostics_;
  std::vector<std::string> search_path_{"public"};
  const SourceFile* file_ = nullptr;
  int statement_offset_ = 0;
  int location_base_ = 0;
  std::map<model::QualifiedName, std::vector<model::QualifiedName>> indexes_by_table_;
  bool indexed_tables_exact_ = true;
  std::map<model::QualifiedName, std::vector<model::QualifiedName>> partitions_by_parent_;
  bool partitions_exact_ = true;
  ExprPool expr_pool_;
  bool failed_ = false;
};

}  // namespace sd::parser
