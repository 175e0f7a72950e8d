// Facts about changing a column from one type to another.
#pragma once

#include "model/type_ref.h"

namespace sd::plan {

/// True when every value of `from` converts to `to` without loss or failure
/// (int → bigint, varchar(n) → varchar(m ≥ n), anything → text, ...).
bool IsLosslessConversion(const model::TypeRef& from, const model::TypeRef& to);

/// True when ALTER COLUMN TYPE needs a USING clause: no implicit or
/// assignment cast exists between the two types.
bool NeedsUsing(const model::TypeRef& from, const model::TypeRef& to);

}  // namespace sd::plan
