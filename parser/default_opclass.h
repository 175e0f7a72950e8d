// PostgreSQL's default btree operator class per type, so that an operator
// class written out equals its omission.
#pragma once

#include <string>

#include "model/catalog.h"

namespace sd::parser {

/// The default btree operator class of `type` in PostgreSQL 15 ("int4_ops",
/// "text_ops" for varchar too, "enum_ops" for enums, "array_ops" for arrays),
/// or "" when it is not known offline (extension and base types).
std::string DefaultBtreeOpclass(const model::TypeRef& type, const model::Catalog& catalog);

}  // namespace sd::parser
