// Row-level security policies: ALTER POLICY where it can, drop + create where
// PostgreSQL has no ALTER (command, permissive / restrictive).
#include "diff/diff_objects.h"
#include "diff/merge.h"

namespace sd::diff {
namespace {

bool SameOptionalExpr(const model::Boxed<model::Expr>& a, const model::Boxed<model::Expr>& b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || model::SameExpr(*a, *b);
}

}  // namespace

void DiffPolicies(const model::Catalog& from, const model::Catalog& to, std::vector<Change>* out) {
  Merge(
      from.policies, to.policies,
      [&](const model::Policy& a, const model::Policy& b) {
        // A removed USING / WITH CHECK is an ALTER too: the planner re-creates
        // the policy then, in whichever direction it is removed.
        if (a.command != b.command || a.permissive != b.permissive) {
          out->push_back(Change{ChangeKind::kDrop, Aspect::kNone, a.Ref(), a, {}});
          out->push_back(Change{ChangeKind::kCreate, Aspect::kNone, b.Ref(), {}, b});
          return;
        }
        if (a.roles != b.roles || !SameOptionalExpr(a.using_expr, b.using_expr) ||
            !SameOptionalExpr(a.check_expr, b.check_expr))
          out->push_back(Change{ChangeKind::kAlter, Aspect::kPolicyDefinition, a.Ref(), a, b});
        if (a.comment != b.comment) out->push_back(Change{ChangeKind::kAlter, Aspect::kComment, a.Ref(), a, b});
      },
      [&](const model::Policy& a) { out->push_back(Change{ChangeKind::kDrop, Aspect::kNone, a.Ref(), a, {}}); },
      [&](const model::Policy& b) { out->push_back(Change{ChangeKind::kCreate, Aspect::kNone, b.Ref(), {}, b}); });
}

}  // namespace sd::diff
