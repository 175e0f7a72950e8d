// Schemas and extensions.
#include "model/quote.h"
#include "plan/ddl.h"
#include "plan/deps.h"
#include "plan/steps.h"

namespace sd::plan {

void PlanSchemaChange(const diff::Change& change, StepContext& ctx) {
  using diff::ChangeKind;
  std::string desc = diff::Describe(change);
  if (change.target.kind == model::ObjectKind::kSchema) {
    const std::string q = model::QuoteIdent(change.target.name.name);
    if (change.kind == ChangeKind::kCreate) {
      const auto& s = std::get<model::Schema>(change.after);
      std::string sql = "CREATE SCHEMA " + q + ";\n";
      if (s.comment) sql += CommentSql("SCHEMA " + q, s.comment);
      ctx.Add(sql, kRankCreateSchema, desc).creates = {change.target};
    } else if (change.kind == ChangeKind::kDrop) {
      ctx.Add("DROP SCHEMA " + q + ";\n", kRankDropSchema, desc).drops = {change.target};
    } else {
      const auto& s = std::get<model::Schema>(change.after);
      ctx.Add(CommentSql("SCHEMA " + q, s.comment), kRankComment, desc).needs_new = {change.target};
    }
    return;
  }
  const std::string q = model::QuoteIdent(change.target.name.name);
  if (change.kind == ChangeKind::kCreate) {
    const auto& e = std::get<model::Extension>(change.after);
    std::string sql = "CREATE EXTENSION " + q + " WITH SCHEMA " + model::QuoteIdent(e.schema);
    if (!e.version.empty()) sql += " VERSION " + model::QuoteLiteral(e.version);
    Step& s = ctx.Add(sql + ";\n", kRankCreateExtension, desc);
    s.creates = {change.target};
    s.needs_new = {SchemaRef(e.schema)};
  } else if (change.kind == ChangeKind::kDrop) {
    const auto& e = std::get<model::Extension>(change.before);
    Step& s = ctx.Add("DROP EXTENSION " + q + ";\n", kRankDropExtension, desc);
    s.drops = {change.target};
    // No rows go with it: columns of its types are dropped (and flagged) first.
    s.needs_old = {SchemaRef(e.schema)};
  } else if (change.aspect == diff::Aspect::kExtensionSchema) {
    const auto& e = std::get<model::Extension>(change.after);
    Step& s = ctx.Add("ALTER EXTENSION " + q + " SET SCHEMA " + model::QuoteIdent(e.schema) + ";\n",
                      kRankCreateExtension, desc);
    s.needs_new = {SchemaRef(e.schema)};
    s.needs_old = {SchemaRef(std::get<model::Extension>(change.before).schema)};
  } else {
    const auto& e = std::get<model::Extension>(change.after);
    ctx.Add("ALTER EXTENSION " + q + " UPDATE TO " + model::QuoteLiteral(e.version) + ";\n", kRankCreateExtension,
            desc);
  }
}

}  // namespace sd::plan
