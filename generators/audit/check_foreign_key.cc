// Orphans before a FOREIGN KEY is added (without NOT VALID) or validated:
// rows whose key has no referenced row. MATCH SIMPLE checks only keys with
// no NULL column; MATCH FULL also rejects keys that are partly NULL.
#include "audit/source.h"
#include "lint/facts.h"
#include "model/quote.h"

namespace sd::audit {
namespace {

using diff::Aspect;
using diff::ChangeKind;

std::vector<std::string> Qualified(const std::string& alias, const std::vector<std::string>& columns) {
  std::vector<std::string> out;
  for (const auto& c : columns) out.push_back(alias + "." + model::QuoteIdent(c));
  return out;
}

std::string AllNull(const std::vector<std::string>& exprs) {
  std::string out;
  for (const auto& e : exprs) out += (out.empty() ? "" : " AND ") + e + " IS NULL";
  return out;
}

}  // namespace

void AddForeignKeyChecks(const Context& ctx, const diff::Change& change, std::vector<Check>* out) {
  if (change.target.kind != model::ObjectKind::kConstraint) return;
  bool adds = change.kind == ChangeKind::kCreate;
  bool validates = change.kind == ChangeKind::kAlter && change.aspect == Aspect::kConstraintValidate;
  const model::Constraint* k = lint::ConstraintAfter(change);
  if ((!adds && !validates) || !k || !k->foreign_key || k->not_valid) return;
  const model::QualifiedName& table = change.target.name;
  if (!ctx.from.tables.count(table)) return;  // a new table is empty
  const model::ForeignKey& fk = *k->foreign_key;
  std::vector<std::string> names;
  for (const auto& c : k->columns) names.push_back(model::QuoteIdent(c));
  std::vector<std::string> ref_names;
  for (const auto& c : fk.ref_columns) ref_names.push_back(model::QuoteIdent(c));
  std::string description = "orphans in " + model::QuoteQualified(table) + " " + ColumnList(names) + " before " +
                            (validates ? "VALIDATE " : "") + "FOREIGN KEY " + model::QuoteIdent(k->name) + " to " +
                            model::QuoteQualified(fk.ref_table) + " " + ColumnList(ref_names);

  Source src = TableSource(ctx, table, k->columns, "k", Shape::kNew);
  if (!src.unknown.empty()) return out->push_back(SkippedCheck(std::move(description), src.unknown));
  std::vector<std::string> keys = Qualified("k", k->columns);
  std::string missing = "true";  // a referenced table the migration creates is empty
  bool uses_converts = src.uses_converts;
  if (ctx.from.tables.count(fk.ref_table)) {
    Source ref = TableSource(ctx, fk.ref_table, fk.ref_columns, "r", Shape::kNew);
    if (!ref.unknown.empty()) return out->push_back(SkippedCheck(std::move(description), ref.unknown));
    std::vector<std::string> ref_keys = Qualified("r", fk.ref_columns);
    std::string match;
    for (size_t i = 0; i < keys.size() && i < ref_keys.size(); ++i)
      match += (match.empty() ? "" : " AND ") + ref_keys[i] + " = " + keys[i];
    missing = "NOT EXISTS (SELECT 1 FROM " + ref.sql + " WHERE " + match + ")";
    uses_converts = uses_converts || ref.uses_converts;
  }
  std::string where = fk.match == 'f'
                          ? "NOT (" + AllNull(keys) + ") AND (NOT (" + AllNotNull(keys) + ") OR " + missing + ")"
                          : AllNotNull(keys) + " AND " + missing;
  Check c = RowCheck(std::move(description), src.sql, where, SampleOf(keys));
  c.uses_converts = uses_converts;
  out->push_back(std::move(c));
}

}  // namespace sd::audit
