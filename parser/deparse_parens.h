// Parentheses libpg_query's deparser leaves out.
#pragma once

#include <functional>
#include <string>

#include "parser/pg_tree.h"

namespace sd::parser {

/// A deparser of one node: text on success, else false and an error.
using NodeDeparser = std::function<bool(PgQuery__Node*, std::string*, std::string*)>;

/// Deparses `root` with `deparse_root`, printing in parentheses the operands
/// that libpg_query's deparser (PostgreSQL 15) prints bare although the grammar
/// needs them: the operand of a cast that is `x IS NULL`, `x IS TRUE`, AND / OR /
/// NOT, `x COLLATE c` or `x AT TIME ZONE z` (`(x IS NULL)::int` would come out as
/// `x IS NULL::int`, a cast of NULL), and AND / OR / NOT under IS [NOT] NULL /
/// TRUE / FALSE / UNKNOWN (`(a AND b) IS NULL` as `a AND b IS NULL`). Such an
/// operand is swapped for a placeholder while the root is deparsed, deparsed on
/// its own with `deparse_operand`, and put back as `(text)`. The tree is left as
/// it was.
bool DeparseKeepingParentheses(PgQuery__Node* root, const NodeDeparser& deparse_root,
                               const NodeDeparser& deparse_operand, std::string* out, std::string* error);

}  // namespace sd::parser
