// View queries to a canonical key: the user's spelling of a query and the
// spelling pg_dump prints (PostgreSQL's ruleutils.c) compare equal.
#pragma once

#include <string>
#include <vector>

#include "model/object_ref.h"
#include "parser/interp_context.h"

namespace sd::parser {

/// A view query as schemadiff keeps it, and what it reads.
struct CanonicalQuery {
  std::string text;  ///< the user's query deparsed with names resolved (valid SQL under any search_path)
  std::string key;   ///< canonical form: equal keys mean PostgreSQL stores the same query
  std::vector<std::string> columns;       ///< output column names; empty when they could not be found
  std::vector<std::string> column_types;  ///< canonical type of each output column; "=expr" (its canonical
                                          ///< expression) when the type is not known
  std::vector<model::ObjectRef> depends_on;  ///< relations, columns, functions and types read, first use first
  std::string unresolved;  ///< why the key is the plain deparse ("" when names were resolved)
};

/// Canonicalises the SELECT in `*slot` against the catalog of `ctx` (its
/// state at this point of the file): relations are qualified through
/// search_path, column references qualified with the FROM item that supplies
/// them, `*` expanded, every output column named (`column_aliases`, the
/// view's column list, take precedence), ORDER BY / GROUP BY positions and
/// output names replaced by their expressions, and expressions canonicalised
/// as expression keys are. When a name cannot be resolved (unknown relation,
/// ambiguous column) the key is the plain deparse and `unresolved` says why.
/// The tree in `*slot` is left as it was. Returns false, with `error`, only
/// when the query cannot be deparsed at all.
bool CanonicaliseQuery(PgQuery__Node** slot, const std::vector<std::string>& column_aliases, InterpContext& ctx,
                       CanonicalQuery* out, std::string* error);

/// The name PostgreSQL gives an unnamed output column (FigureColname in
/// parse_target.c): a column's or function's name, "case", "exists", a cast's
/// type name, else "?column?".
std::string OutputColumnName(const PgQuery__Node* expr);

}  // namespace sd::parser
