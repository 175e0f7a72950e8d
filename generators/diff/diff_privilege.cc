// Grants (with revoked PUBLIC defaults and default privileges) and owners.
#include <map>
#include <set>
#include <tuple>

#include "diff/diff_objects.h"

namespace sd::diff {
namespace {

using model::Grant;
using model::ObjectKind;
using model::ObjectRef;

// A grant without its grant option: the identity GRANT and REVOKE act on.
Grant Identity(Grant g) {
  g.with_grant_option = false;
  return g;
}

// Objects the earlier changes drop and create again: they come back
// without grants and owned by the role running the migration.
std::set<ObjectRef> Recreated(const std::vector<Change>& changes) {
  std::set<ObjectRef> dropped, out;
  for (const auto& c : changes)
    if (c.kind == ChangeKind::kDrop) dropped.insert(c.target);
  for (const auto& c : changes)
    if (c.kind == ChangeKind::kCreate && dropped.count(c.target)) out.insert(c.target);
  return out;
}

ObjectRef OwnerTarget(const ObjectRef& object) { return {ObjectKind::kOwner, object.name, object.sub}; }

}  // namespace

ObjectRef PrivilegeTarget(const Grant& g) {
  std::string sub = g.privilege;
  if (g.defaults_on) {
    sub = "default " + sub + " on " + model::DefaultsClassName(g.defaults_on);
    if (!g.defaults_for.empty()) sub += " for " + g.defaults_for;
  } else {
    sub += std::string(" on ") + model::KindName(g.object.kind);
    if (!g.object.sub.empty()) sub += " " + g.object.sub;
  }
  sub += (g.revokes_default ? " from " : " to ") + g.grantee;
  return {ObjectKind::kPrivilege, g.object.name, sub};
}

void DiffPrivileges(const model::Catalog& from, const model::Catalog& to, std::vector<Change>* out) {
  std::set<ObjectRef> recreated = Recreated(*out);
  std::map<Grant, bool> before, after;  // identity → with grant option
  for (const auto& g : from.grants) before[Identity(g)] = g.with_grant_option;
  for (const auto& g : to.grants) after[Identity(g)] = g.with_grant_option;
  auto full = [](Grant g, bool option) {
    g.with_grant_option = option;
    return g;
  };
  for (const auto& [g, option] : before) {
    auto it = after.find(g);
    if (it == after.end())
      out->push_back(Change{ChangeKind::kDrop, Aspect::kNone, PrivilegeTarget(g), full(g, option), {}});
  }
  for (const auto& [g, option] : after) {
    auto it = before.find(g);
    if (it == before.end()) {
      out->push_back(Change{ChangeKind::kCreate, Aspect::kNone, PrivilegeTarget(g), {}, full(g, option)});
    } else if (it->second != option) {
      out->push_back(Change{ChangeKind::kAlter, Aspect::kNone, PrivilegeTarget(g), full(g, it->second), full(g, option)});
    } else if (!g.defaults_on && recreated.count(g.object)) {
      // Granted again after the re-creation, in both directions.
      out->push_back(Change{ChangeKind::kAlter, Aspect::kRecreate, PrivilegeTarget(g), full(g, option), full(g, option)});
    }
  }
  // Owners: only those NEW declares are managed; an owner OLD declared and
  // NEW does not is left alone (the backward migration restores it).
  for (const auto& [object, owner] : to.owners) {
    auto it = from.owners.find(object);
    std::string old_owner = it == from.owners.end() ? "" : it->second;
    Grant b{object, old_owner, ""}, a{object, owner, ""};
    if (old_owner != owner)
      out->push_back(Change{ChangeKind::kAlter, Aspect::kOwner, OwnerTarget(object), b, a});
    else if (recreated.count(object))
      out->push_back(Change{ChangeKind::kAlter, Aspect::kRecreate, OwnerTarget(object), b, a});
  }
  // An object this diff drops: nothing to do forward (the planner skips it),
  // but the backward migration re-creates it and must restore its owner.
  for (const auto& [object, owner] : from.owners)
    if (!to.Exists(object))
      out->push_back(Change{ChangeKind::kAlter, Aspect::kOwner, OwnerTarget(object), Grant{object, owner, ""},
                            Grant{object, "", ""}});
}

}  // namespace sd::diff
