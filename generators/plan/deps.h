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

/// Type, default sequences and generation-expression columns of a column.
std::vector<ObjectRef> ColumnNeeds(const model::QualifiedName& table, const model::Column& column);
/// Columns, and for a foreign key the referenced table, columns and key.
std::vector<ObjectRef> ConstraintNeeds(const model::QualifiedName& table, const model::Constraint& constraint,
                                       const model::Catalog& catalog);
/// Table and every column the index reads.
std::vector<ObjectRef> IndexNeeds(const model::Index& index);

}  // namespace sd::plan
