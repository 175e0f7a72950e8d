// Views and materialized views: replaced in place where PostgreSQL allows,
// else dropped and created (their dependents follow, see dependents.h).
#include <set>

#include "diff/diff_objects.h"
#include "diff/merge.h"

namespace sd::diff {
namespace {

using model::ObjectKind;
using model::ObjectRef;
using model::QualifiedName;

Change Make(ChangeKind kind, Aspect aspect, ObjectRef target, Object before, Object after) {
  return Change{kind, aspect, std::move(target), std::move(before), std::move(after)};
}

// CREATE OR REPLACE VIEW keeps every existing column (same name and type,
// same position) and may only append: `b` must extend `a`. Columns of
// unknown type count as different.
bool Extends(const model::View& a, const model::View& b) {
  if (a.materialized || b.materialized || a.columns.empty() || b.columns.size() < a.columns.size()) return false;
  for (size_t i = 0; i < a.columns.size(); ++i) {
    const std::string& ta = i < a.column_types.size() ? a.column_types[i] : "";
    const std::string& tb = i < b.column_types.size() ? b.column_types[i] : "";
    if (a.columns[i] != b.columns[i] || ta.empty() || ta != tb) return false;
  }
  return true;
}

// True when `type` is an enum whose values are removed or reordered: the
// type swap converts every column of it (plan/steps_enum.cc), which
// PostgreSQL refuses under a view.
bool EnumSwapped(const model::TypeRef& type, const model::Catalog& from, const model::Catalog& to) {
  if (type.IsBuiltin()) return false;
  auto a = from.enums.find({type.schema, type.name});
  auto b = to.enums.find({type.schema, type.name});
  return a != from.enums.end() && b != to.enums.end() && !model::EnumValuesOnlyAdded(a->second, b->second);
}

// True when something `view` (as in `from`) reads is gone from `to`, has
// another type there, or is a view that is re-created: the view cannot stay
// while that happens.
bool DependencyBroken(const model::View& view, const model::Catalog& from, const model::Catalog& to,
                      const std::set<QualifiedName>& recreated) {
  for (const ObjectRef& d : view.depends_on) {
    switch (d.kind) {
      case ObjectKind::kColumn: {
        auto a = from.tables.find(d.name);
        if (a == from.tables.end()) {
          if (recreated.count(d.name) || !to.views.count(d.name)) return true;
          break;
        }
        auto b = to.tables.find(d.name);
        const model::Column* ca = a->second.FindColumn(d.sub);
        const model::Column* cb = b == to.tables.end() ? nullptr : b->second.FindColumn(d.sub);
        if (!ca || !cb || ca->type != cb->type || ca->collation != cb->collation) return true;
        if (EnumSwapped(ca->type, from, to)) return true;
        break;
      }
      case ObjectKind::kTable:
        if (!to.tables.count(d.name)) return true;
        break;
      case ObjectKind::kView:
      case ObjectKind::kMaterializedView: {
        auto b = to.views.find(d.name);
        if (b == to.views.end() || b->second.Ref().kind != d.kind || recreated.count(d.name)) return true;
        break;
      }
      case ObjectKind::kFunction:
        if (!to.functions.count(d)) return true;
        break;
      case ObjectKind::kEnumType:
        if (!to.enums.count(d.name)) return true;
        break;
      case ObjectKind::kDomain:
        if (!to.domains.count(d.name)) return true;
        break;
      case ObjectKind::kCompositeType:
        if (!to.composite_types.count(d.name)) return true;
        break;
      case ObjectKind::kRangeType:
        if (!to.range_types.count(d.name)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

// Changed views that cannot be replaced in place, including those over a
// view that is re-created (repeated until nothing more is added).
std::set<QualifiedName> Recreated(const model::Catalog& from, const model::Catalog& to) {
  std::set<QualifiedName> out;
  for (bool grew = true; grew;) {
    grew = false;
    for (const auto& [name, a] : from.views) {
      auto it = to.views.find(name);
      if (it == to.views.end() || out.count(name)) continue;
      const model::View& b = it->second;
      // Unchanged views are re-created around what they read by dependents.cc;
      // a view with a change of its own (query, options, comments) here.
      bool same_query = a.materialized == b.materialized && a.query_key == b.query_key;
      if (same_query && a.options == b.options && a.comment == b.comment && a.column_comments == b.column_comments)
        continue;
      // Appending columns replaces forward; backward the inverse removes them,
      // which the plan does by drop and create (plan/steps_view.cc).
      bool replaceable = same_query || (a.materialized == b.materialized && (Extends(a, b) || Extends(b, a)));
      if (!replaceable || DependencyBroken(a, from, to, out)) {
        out.insert(name);
        grew = true;
      }
    }
  }
  return out;
}

}  // namespace

void DiffViews(const model::Catalog& from, const model::Catalog& to, std::vector<Change>* out) {
  std::set<QualifiedName> recreated = Recreated(from, to);
  Merge(
      from.views, to.views,
      [&](const model::View& a, const model::View& b) {
        if (recreated.count(a.name)) {
          out->push_back(Make(ChangeKind::kDrop, Aspect::kNone, a.Ref(), a, {}));
          out->push_back(Make(ChangeKind::kCreate, Aspect::kNone, b.Ref(), {}, b));
          return;
        }
        ObjectRef ref = b.Ref();
        // CREATE OR REPLACE sets the options too.
        if (a.query_key != b.query_key)
          out->push_back(Make(ChangeKind::kAlter, Aspect::kViewQuery, ref, a, b));
        else if (a.options != b.options)
          out->push_back(Make(ChangeKind::kAlter, Aspect::kViewOptions, ref, a, b));
        if (a.comment != b.comment || a.column_comments != b.column_comments)
          out->push_back(Make(ChangeKind::kAlter, Aspect::kComment, ref, a, b));
      },
      [&](const model::View& a) { out->push_back(Make(ChangeKind::kDrop, Aspect::kNone, a.Ref(), a, {})); },
      [&](const model::View& b) { out->push_back(Make(ChangeKind::kCreate, Aspect::kNone, b.Ref(), {}, b)); });
}

}  // namespace sd::diff
