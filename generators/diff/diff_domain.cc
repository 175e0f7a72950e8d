// Domains (with their constraints), composite types and range types.
#include <algorithm>

#include "diff/diff_objects.h"
#include "diff/merge.h"

namespace sd::diff {
namespace {

using model::ObjectKind;
using model::ObjectRef;

Change Make(ChangeKind kind, Aspect aspect, ObjectRef target, Object before, Object after) {
  return Change{kind, aspect, std::move(target), std::move(before), std::move(after)};
}

bool SameDefault(const model::Boxed<model::Expr>& a, const model::Boxed<model::Expr>& b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || model::SameExpr(*a, *b);
}

void DiffDomainConstraints(const model::Domain& a, const model::Domain& b, std::vector<Change>* out) {
  auto ref = [&](const std::string& name) { return ObjectRef{ObjectKind::kDomainConstraint, b.name, name}; };
  Merge(
      a.constraints, b.constraints,
      [&](const model::DomainConstraint& x, const model::DomainConstraint& y) {
        DomainConstraintObject before{a.name, x}, after{b.name, y};
        // A constraint validated later keeps its definition; one made NOT
        // VALID again (or changed) is dropped and added.
        if (!model::SameExpr(x.check, y.check) || (!x.not_valid && y.not_valid)) {
          out->push_back(Make(ChangeKind::kDrop, Aspect::kNone, ref(x.name), before, {}));
          out->push_back(Make(ChangeKind::kCreate, Aspect::kNone, ref(y.name), {}, after));
          return;
        }
        if (x.not_valid && !y.not_valid)
          out->push_back(Make(ChangeKind::kAlter, Aspect::kConstraintValidate, ref(y.name), before, after));
        if (x.comment != y.comment) out->push_back(Make(ChangeKind::kAlter, Aspect::kComment, ref(y.name), before, after));
      },
      [&](const model::DomainConstraint& x) {
        out->push_back(Make(ChangeKind::kDrop, Aspect::kNone, ref(x.name), DomainConstraintObject{a.name, x}, {}));
      },
      [&](const model::DomainConstraint& y) {
        out->push_back(Make(ChangeKind::kCreate, Aspect::kNone, ref(y.name), {}, DomainConstraintObject{b.name, y}));
      });
}

bool SameAttributes(const model::CompositeType& a, const model::CompositeType& b) {
  if (a.attributes.size() != b.attributes.size()) return false;
  for (size_t i = 0; i < a.attributes.size(); ++i)
    if (!a.attributes[i].SameDefinition(b.attributes[i])) return false;
  return true;
}

}  // namespace

void DiffDomains(const model::Catalog& from, const model::Catalog& to, std::vector<Change>* out) {
  Merge(
      from.domains, to.domains,
      [&](const model::Domain& a, const model::Domain& b) {
        ObjectRef ref = b.Ref();
        if (a.base_type != b.base_type || a.collation != b.collation) {
          // ALTER DOMAIN cannot change the base type or collation.
          out->push_back(Make(ChangeKind::kAlter, Aspect::kRecreate, ref, a, b));
          return;
        }
        if (!SameDefault(a.default_value, b.default_value))
          out->push_back(Make(ChangeKind::kAlter, Aspect::kDomainDefault, ref, a, b));
        if (a.not_null != b.not_null) out->push_back(Make(ChangeKind::kAlter, Aspect::kDomainNotNull, ref, a, b));
        DiffDomainConstraints(a, b, out);
        if (a.comment != b.comment) out->push_back(Make(ChangeKind::kAlter, Aspect::kComment, ref, a, b));
      },
      [&](const model::Domain& a) { out->push_back(Make(ChangeKind::kDrop, Aspect::kNone, a.Ref(), a, {})); },
      [&](const model::Domain& b) { out->push_back(Make(ChangeKind::kCreate, Aspect::kNone, b.Ref(), {}, b)); });
}

void DiffCompositeTypes(const model::Catalog& from, const model::Catalog& to, std::vector<Change>* out) {
  Merge(
      from.composite_types, to.composite_types,
      [&](const model::CompositeType& a, const model::CompositeType& b) {
        ObjectRef ref = b.Ref();
        if (!SameAttributes(a, b)) {
          // ALTER TYPE or re-creation: the planner decides, per direction.
          out->push_back(Make(ChangeKind::kAlter, Aspect::kCompositeAttributes, ref, a, b));
        }
        // Comments on the type and its attributes: one change carries both.
        bool comments = a.comment != b.comment;
        for (const auto& y : b.attributes)
          for (const auto& x : a.attributes)
            if (x.name == y.name && x.comment != y.comment) comments = true;
        for (const auto& y : b.attributes) {
          bool existed = std::any_of(a.attributes.begin(), a.attributes.end(), [&](const auto& x) { return x.name == y.name; });
          if (!existed && y.comment) comments = true;
        }
        if (comments) out->push_back(Make(ChangeKind::kAlter, Aspect::kComment, ref, a, b));
      },
      [&](const model::CompositeType& a) { out->push_back(Make(ChangeKind::kDrop, Aspect::kNone, a.Ref(), a, {})); },
      [&](const model::CompositeType& b) { out->push_back(Make(ChangeKind::kCreate, Aspect::kNone, b.Ref(), {}, b)); });
}

void DiffRangeTypes(const model::Catalog& from, const model::Catalog& to, std::vector<Change>* out) {
  Merge(
      from.range_types, to.range_types,
      [&](const model::RangeType& a, const model::RangeType& b) {
        ObjectRef ref = b.Ref();
        // No ALTER TYPE form changes a range type's definition.
        if (a.subtype != b.subtype || a.options != b.options || a.multirange != b.multirange)
          out->push_back(Make(ChangeKind::kAlter, Aspect::kRecreate, ref, a, b));
        if (a.comment != b.comment) out->push_back(Make(ChangeKind::kAlter, Aspect::kComment, ref, a, b));
      },
      [&](const model::RangeType& a) { out->push_back(Make(ChangeKind::kDrop, Aspect::kNone, a.Ref(), a, {})); },
      [&](const model::RangeType& b) { out->push_back(Make(ChangeKind::kCreate, Aspect::kNone, b.Ref(), {}, b)); });
}

}  // namespace sd::diff
