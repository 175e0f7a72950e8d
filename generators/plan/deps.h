// What an object needs to exist first: the edges of the ordering graph.
#pragma once

#include <vector>

#include "model/catalog.h"

namespace sd::plan {

using model::ObjectRef;

ObjectRef SchemaRef(const std::string& schema);
ObjectRef TableRef(const model::QualifiedName& table);
ObjectRef ColumnRef(const model::QualifiedName& table, const std::string& column);
ObjectRef ConstraintRef(const model::QualifiedName& table, const std::string& name);
/// Marker a column's SET STORAGE / COMPRESSION / STATISTICS step creates, so
/// that partitions created in the same migration wait for their parent's.
ObjectRef StorageMarker(const model::QualifiedName& table, const std::string& column);

/// The pg_class name an index-backed constraint (primary key, unique,
/// exclusion) takes in its schema, as an index ref; empty ref for others.
/// Steps creating and dropping it order by this name, so a name freed by a
/// drop is only reused after it.
ObjectRef KeyIndexName(const model::QualifiedName& table, const model::Constraint& constraint);

/// Type, default sequences, called functions and generation-expression columns of a column.
/// `catalog` (the side the column belongs to) tells which kind of user type
/// the column has: enum, domain, composite or range type.
std::vector<ObjectRef> ColumnNeeds(const model::QualifiedName& table, const model::Column& column,
                                   const model::Catalog& catalog);
/// Columns, and for a foreign key the referenced table, columns and key.
std::vector<ObjectRef> ConstraintNeeds(const model::QualifiedName& table, const model::Constraint& constraint,
                                       const model::Catalog& catalog);
/// Table, every column the index reads and the functions its expressions call.
std::vector<ObjectRef> IndexNeeds(const model::Index& index);

}  // namespace sd::plan
