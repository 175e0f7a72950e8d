// compat_views.sql of the bundle: views that keep code written for OLD
// reading (and, being simple views, writing) after the forward migration.
#pragma once

#include <string>
#include <vector>

#include "diff/change.h"
#include "model/catalog.h"

namespace sd::report {

/// A psql script, run after up.sql: for every table of NEW that was renamed
/// or has renamed columns, `CREATE OR REPLACE VIEW <compat_schema>.<old name>`
/// selecting the table's OLD columns, under their OLD names, from the NEW
/// table. Columns gone in NEW are left out with a comment; columns added in
/// NEW are not shown (OLD code does not know them). `changes` are the forward
/// changes (their rename changes are followed back to OLD's names),
/// `renamed_old` is OLD with the renames applied and `to` is NEW. A script
/// that only says so when no view is needed.
std::string RenderCompatViews(const std::vector<diff::Change>& changes, const model::Catalog& renamed_old,
                              const model::Catalog& to, const std::string& compat_schema);

}  // namespace sd::report
