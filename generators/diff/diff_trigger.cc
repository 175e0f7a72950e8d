// Triggers: any change of definition is a drop and a create.
#include "diff/diff_objects.h"
#include "diff/merge.h"

namespace sd::diff {
namespace {

bool SameDefinition(const model::Trigger& a, const model::Trigger& b) {
  bool same_when = a.when.has_value() == b.when.has_value() && (!a.when || model::SameExpr(*a.when, *b.when));
  return same_when && a.constraint == b.constraint && a.timing == b.timing && a.events == b.events &&
         a.update_columns == b.update_columns && a.for_each_row == b.for_each_row && a.old_table == b.old_table &&
         a.new_table == b.new_table && a.function == b.function && a.args == b.args && a.deferrable == b.deferrable &&
         a.initially_deferred == b.initially_deferred && a.from_table == b.from_table && a.enabled == b.enabled;
}

}  // namespace

void DiffTriggers(const model::Catalog& from, const model::Catalog& to, std::vector<Change>* out) {
  Merge(
      from.triggers, to.triggers,
      [&](const model::Trigger& a, const model::Trigger& b) {
        if (!SameDefinition(a, b)) {
          out->push_back(Change{ChangeKind::kDrop, Aspect::kNone, a.Ref(), a, {}});
          out->push_back(Change{ChangeKind::kCreate, Aspect::kNone, b.Ref(), {}, b});
        } else if (a.comment != b.comment) {
          out->push_back(Change{ChangeKind::kAlter, Aspect::kComment, b.Ref(), a, b});
        }
      },
      [&](const model::Trigger& a) { out->push_back(Change{ChangeKind::kDrop, Aspect::kNone, a.Ref(), a, {}}); },
      [&](const model::Trigger& b) { out->push_back(Change{ChangeKind::kCreate, Aspect::kNone, b.Ref(), {}, b}); });
}

}  // namespace sd::diff
