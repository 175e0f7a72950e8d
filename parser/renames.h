// Rename annotations of NEW applied to OLD, so that the diff sees renamed
// objects as the same objects and the plan renames instead of drop + add.
#pragma once

#include <vector>

#include "model/catalog.h"
#include "model/diagnostic.h"

namespace sd::parser {

/// Applies every `renamed-from` annotation of `new_catalog` whose old object
/// exists in `old_catalog` (and whose new name is free there) by renaming it
/// in `old_catalog`. Returns the renames in execution order (members, then
/// relations and types, then schemas), each `from` spelled with the names in
/// force when it runs. Annotations naming nothing in OLD are left alone (the
/// rename already happened), with a note.
std::vector<model::Rename> ApplyRenameAnnotations(model::Catalog* old_catalog, const model::Catalog& new_catalog,
                                                  std::vector<model::Diagnostic>* diagnostics);

}  // namespace sd::parser
