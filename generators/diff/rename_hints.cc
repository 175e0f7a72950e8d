#include "diff/rename_hints.h"

namespace sd::diff {
namespace {

std::string TableShape(const model::Table& table) {
  std::string out;
  for (const auto& c : table.columns) out += c.name + ":" + model::TypeSql(c.type) + ",";
  return out;
}

std::string Qualified(const model::QualifiedName& name) { return name.schema + "." + name.name; }

}  // namespace

std::vector<std::string> RenameHints(const std::vector<Change>& changes) {
  std::vector<std::string> hints;
  for (const auto& dropped : changes) {
    if (dropped.kind != ChangeKind::kDrop) continue;
    for (const auto& added : changes) {
      if (added.kind != ChangeKind::kCreate || added.target.kind != dropped.target.kind) continue;
      if (dropped.target.kind == model::ObjectKind::kTable) {
        const auto& a = std::get<model::Table>(dropped.before);
        const auto& b = std::get<model::Table>(added.after);
        if (TableShape(a) != TableShape(b)) continue;
        hints.push_back("table " + Qualified(a.name) + " is dropped and " + Qualified(b.name) +
                        " added with the same columns; if it was renamed, annotate its CREATE TABLE line with "
                        "`-- schemadiff:renamed-from " + a.name.name + "` to keep its rows");
      } else if (dropped.target.kind == model::ObjectKind::kColumn) {
        const auto& a = std::get<ColumnObject>(dropped.before);
        const auto& b = std::get<ColumnObject>(added.after);
        if (a.table != b.table || a.column.type != b.column.type || a.column.generated || b.column.generated) continue;
        hints.push_back("column " + Qualified(a.table) + "." + a.column.name + " is dropped and " + b.column.name +
                        " added with the same type; if it was renamed, annotate its line with "
                        "`-- schemadiff:renamed-from " + a.column.name + "` to keep its data");
      }
    }
  }
  return hints;
}

}  // namespace sd::diff
