// Partitions: changes that their parent's statement already makes.
#include <algorithm>
#include <set>

#include "diff/diff_table.h"

namespace sd::diff {
namespace {

// The parent of `table` when it is a partition of the same parent on both sides.
const model::QualifiedName* StableParent(const model::Catalog& from, const model::Catalog& to,
                                         const model::QualifiedName& table) {
  auto a = from.tables.find(table);
  auto b = to.tables.find(table);
  if (a == from.tables.end() || b == to.tables.end()) return nullptr;
  if (!a->second.partition_of || a->second.partition_of != b->second.partition_of) return nullptr;
  return &*b->second.partition_of;
}

bool Inherited(const Change& c) {
  // Storage settings are emitted per table with ONLY: a partition's own may
  // differ from its parent's (new partitions copy storage but not statistics).
  if (c.target.kind == model::ObjectKind::kColumn)
    return c.aspect != Aspect::kComment && c.aspect != Aspect::kColumnStorage;
  if (c.target.kind != model::ObjectKind::kConstraint) return false;
  const Object& side = c.kind == ChangeKind::kCreate ? c.after : c.before;
  const auto* k = std::get_if<ConstraintObject>(&side);
  return k && k->constraint.kind == model::ConstraintKind::kCheck;
}

// Tables under any of `roots` through partition_of (roots excluded).
std::set<model::QualifiedName> Descendants(const model::Catalog& catalog, const std::set<model::QualifiedName>& roots) {
  std::set<model::QualifiedName> out;
  bool grew = true;
  while (grew) {
    grew = false;
    for (const auto& [name, t] : catalog.tables)
      if (t.partition_of && (roots.count(*t.partition_of) || out.count(*t.partition_of)) && out.insert(name).second)
        grew = true;
  }
  return out;
}

// A re-created partitioned table takes its old partitions with it (its rows
// are copied through the parent): their own changes give way to creating the
// new partitions whole.
void RecreatePartitionsOfRecreated(const model::Catalog& from, const model::Catalog& to, std::vector<Change>* out) {
  std::set<model::QualifiedName> roots;
  for (const auto& c : *out)
    if (c.aspect == Aspect::kPartitioning) roots.insert(c.target.name);
  if (roots.empty()) return;
  std::set<model::QualifiedName> gone = Descendants(from, roots);
  std::set<model::QualifiedName> made = Descendants(to, roots);
  auto affected = [&](const Change& c) {
    bool table_part = c.target.kind == model::ObjectKind::kTable || c.target.kind == model::ObjectKind::kColumn ||
                      c.target.kind == model::ObjectKind::kConstraint;
    return table_part && (gone.count(c.target.name) || made.count(c.target.name));
  };
  out->erase(std::remove_if(out->begin(), out->end(), affected), out->end());
  for (const auto& name : made)
    out->push_back(Change{ChangeKind::kCreate, Aspect::kNone, {model::ObjectKind::kTable, name, ""}, {},
                          to.tables.at(name)});
}

}  // namespace

void SuppressInheritedChanges(const model::Catalog& from, const model::Catalog& to, std::vector<Change>* out) {
  // Cheap exit: most catalogs have no partitions.
  auto partitioned = [](const auto& t) { return t.second.partition_of || !t.second.partition_by.empty(); };
  bool any = std::any_of(to.tables.begin(), to.tables.end(), partitioned) ||
             std::any_of(from.tables.begin(), from.tables.end(), partitioned);
  if (!any) return;
  RecreatePartitionsOfRecreated(from, to, out);
  auto repeats_parent = [&](const Change& c) {
    if (!Inherited(c)) return false;
    const model::QualifiedName* parent = StableParent(from, to, c.target.name);
    if (!parent) return false;
    // Up the chain: a sub-partition repeats its grandparent's change too.
    while (parent) {
      model::ObjectRef up{c.target.kind, *parent, c.target.sub};
      bool found = std::any_of(out->begin(), out->end(), [&](const Change& p) {
        return p.target == up && p.kind == c.kind && p.aspect == c.aspect;
      });
      if (found) return true;
      parent = StableParent(from, to, *parent);
    }
    return false;
  };
  std::vector<bool> drop(out->size());
  for (size_t i = 0; i < out->size(); ++i) drop[i] = repeats_parent((*out)[i]);
  size_t w = 0;
  for (size_t i = 0; i < out->size(); ++i) {
    if (drop[i]) continue;
    if (w != i) (*out)[w] = std::move((*out)[i]);  // never onto itself: that would empty it
    ++w;
  }
  out->resize(w);
}

}  // namespace sd::diff
