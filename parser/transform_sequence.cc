// CREATE SEQUENCE and ALTER SEQUENCE.
#include "parser/table_parts.h"
#include "parser/transforms.h"

namespace sd::parser {
namespace {

// OWNED BY table.column | NONE, resolved through search_path.
void SetOwner(model::Sequence& seq, const std::vector<std::string>& owned_by, InterpContext& ctx) {
  if (owned_by.size() == 1 && owned_by[0] == "none") {
    seq.owned_by.reset();
    return;
  }
  if (owned_by.size() < 2) return;
  std::vector<std::string> rel(owned_by.begin(), owned_by.end() - 1);
  model::QualifiedName table = ctx.ResolveRelation(rel);
  auto it = ctx.catalog().tables.find(table);
  if (it == ctx.catalog().tables.end() || !it->second.FindColumn(owned_by.back())) {
    ctx.Error("SD-P050", "OWNED BY names a column that does not exist: " + table.name + "." + owned_by.back());
    return;
  }
  seq.owned_by = model::SequenceOwner{table, owned_by.back()};
}

}  // namespace

void ApplyCreateSequence(PgQuery__CreateSeqStmt* stmt, InterpContext& ctx) {
  model::QualifiedName name = ctx.ForCreate(stmt->sequence->schemaname ? stmt->sequence->schemaname : "",
                                            stmt->sequence->relname);
  if (ctx.RelationNameTaken(name)) {
    if (stmt->if_not_exists) return;
    ctx.Error("SD-P051", "relation \"" + name.name + "\" already exists", stmt->sequence->location);
    return;
  }
  model::Sequence seq;
  seq.name = name;
  seq.renamed_from = ctx.RenamedFrom(stmt->sequence->location);
  std::vector<std::string> owned_by;
  ApplySequenceOptions(stmt->n_options, stmt->options, &seq.options, ctx, &owned_by);
  SetOwner(seq, owned_by, ctx);
  ctx.catalog().sequences[name] = seq;
}

void ApplyAlterSequence(PgQuery__AlterSeqStmt* stmt, InterpContext& ctx) {
  model::QualifiedName name = ctx.ResolveRelation(stmt->sequence);
  auto it = ctx.catalog().sequences.find(name);
  if (it == ctx.catalog().sequences.end()) {
    if (stmt->missing_ok) return;
    ctx.Error("SD-P052", "relation \"" + name.name + "\" does not exist", stmt->sequence->location);
    return;
  }
  std::vector<std::string> owned_by;
  ApplySequenceOptions(stmt->n_options, stmt->options, &it->second.options, ctx, &owned_by);
  if (!owned_by.empty()) SetOwner(it->second, owned_by, ctx);
}

}  // namespace sd::parser
