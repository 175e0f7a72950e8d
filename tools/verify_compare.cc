#include "verify_compare.h"

#include <map>
#include <mutex>

#include "diff/diff.h"
#include "parser/loader.h"
#include "plan/ddl.h"

namespace sd::tools {

namespace {

// The parser and differ are not promised to be thread-safe; verify reads two
// databases at once, so calls into them take turns.
std::mutex g_library_mutex;

// Boxed or Shared expressions.
template <class Optional>
std::string Text(const Optional& e) {
  return e ? e->text : "";
}

// Two expressions that print alike but compare differently: show the keys.
template <class Optional>
void ExprValues(const Optional& a, const Optional& b, Difference* d) {
  d->expected = Text(a);
  d->actual = Text(b);
  if (a && b && d->expected == d->actual) {
    d->expected = a->key;
    d->actual = b->key;
  }
}

std::string SequenceOptionsText(const model::Sequence& s) {
  return plan::SequenceOptionsSql(s.options, s.options.type);
}

std::string IdentityText(const diff::ColumnObject& c) {
  return c.column.identity ? plan::IdentityClauseSql(c.table, c.column) : "";
}

std::string TypeText(const model::Column& c) {
  return model::TypeSql(c.type) + (c.collation.empty() ? "" : " COLLATE " + c.collation);
}

// Whole-object text for a created or dropped object.
std::string Definition(const diff::Object& object) {
  if (auto* c = std::get_if<diff::ColumnObject>(&object)) return plan::ColumnDefinitionSql(c->table, c->column);
  if (auto* c = std::get_if<diff::ConstraintObject>(&object)) return plan::ConstraintDefinitionSql(c->constraint);
  if (auto* i = std::get_if<model::Index>(&object)) return plan::CreateIndexSql(*i);
  if (auto* s = std::get_if<model::Sequence>(&object)) return SequenceOptionsText(*s);
  if (auto* e = std::get_if<model::EnumType>(&object)) return plan::CreateEnumSql(*e);
  return "";
}

// Fills expected/actual for an alteration of one aspect.
void AspectValues(const diff::Change& c, Difference* d) {
  auto* ca = std::get_if<diff::ColumnObject>(&c.before);
  auto* cb = std::get_if<diff::ColumnObject>(&c.after);
  switch (c.aspect) {
    case diff::Aspect::kColumnType:
      if (ca && cb) d->expected = TypeText(ca->column), d->actual = TypeText(cb->column);
      break;
    case diff::Aspect::kColumnDefault:
      if (ca && cb) ExprValues(ca->column.default_value, cb->column.default_value, d);
      break;
    case diff::Aspect::kColumnNotNull:
      if (ca && cb) d->expected = ca->column.not_null ? "NOT NULL" : "nullable";
      if (ca && cb) d->actual = cb->column.not_null ? "NOT NULL" : "nullable";
      break;
    case diff::Aspect::kColumnIdentity:
      if (ca && cb) d->expected = IdentityText(*ca), d->actual = IdentityText(*cb);
      break;
    case diff::Aspect::kColumnDropExpression:
      if (ca && cb) ExprValues(ca->column.generated, cb->column.generated, d);
      break;
    case diff::Aspect::kComment:
      d->expected = diff::CommentOf(c.before).value_or("");
      d->actual = diff::CommentOf(c.after).value_or("");
      break;
    case diff::Aspect::kConstraintValidate: {
      auto* a = std::get_if<diff::ConstraintObject>(&c.before);
      auto* b = std::get_if<diff::ConstraintObject>(&c.after);
      if (a && b) d->expected = a->constraint.not_valid ? "NOT VALID" : "valid";
      if (a && b) d->actual = b->constraint.not_valid ? "NOT VALID" : "valid";
      break;
    }
    case diff::Aspect::kEnumValues:
    case diff::Aspect::kSequenceOptions:
      d->expected = Definition(c.before);
      d->actual = Definition(c.after);
      break;
    case diff::Aspect::kSequenceOwner: {
      auto owner = [](const diff::Object& o) -> std::string {
        auto* s = std::get_if<model::Sequence>(&o);
        if (!s || !s->owned_by) return "";
        return s->owned_by->table.schema + "." + s->owned_by->table.name + "." + s->owned_by->column;
      };
      d->expected = owner(c.before);
      d->actual = owner(c.after);
      break;
    }
    case diff::Aspect::kExtensionVersion:
    case diff::Aspect::kExtensionSchema: {
      auto* a = std::get_if<model::Extension>(&c.before);
      auto* b = std::get_if<model::Extension>(&c.after);
      bool version = c.aspect == diff::Aspect::kExtensionVersion;
      if (a && b) d->expected = version ? a->version : a->schema, d->actual = version ? b->version : b->schema;
      break;
    }
    case diff::Aspect::kTablePersistence: {
      auto* a = std::get_if<model::Table>(&c.before);
      auto* b = std::get_if<model::Table>(&c.after);
      auto word = [](const model::Table& t) { return t.persistence == model::Persistence::kUnlogged ? "UNLOGGED" : "LOGGED"; };
      if (a && b) d->expected = word(*a), d->actual = word(*b);
      break;
    }
    case diff::Aspect::kRename: {
      auto* a = std::get_if<model::ObjectRef>(&c.before);
      auto* b = std::get_if<model::ObjectRef>(&c.after);
      if (a && b) d->expected = model::Describe(*a), d->actual = model::Describe(*b);
      break;
    }
    case diff::Aspect::kNone:
      break;
  }
}

// "alter column public.t.c (type)" → "type".
std::string AspectOf(const diff::Change& c) {
  std::string text = diff::Describe(c);
  size_t open = text.rfind(" (");
  if (c.kind != diff::ChangeKind::kAlter || open == std::string::npos || text.back() != ')') return "";
  return text.substr(open + 2, text.size() - open - 3);
}

}  // namespace

bool ReadDump(const std::string& dump, const std::string& name, model::Catalog* catalog, std::string* error) {
  std::vector<model::Diagnostic> diagnostics;
  bool ok;
  {
    std::lock_guard<std::mutex> lock(g_library_mutex);
    ok = parser::LoadSchema({{name, dump}}, catalog, &diagnostics);
  }
  if (ok) return true;
  for (const auto& d : diagnostics)
    if (d.severity == model::Severity::kError) *error += model::FormatDiagnostic(d);
  return false;
}

std::vector<Difference> Compare(const model::Catalog& expected, const model::Catalog& actual) {
  std::vector<diff::Change> changes;
  {
    std::lock_guard<std::mutex> lock(g_library_mutex);
    changes = diff::Diff(expected, actual);
  }
  // A drop and a create of the same object is one changed definition.
  std::map<model::ObjectRef, int> kinds;
  std::map<model::ObjectRef, const diff::Change*> dropped;
  for (const auto& c : changes) {
    if (c.kind != diff::ChangeKind::kAlter) kinds[c.target] |= c.kind == diff::ChangeKind::kDrop ? 1 : 2;
    if (c.kind == diff::ChangeKind::kDrop) dropped[c.target] = &c;
  }
  std::vector<Difference> out;
  for (const auto& c : changes) {
    Difference d;
    d.object = model::Describe(c.target);
    d.change = diff::Describe(c);
    if (c.kind == diff::ChangeKind::kAlter) {
      d.problem = "differs";
      d.aspect = AspectOf(c);
      AspectValues(c, &d);
    } else if (kinds[c.target] == 3) {
      if (c.kind == diff::ChangeKind::kDrop) continue;
      d.problem = "differs";
      d.aspect = "definition";
      d.change = "drop and create " + d.object;
      d.expected = dropped.count(c.target) ? Definition(dropped[c.target]->before) : "";
      d.actual = Definition(c.after);
    } else if (c.kind == diff::ChangeKind::kDrop) {
      d.problem = "missing";
      d.expected = Definition(c.before);
    } else {
      d.problem = "unexpected";
      d.actual = Definition(c.after);
    }
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace sd::tools
