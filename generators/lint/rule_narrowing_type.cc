// SD-H102 narrowing-type-change: ALTER COLUMN TYPE to a type that cannot
// hold every value of the old one.
#include "lint/facts.h"
#include "plan/type_change.h"

namespace sd::lint {
namespace {

class NarrowingTypeRule : public Rule {
 public:
  void Check(const StepInput& in, std::vector<std::string>* out) const override {
    const diff::Change& c = in.change;
    if (c.aspect != diff::Aspect::kColumnType || !ColumnBefore(c) || !ColumnAfter(c)) return;
    const model::TypeRef& a = ColumnBefore(c)->type;
    const model::TypeRef& b = ColumnAfter(c)->type;
    if (a == b || plan::IsLosslessConversion(a, b)) return;
    out->push_back("narrows " + ColumnName(c.target.name, c.target.sub) + " from " + model::TypeSql(a) + " to " +
                   model::TypeSql(b) + ": values that do not fit make it fail or lose precision");
  }
};

}  // namespace

std::unique_ptr<Rule> MakeNarrowingTypeRule() { return std::make_unique<NarrowingTypeRule>(); }

}  // namespace sd::lint
