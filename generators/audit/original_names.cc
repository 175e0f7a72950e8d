#include "audit/original_names.h"

#include <variant>

namespace sd::audit {
namespace {

using model::ObjectKind;

// Undoes one rename on the name of a table or type (`kind`). A relation or
// type rename is recorded with its new schema but applied before schema
// renames, so it matches either schema.
void Undo(const model::Rename& r, ObjectKind kind, model::QualifiedName* name) {
  if (r.to.kind == ObjectKind::kSchema && name->schema == r.to.name.name) name->schema = r.from.name.name;
  if (r.to.kind == kind && name->name == r.to.name.name &&
      (name->schema == r.to.name.schema || name->schema == r.from.name.schema))
    *name = r.from.name;
}

}  // namespace

OriginalNames::OriginalNames(const std::vector<diff::Change>& changes) {
  for (const auto& c : changes) {
    if (c.aspect != diff::Aspect::kRename) continue;
    const auto* from = std::get_if<model::ObjectRef>(&c.before);
    const auto* to = std::get_if<model::ObjectRef>(&c.after);
    if (from && to) renames_.push_back({*from, *to});
  }
}

model::QualifiedName OriginalNames::Table(const model::QualifiedName& table) const {
  model::QualifiedName out = table;
  for (auto it = renames_.rbegin(); it != renames_.rend(); ++it) Undo(*it, ObjectKind::kTable, &out);
  return out;
}

model::QualifiedName OriginalNames::Type(const model::QualifiedName& type) const {
  model::QualifiedName out = type;
  for (auto it = renames_.rbegin(); it != renames_.rend(); ++it) Undo(*it, ObjectKind::kEnumType, &out);
  return out;
}

std::string OriginalNames::Column(const model::QualifiedName& table, const std::string& column) const {
  model::QualifiedName t = table;
  std::string out = column;
  // Members are renamed first, so they are undone last, when the table
  // already has the name it had when the member was renamed.
  for (auto it = renames_.rbegin(); it != renames_.rend(); ++it) {
    Undo(*it, ObjectKind::kTable, &t);
    if (it->to.kind == ObjectKind::kColumn && out == it->to.sub && (t == it->from.name || t == it->to.name))
      out = it->from.sub;
  }
  return out;
}

bool OriginalNames::TouchesTable(const model::QualifiedName& table) const {
  if (Table(table) != table) return true;
  model::QualifiedName original = Table(table);
  for (const auto& r : renames_)
    if (r.to.kind == ObjectKind::kColumn && (r.to.name == table || r.from.name == original)) return true;
  return false;
}

}  // namespace sd::audit
