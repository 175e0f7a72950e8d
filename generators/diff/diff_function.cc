// Functions and procedures: CREATE OR REPLACE where PostgreSQL allows it,
// drop and create where the signature's shape changes.
#include "diff/diff_objects.h"
#include "diff/merge.h"

namespace sd::diff {
namespace {

int DefaultCount(const model::Function& f) {
  int n = 0;
  for (const auto& a : f.args) n += a.default_value.has_value();
  return n;
}

bool SameDefinition(const model::Function& a, const model::Function& b) {
  return a.procedure == b.procedure && a.args == b.args && a.table_columns == b.table_columns &&
         a.returns == b.returns && a.returns_set == b.returns_set && a.language == b.language && a.as == b.as &&
         a.sql_body_key == b.sql_body_key && a.volatility == b.volatility && a.strict == b.strict &&
         a.security_definer == b.security_definer && a.leakproof == b.leakproof && a.parallel == b.parallel &&
         a.window == b.window && a.cost == b.cost && a.rows == b.rows && a.support == b.support &&
         a.config == b.config;
}

// CREATE OR REPLACE refuses to change the return type (OUT parameters
// included), parameter names, the kind of routine, or to remove defaults.
// The backward migration replaces the other way, so defaults must match in
// number both ways.
bool Replaceable(const model::Function& a, const model::Function& b) {
  if (a.procedure != b.procedure || a.window != b.window || a.returns != b.returns ||
      a.returns_set != b.returns_set || !(a.table_columns == b.table_columns) || a.args.size() != b.args.size())
    return false;
  for (size_t i = 0; i < a.args.size(); ++i)
    if (a.args[i].mode != b.args[i].mode || a.args[i].name != b.args[i].name || a.args[i].type != b.args[i].type)
      return false;
  return DefaultCount(a) == DefaultCount(b);
}

}  // namespace

void DiffFunctions(const model::Catalog& from, const model::Catalog& to, std::vector<Change>* out) {
  Merge(
      from.functions, to.functions,
      [&](const model::Function& a, const model::Function& b) {
        model::ObjectRef ref = b.Ref();
        if (!SameDefinition(a, b)) {
          if (!Replaceable(a, b)) {
            out->push_back(Change{ChangeKind::kDrop, Aspect::kNone, ref, a, {}});
            out->push_back(Change{ChangeKind::kCreate, Aspect::kNone, ref, {}, b});
            return;  // the create sets the comment
          }
          out->push_back(Change{ChangeKind::kAlter, Aspect::kFunctionBody, ref, a, b});
        }
        if (a.comment != b.comment) out->push_back(Change{ChangeKind::kAlter, Aspect::kComment, ref, a, b});
      },
      [&](const model::Function& a) { out->push_back(Change{ChangeKind::kDrop, Aspect::kNone, a.Ref(), a, {}}); },
      [&](const model::Function& b) { out->push_back(Change{ChangeKind::kCreate, Aspect::kNone, b.Ref(), {}, b}); });
}

}  // namespace sd::diff
