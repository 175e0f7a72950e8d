// Views and materialized views.
#include <algorithm>
#include <set>

#include "model/quote.h"
#include "plan/ddl.h"
#include "plan/deps.h"
#include "plan/steps.h"

namespace sd::plan {
namespace {

using model::ObjectKind;

std::string KindSql(const model::View& view) { return view.materialized ? "MATERIALIZED VIEW" : "VIEW"; }

// "name" of "name=value"; "" for a malformed entry.
std::string OptionName(const std::string& option) { return option.substr(0, option.find('=')); }

std::string OptionListSql(const std::vector<std::string>& options) {
  std::string out;
  for (const auto& o : options) {
    size_t eq = o.find('=');
    if (!out.empty()) out += ", ";
    out += model::QuoteIdent(o.substr(0, eq));
    if (eq != std::string::npos) out += "=" + model::QuoteLiteral(o.substr(eq + 1));
  }
  return out;
}

std::string CreateViewSql(const model::View& view, bool replace) {
  std::string sql = std::string("CREATE ") + (replace ? "OR REPLACE " : "") + KindSql(view) + " " +
                    model::QuoteQualified(view.name);
  if (!view.column_list.empty()) {
    sql += " (";
    for (size_t i = 0; i < view.column_list.size(); ++i)
      sql += (i ? ", " : "") + model::QuoteIdent(view.column_list[i]);
    sql += ")";
  }
  if (!view.options.empty()) sql += " WITH (" + OptionListSql(view.options) + ")";
  sql += " AS\n" + view.query;
  if (view.materialized && !view.with_data) sql += "\nWITH NO DATA";
  return sql + ";\n";
}

std::string ColumnTarget(const model::View& view, const std::string& column) {
  return "COLUMN " + model::QuoteQualified(view.name) + "." + model::QuoteIdent(column);
}

// Every comment `view` carries, as set on a new view.
std::string CommentsSql(const model::View& view) {
  std::string sql;
  if (view.comment) sql += CommentSql(KindSql(view) + " " + model::QuoteQualified(view.name), view.comment);
  for (const auto& [column, comment] : view.column_comments) sql += CommentSql(ColumnTarget(view, column), comment);
  return sql;
}

// What a view's existence provides to steps that use it: the view, its
// name as a relation (indexes on a materialized view need that) and columns.
std::vector<model::ObjectRef> Provides(const model::View& view) {
  std::vector<model::ObjectRef> out{view.Ref(), TableRef(view.name)};
  for (const auto& c : view.columns) out.push_back(ColumnRef(view.name, c));
  return out;
}

void CreateStep(const model::View& view, const std::string& description, StepContext& ctx) {
  Step& s = ctx.Add(CreateViewSql(view, false) + CommentsSql(view), kRankCreateView, description);
  s.creates = Provides(view);
  s.needs_new = {SchemaRef(view.name.schema)};
  for (const auto& d : view.depends_on) s.needs_new.push_back(d);
}

// Dropping a view loses no data; a materialized view's rows come back with
// REFRESH (docs/status.md).
void DropStep(const model::View& view, const std::string& description, StepContext& ctx) {
  Step& s = ctx.Add("DROP " + KindSql(view) + " " + model::QuoteQualified(view.name) + ";\n", kRankDropView,
                    description);
  s.drops = Provides(view);
  s.needs_old = {SchemaRef(view.name.schema)};
  for (const auto& d : view.depends_on) s.needs_old.push_back(d);
}

bool Uses(const model::View& view, const model::ObjectRef& ref) {
  for (const auto& d : view.depends_on)
    if (d == ref) return true;
  return false;
}

bool HasOwnChange(const model::ObjectRef& ref, const StepContext& ctx) {
  for (const auto& c : ctx.changes)
    if (c.target == ref) return true;
  return false;
}

// Unchanged views over `view` (and indexes on those), dropped before it and
// created after it, transitively: for a replacement PostgreSQL only allows
// as drop and create (the backward side of a replacement that added columns).
void RecreateUsers(const model::ObjectRef& view, StepContext& ctx, std::set<model::ObjectRef>* done) {
  for (const auto& [name, user] : ctx.from.views) {
    model::ObjectRef ref = user.Ref();
    auto after = ctx.to.views.find(name);
    if (!Uses(user, view) || done->count(ref) || HasOwnChange(ref, ctx) || after == ctx.to.views.end()) continue;
    done->insert(ref);
    DropStep(user, "drop " + model::Describe(ref) + " (recreate)", ctx);
    CreateStep(after->second, "create " + model::Describe(ref) + " (recreate)", ctx);
    for (const auto& [iname, index] : ctx.from.indexes) {
      auto new_index = ctx.to.indexes.find(iname);
      if (index.table != name || HasOwnChange(index.Ref(), ctx) || new_index == ctx.to.indexes.end()) continue;
      PlanIndexChange(diff::Change{diff::ChangeKind::kDrop, diff::Aspect::kRecreate, index.Ref(), index, {}}, ctx);
      PlanIndexChange(diff::Change{diff::ChangeKind::kCreate, diff::Aspect::kRecreate, index.Ref(), {}, new_index->second},
                      ctx);
    }
    RecreateUsers(ref, ctx, done);
  }
}

// The new columns extend the old ones (same names and types, in order).
bool Extends(const model::View& a, const model::View& b) {
  if (a.columns.empty() || b.columns.size() < a.columns.size()) return false;
  for (size_t i = 0; i < a.columns.size(); ++i)
    if (a.columns[i] != b.columns[i] || i >= a.column_types.size() || i >= b.column_types.size() ||
        a.column_types[i].empty() || a.column_types[i] != b.column_types[i])
      return false;
  return true;
}

void ReplaceQuery(const diff::Change& change, const model::View& a, const model::View& b, StepContext& ctx) {
  std::string description = diff::Describe(change);
  if (!Extends(a, b)) {
    // Columns would disappear or change: PostgreSQL needs drop and create.
    std::set<model::ObjectRef> done;
    RecreateUsers(a.Ref(), ctx, &done);
    DropStep(a, description, ctx);
    CreateStep(b, description, ctx);
    return;
  }
  Step& s = ctx.Add(CreateViewSql(b, true), kRankCreateView, description);
  for (size_t i = a.columns.size(); i < b.columns.size(); ++i) s.creates.push_back(ColumnRef(b.name, b.columns[i]));
  s.needs_new = {change.target};
  for (const auto& d : b.depends_on) s.needs_new.push_back(d);
  // Runs before anything only the old query read is dropped.
  for (const auto& d : a.depends_on)
    if (!Uses(b, d)) s.needs_old.push_back(d);
}

void AlterOptions(const diff::Change& change, const model::View& a, const model::View& b, StepContext& ctx) {
  std::vector<std::string> set, reset;
  for (const auto& o : b.options)
    if (std::find(a.options.begin(), a.options.end(), o) == a.options.end()) set.push_back(o);
  for (const auto& o : a.options) {
    bool kept = false;
    for (const auto& n : b.options) kept = kept || OptionName(n) == OptionName(o);
    if (!kept) reset.push_back(model::QuoteIdent(OptionName(o)));
  }
  std::string alter = "ALTER " + KindSql(b) + " " + model::QuoteQualified(b.name);
  std::string sql;
  if (!reset.empty()) {
    sql += alter + " RESET (";
    for (size_t i = 0; i < reset.size(); ++i) sql += (i ? ", " : "") + reset[i];
    sql += ");\n";
  }
  if (!set.empty()) sql += alter + " SET (" + OptionListSql(set) + ");\n";
  ctx.Add(sql, kRankCreateView, diff::Describe(change)).needs_new = {change.target};
}

void AlterComments(const diff::Change& change, const model::View& a, const model::View& b, StepContext& ctx) {
  std::string sql;
  if (a.comment != b.comment) sql += CommentSql(KindSql(b) + " " + model::QuoteQualified(b.name), b.comment);
  for (const auto& [column, comment] : b.column_comments) {
    auto old = a.column_comments.find(column);
    if (old == a.column_comments.end() || old->second != comment) sql += CommentSql(ColumnTarget(b, column), comment);
  }
  for (const auto& [column, comment] : a.column_comments)
    if (!b.column_comments.count(column)) sql += CommentSql(ColumnTarget(b, column), std::nullopt);
  Step& s = ctx.Add(sql, kRankComment, diff::Describe(change));
  s.needs_new = {change.target};
  for (const auto& [column, comment] : b.column_comments) s.needs_new.push_back(ColumnRef(b.name, column));
}

}  // namespace

void PlanViewChange(const diff::Change& change, StepContext& ctx) {
  std::string description = diff::Describe(change);
  if (change.kind == diff::ChangeKind::kCreate) return CreateStep(std::get<model::View>(change.after), description, ctx);
  if (change.kind == diff::ChangeKind::kDrop) return DropStep(std::get<model::View>(change.before), description, ctx);
  const auto& a = std::get<model::View>(change.before);
  const auto& b = std::get<model::View>(change.after);
  switch (change.aspect) {
    case diff::Aspect::kViewQuery: return ReplaceQuery(change, a, b, ctx);
    case diff::Aspect::kViewOptions: return AlterOptions(change, a, b, ctx);
    case diff::Aspect::kComment: return AlterComments(change, a, b, ctx);
    default: return;
  }
}

}  // namespace sd::plan
