// `-- schemadiff:backfill …` on a column or CREATE TABLE line: checked to
// parse, and what it reads found, so that the planner can order it.
#pragma once

#include <string>

#include "model/table.h"

namespace sd::parser {

/// What the annotation is on: a column (an expression, e.g. `1` or
/// `(SELECT id FROM users ORDER BY id LIMIT 1)`), or a table (the rest of an
/// INSERT after `INSERT INTO <table>`, e.g. `(name) VALUES ('default')` or
/// `(id, name) SELECT id, name FROM old_table`).
enum class BackfillTarget { kColumn, kTable };

/// Parses `sql` for `target` into `out` (text kept as written, relations and
/// columns read). False with a parser message in `error` when it is not one
/// expression (column) or one INSERT source (table).
bool ParseBackfill(const std::string& sql, BackfillTarget target, model::Backfill* out, std::string* error);

}  // namespace sd::parser
