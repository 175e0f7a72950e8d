// SD-H101 data-loss: the step removes stored data that the migration cannot
// bring back (rows, column values, sequence positions, enum values).
#include "lint/facts.h"

namespace sd::lint {
namespace {

using diff::Aspect;
using diff::ChangeKind;
using model::ObjectKind;

class DataLossRule : public Rule {
 public:
  void Check(const StepInput& in, std::vector<std::string>* out) const override {
    const diff::Change& c = in.change;
    switch (c.target.kind) {
      case ObjectKind::kTable:
        // DROP TABLE is planned after its foreign keys: only its own step counts.
        if (c.kind == ChangeKind::kDrop && StepDrops(in.step, c.target))
          out->push_back("drops table " + Name(c.target.name) + " and all its rows");
        return;
      case ObjectKind::kColumn: return CheckColumn(c, out);
      case ObjectKind::kSequence:
        if (c.kind == ChangeKind::kDrop)
          out->push_back("drops sequence " + Name(c.target.name) + " and its current value");
        return;
      case ObjectKind::kEnumType: return CheckEnum(c, out);
      default: return;
    }
  }

 private:
  static void CheckColumn(const diff::Change& c, std::vector<std::string>* out) {
    const std::string column = ColumnName(c.target.name, c.target.sub);
    if (c.kind == ChangeKind::kDrop) {
      // A generated column's values come back when it is added again.
      if (ColumnBefore(c) && !ColumnBefore(c)->generated) out->push_back("drops column " + column + " and its data");
      return;
    }
    const model::Column* a = ColumnBefore(c);
    const model::Column* b = ColumnAfter(c);
    if (c.kind != ChangeKind::kAlter || !a || !b) return;
    if (c.aspect == Aspect::kColumnIdentity && a->identity &&
        (!b->identity || a->identity->sequence_name != b->identity->sequence_name))
      out->push_back("drops the identity sequence of " + column + " and its current value");
    if (c.aspect == Aspect::kColumnDropExpression && b->generated)
      out->push_back("recreates " + column + " as a generated column, replacing its stored values");
  }

  static void CheckEnum(const diff::Change& c, std::vector<std::string>* out) {
    std::string removed = RemovedValues(c);
    if (!removed.empty())
      out->push_back("removes value " + removed + " from type " + Name(c.target.name) +
                     "; rows holding it cannot be kept");
  }
};

}  // namespace

std::unique_ptr<Rule> MakeDataLossRule() { return std::make_unique<DataLossRule>(); }

}  // namespace sd::lint
