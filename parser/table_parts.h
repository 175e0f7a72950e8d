// Building columns and constraints from parse nodes; shared by CREATE TABLE
// and ALTER TABLE.
#pragma once

#include <vector>

#include "model/table.h"
#include "parser/interp_context.h"

namespace sd::parser {

/// A constraint node waiting to be named and added, with the column it was
/// declared on (empty for table constraints).
struct PendingConstraint {
  PgQuery__Constraint* node = nullptr;
  std::string column;
  bool from_alter = false;  ///< NOT VALID is honoured only in ALTER TABLE
};

/// Adds a column to `table` from a ColumnDef; constraint clauses other than
/// NOT NULL / DEFAULT / identity / generated go to `pending`. Serial types
/// create their owned sequence.
void AddColumn(model::Table& table, PgQuery__ColumnDef* def, InterpContext& ctx,
               std::vector<PendingConstraint>* pending);

/// Names and adds pending constraints in PostgreSQL's order: CHECK, then
/// key and exclusion constraints, then foreign keys.
void AddConstraints(model::Table& table, std::vector<PendingConstraint> pending, InterpContext& ctx);

/// Parses sequence option DefElems (CREATE/ALTER SEQUENCE, identity) onto `options`.
/// `owned_by` receives OWNED BY when present.
void ApplySequenceOptions(size_t n, PgQuery__Node** options, model::SequenceOptions* seq,
                          InterpContext& ctx, std::vector<std::string>* owned_by = nullptr,
                          std::string* sequence_name = nullptr);

/// Fills the defaults PostgreSQL derives from type and increment.
model::SequenceOptions DefaultSequenceOptions(const std::string& type, int64_t increment);

/// Canonical collation name ("C", "en_US"), pg_catalog stripped.
std::string CollationName(size_t n, PgQuery__Node** names);

/// An index key element (column or expression) from an IndexElem node.
model::IndexKey MakeIndexKey(PgQuery__IndexElem* elem, InterpContext& ctx);

}  // namespace sd::parser
