// The storage a column has when none is set: pg_type.typstorage of its type.
#pragma once

#include "model/catalog.h"

namespace sd::model {

/// The storage a column of `type` has when none is set (pg_type.typstorage),
/// or kDefault when it is not known offline (a base type of an extension).
/// Builtin types use PostgreSQL 15's pg_type; enums are PLAIN; composite
/// types, table row types, ranges and arrays EXTENDED; a domain its base type's.
ColumnStorage TypeStorage(const TypeRef& type, const Catalog& catalog);

}  // namespace sd::model
