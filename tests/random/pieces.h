// pieces.h - random building blocks shared by the schema generator and the
// mutations: types, defaults, columns, checks, indexes, views, comments.
#pragma once

#include <optional>
#include <set>
#include <string>

#include "model.h"
#include "rng.h"

namespace sdr {

/// Object kinds that can be switched on and off with `gen_pair --kinds`.
using Kinds = std::set<std::string>;

/// A random column type; enum types only when the model has some.
Type RandomType(Rng& rng, const Model& m);
/// A random default valid for `t` (none about half the time).
Default RandomDefault(Rng& rng, const Model& m, const Type& t, const Kinds& kinds);
/// A new plain column (no identity, not generated) called c<id>.
Column RandomColumn(Rng& rng, Model& m, const Kinds& kinds);
/// A random CHECK over the columns of `t`, or nothing when no column suits one.
std::optional<Check> RandomCheck(Rng& rng, Model& m, const Table& t);
/// A random index (plain, multi-column, unique, partial, expression, GIN)
/// over the columns of `t`, or nothing when `t` has no usable column.
std::optional<Index> RandomIndex(Rng& rng, Model& m, const Table& t);
/// A random row filter over a column of `t` (index predicates, view WHERE).
Expr RandomPredicate(Rng& rng, const Model& m, const Table& t);
/// A stored generated column over an integer/numeric column of `t`.
std::optional<Column> RandomGenerated(Rng& rng, Model& m, const Table& t);
/// A view selecting some columns of `t` with a WHERE.
std::optional<View> RandomView(Rng& rng, Model& m, const Table& t);
/// A short comment, sometimes with a quote that needs doubling.
std::string RandomComment(Rng& rng);
/// A new enum label, unique in the whole model (so renames and removals
/// can find its uses by text).
std::string NewLabel(Rng& rng, Model& m);
/// True when `c` is a plain stored column: no identity, not generated, not serial.
bool IsPlain(const Column& c);

}  // namespace sdr
