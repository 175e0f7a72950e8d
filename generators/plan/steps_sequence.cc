// Sequences: create (owner attached after its table), alter, drop.
#include "model/quote.h"
#include "plan/ddl.h"
#include "plan/deps.h"
#include "plan/sequence_bounds.h"
#include "plan/steps.h"

namespace sd::plan {
namespace {

std::string OwnerSql(const model::Sequence& seq) {
  std::string owner = seq.owned_by ? model::QuoteQualified(seq.owned_by->table) + "." +
                                         model::QuoteIdent(seq.owned_by->column)
                                   : "NONE";
  return "ALTER SEQUENCE " + model::QuoteQualified(seq.name) + " OWNED BY " + owner + ";\n";
}

// True when the owning column disappears in this migration, taking the
// sequence with it.
bool OwnerGoesAway(const model::Sequence& seq, const model::Catalog& to) {
  if (!seq.owned_by) return false;
  auto it = to.tables.find(seq.owned_by->table);
  return it == to.tables.end() || !it->second.FindColumn(seq.owned_by->column);
}

}  // namespace

void PlanSequenceChange(const diff::Change& change, StepContext& ctx) {
  std::string desc = diff::Describe(change);
  const std::string q = model::QuoteQualified(change.target.name);
  if (change.kind == diff::ChangeKind::kCreate) {
    const auto& seq = std::get<model::Sequence>(change.after);
    std::string sql = CreateSequenceSql(seq);
    if (seq.comment) sql += CommentSql("SEQUENCE " + q, seq.comment);
    Step& s = ctx.Add(sql, kRankCreateSequence, desc);
    s.creates = {change.target};
    s.needs_new = {SchemaRef(seq.name.schema)};
    if (seq.owned_by) {
      Step& o = ctx.Add(OwnerSql(seq), kRankAlterSequence, desc + " (owner)");
      o.needs_new = {change.target, ColumnRef(seq.owned_by->table, seq.owned_by->column)};
    }
    return;
  }
  if (change.kind == diff::ChangeKind::kDrop) {
    const auto& seq = std::get<model::Sequence>(change.before);
    if (OwnerGoesAway(seq, ctx.to)) {
      // Dropped together with its owning column; no statement of its own.
      Step& s = ctx.Add("", kRankDropSequence, desc);
      s.drops = {change.target};
      s.waits_for_drop = {ColumnRef(seq.owned_by->table, seq.owned_by->column)};
      return;
    }
    Step& s = ctx.Add("DROP SEQUENCE " + q + ";\n", kRankDropSequence, desc);
    s.drops = {change.target};
    s.needs_old = {SchemaRef(seq.name.schema)};
    s.destructive = true;
    s.destructive_reason = "drops sequence " + seq.name.schema + "." + seq.name.name + " and its current value";
    return;
  }
  const auto& a = std::get<model::Sequence>(change.before);
  const auto& b = std::get<model::Sequence>(change.after);
  if (change.aspect == diff::Aspect::kComment) {
    ctx.Add(CommentSql("SEQUENCE " + q, b.comment), kRankComment, desc).needs_new = {change.target};
  } else if (change.aspect == diff::Aspect::kSequenceOwner) {
    Step& s = ctx.Add(OwnerSql(b), kRankAlterSequence, desc);
    s.needs_new = {change.target};
    if (b.owned_by) s.needs_new.push_back(ColumnRef(b.owned_by->table, b.owned_by->column));
    // Moving ownership away must happen before the old owner is dropped.
    if (a.owned_by) s.needs_old.push_back(ColumnRef(a.owned_by->table, a.owned_by->column));
  } else {
    std::string sql = AlterSequenceBoundsSql("ALTER SEQUENCE " + q + " " + SequenceOptionsSql(b.options), q,
                                             a.options, b.options);
    ctx.Add(sql, kRankAlterSequence, desc).needs_new = {change.target};
  }
}

}  // namespace sd::plan
