#include "report/compat_views.h"

#include <map>
#include <set>

#include "model/quote.h"

namespace sd::report {
namespace {

using model::ObjectKind;
using model::QualifiedName;

// A table of NEW as OLD named it: its name and, per column (keyed by the
// column's name in NEW), the column's name in OLD.
struct OldNames {
  QualifiedName table;
  std::map<std::string, std::string> columns;
};

// Undoes the forward renames, last first, on one table of `renamed_old`.
// The renames ran members first (under the table's OLD name), then tables
// (within their OLD schema), then schemas: see parser/renames.h.
OldNames FollowBack(const model::Table& table, const std::vector<diff::Change>& changes) {
  OldNames out{table.name, {}};
  for (const auto& column : table.columns) out.columns[column.name] = column.name;
  for (auto it = changes.rbegin(); it != changes.rend(); ++it) {
    if (it->aspect != diff::Aspect::kRename || it->inverted) continue;
    const auto* from = std::get_if<model::ObjectRef>(&it->before);
    const auto* to = std::get_if<model::ObjectRef>(&it->after);
    if (!from || !to) continue;
    if (from->kind == ObjectKind::kSchema && out.table.schema == to->name.name) {
      out.table.schema = from->name.name;
    } else if (from->kind == ObjectKind::kTable && out.table == QualifiedName{from->name.schema, to->name.name}) {
      out.table = from->name;
    } else if (from->kind == ObjectKind::kColumn && out.table == from->name) {
      for (auto& [current, old] : out.columns)
        if (old == to->sub) old = from->sub;
    }
  }
  return out;
}

bool NeedsView(const model::Table& table, const OldNames& old) {
  if (old.table != table.name) return true;
  for (const auto& [current, name] : old.columns)
    if (current != name) return true;
  return false;
}

// One view: OLD's columns in OLD's order, from the NEW table.
std::string View(const model::Table& old_shape, const model::Table& now, const OldNames& old,
                 const std::string& schema) {
  std::string view = model::QuoteIdent(schema) + "." + model::QuoteIdent(old.table.name);
  std::string out = "\n-- OLD " + model::QuoteQualified(old.table) + " is NEW " + model::QuoteQualified(now.name) + "\n";
  std::vector<std::string> select;
  for (const auto& column : old_shape.columns) {
    const std::string& old_name = old.columns.at(column.name);
    if (!now.FindColumn(column.name)) {
      out += "-- column " + model::QuoteIdent(old_name) + " is dropped in NEW: left out of the view\n";
      continue;
    }
    std::string item = model::QuoteIdent(column.name);
    if (old_name != column.name) item += " AS " + model::QuoteIdent(old_name);
    select.push_back(item);
  }
  if (select.empty()) return out + "-- no column of OLD is left in NEW: no view\n";
  out += "CREATE OR REPLACE VIEW " + view + " AS\nSELECT\n";
  for (size_t i = 0; i < select.size(); ++i) out += "  " + select[i] + (i + 1 < select.size() ? ",\n" : "\n");
  out += "FROM " + model::QuoteQualified(now.name) + ";\n";
  out += "COMMENT ON VIEW " + view + " IS " +
         model::QuoteLiteral("schemadiff compatibility view: OLD " + model::QuoteQualified(old.table) +
                             " reading NEW " + model::QuoteQualified(now.name)) +
         ";\n";
  return out;
}

}  // namespace

std::string RenderCompatViews(const std::vector<diff::Change>& changes, const model::Catalog& renamed_old,
                              const model::Catalog& to, const std::string& compat_schema) {
  std::string views;
  std::set<std::string> names;  // one schema for all views: OLD names from two schemas can clash
  for (const auto& [name, now] : to.tables) {
    auto old_shape = renamed_old.tables.find(name);
    if (old_shape == renamed_old.tables.end()) continue;  // new in NEW: nothing to stay compatible with
    OldNames old = FollowBack(old_shape->second, changes);
    if (!NeedsView(now, old)) continue;
    if (!names.insert(old.table.name).second) {
      views += "\n-- OLD " + model::QuoteQualified(old.table) + ": a view named " + model::QuoteIdent(old.table.name) +
               " is already made for another schema's table; none for this one\n";
      continue;
    }
    views += View(old_shape->second, now, old, compat_schema);
  }
  std::string schema = model::QuoteIdent(compat_schema);
  std::string out = "-- schemadiff compatibility views: run after up.sql.\n";
  if (views.empty()) return out + "-- None needed: no table or column is renamed.\n";
  out +=
      "-- Code written for OLD reads (and, through these simple views, writes) the renamed\n"
      "-- tables and columns by their OLD names once " + schema + " comes first on its search_path:\n"
      "--   SET search_path = " + schema + ", public;\n"
      "-- Drop them before down.sql (they depend on the NEW tables): DROP SCHEMA " + schema + " CASCADE;\n"
      "BEGIN;\n"
      "CREATE SCHEMA IF NOT EXISTS " + schema + ";\n" +
      views + "COMMIT;\n";
  return out;
}

}  // namespace sd::report
