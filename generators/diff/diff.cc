#include "diff/diff.h"

#include <algorithm>

#include "diff/diff_objects.h"
#include "diff/diff_table.h"
#include "diff/merge.h"
#include "diff/dependents.h"

namespace sd::diff {
namespace {

using model::ObjectKind;
using model::ObjectRef;
using model::QualifiedName;

Change Make(ChangeKind kind, Aspect aspect, ObjectRef target, Object before, Object after) {
  return Change{kind, aspect, std::move(target), std::move(before), std::move(after)};
}

void DiffSchemas(const model::Catalog& from, const model::Catalog& to, std::vector<Change>* out) {
  Merge(
      from.schemas, to.schemas,
      [&](const model::Schema& a, const model::Schema& b) {
        if (a.comment != b.comment)
          out->push_back(Make(ChangeKind::kAlter, Aspect::kComment, {ObjectKind::kSchema, {"", a.name}, ""}, a, b));
      },
      [&](const model::Schema& a) {
        out->push_back(Make(ChangeKind::kDrop, Aspect::kNone, {ObjectKind::kSchema, {"", a.name}, ""}, a, {}));
      },
      [&](const model::Schema& b) {
        out->push_back(Make(ChangeKind::kCreate, Aspect::kNone, {ObjectKind::kSchema, {"", b.name}, ""}, {}, b));
      });
}

void DiffExtensions(const model::Catalog& from, const model::Catalog& to, std::vector<Change>* out) {
  Merge(
      from.extensions, to.extensions,
      [&](const model::Extension& a, const model::Extension& b) {
        ObjectRef ref{ObjectKind::kExtension, {"", a.name}, ""};
        if (a.schema != b.schema) out->push_back(Make(ChangeKind::kAlter, Aspect::kExtensionSchema, ref, a, b));
        // An unspecified version means "the default": only two explicit versions compare.
        if (!a.version.empty() && !b.version.empty() && a.version != b.version)
          out->push_back(Make(ChangeKind::kAlter, Aspect::kExtensionVersion, ref, a, b));
      },
      [&](const model::Extension& a) {
        out->push_back(Make(ChangeKind::kDrop, Aspect::kNone, {ObjectKind::kExtension, {"", a.name}, ""}, a, {}));
      },
      [&](const model::Extension& b) {
        out->push_back(Make(ChangeKind::kCreate, Aspect::kNone, {ObjectKind::kExtension, {"", b.name}, ""}, {}, b));
      });
}

void DiffEnums(const model::Catalog& from, const model::Catalog& to, std::vector<Change>* out) {
  Merge(
      from.enums, to.enums,
      [&](const model::EnumType& a, const model::EnumType& b) {
        ObjectRef ref{ObjectKind::kEnumType, a.name, ""};
        if (a.values != b.values) out->push_back(Make(ChangeKind::kAlter, Aspect::kEnumValues, ref, a, b));
        if (a.comment != b.comment) out->push_back(Make(ChangeKind::kAlter, Aspect::kComment, ref, a, b));
      },
      [&](const model::EnumType& a) {
        out->push_back(Make(ChangeKind::kDrop, Aspect::kNone, {ObjectKind::kEnumType, a.name, ""}, a, {}));
      },
      [&](const model::EnumType& b) {
        out->push_back(Make(ChangeKind::kCreate, Aspect::kNone, {ObjectKind::kEnumType, b.name, ""}, {}, b));
      });
}

void DiffSequences(const model::Catalog& from, const model::Catalog& to, std::vector<Change>* out) {
  Merge(
      from.sequences, to.sequences,
      [&](const model::Sequence& a, const model::Sequence& b) {
        ObjectRef ref{ObjectKind::kSequence, a.name, ""};
        if (!(a.options == b.options)) out->push_back(Make(ChangeKind::kAlter, Aspect::kSequenceOptions, ref, a, b));
        if (a.owned_by != b.owned_by) out->push_back(Make(ChangeKind::kAlter, Aspect::kSequenceOwner, ref, a, b));
        if (a.comment != b.comment) out->push_back(Make(ChangeKind::kAlter, Aspect::kComment, ref, a, b));
      },
      [&](const model::Sequence& a) {
        out->push_back(Make(ChangeKind::kDrop, Aspect::kNone, {ObjectKind::kSequence, a.name, ""}, a, {}));
      },
      [&](const model::Sequence& b) {
        out->push_back(Make(ChangeKind::kCreate, Aspect::kNone, {ObjectKind::kSequence, b.name, ""}, {}, b));
      });
}

void DiffIndexes(const model::Catalog& from, const model::Catalog& to, std::vector<Change>* out) {
  std::vector<const model::Index*> gone, added;
  Merge(
      from.indexes, to.indexes,
      [&](const model::Index& a, const model::Index& b) {
        ObjectRef ref{ObjectKind::kIndex, a.name, ""};
        if (!a.SameDefinition(b)) {
          out->push_back(Make(ChangeKind::kDrop, Aspect::kNone, ref, a, {}));
          out->push_back(Make(ChangeKind::kCreate, Aspect::kNone, ref, {}, b));
        } else if (a.comment != b.comment) {
          out->push_back(Make(ChangeKind::kAlter, Aspect::kComment, ref, a, b));
        }
      },
      [&](const model::Index& a) { gone.push_back(&a); },
      [&](const model::Index& b) { added.push_back(&b); });
  // An index that disappears while one of identical definition on the same
  // table appears is renamed rather than rebuilt.
  for (const model::Index* b : added) {
    ObjectRef ref{ObjectKind::kIndex, b->name, ""};
    auto same = std::find_if(gone.begin(), gone.end(), [&](const model::Index* g) {
      return g && g->SameDefinition(*b) && g->name.schema == b->name.schema;
    });
    if (same != gone.end()) {
      out->push_back(Make(ChangeKind::kAlter, Aspect::kRename, ref, ObjectRef{ObjectKind::kIndex, (*same)->name, ""}, ref));
      if ((*same)->comment != b->comment) out->push_back(Make(ChangeKind::kAlter, Aspect::kComment, ref, **same, *b));
      *same = nullptr;
      continue;
    }
    out->push_back(Make(ChangeKind::kCreate, Aspect::kNone, ref, {}, *b));
  }
  for (const model::Index* g : gone)
    if (g) out->push_back(Make(ChangeKind::kDrop, Aspect::kNone, {ObjectKind::kIndex, g->name, ""}, *g, {}));
}

}  // namespace

std::vector<Change> Diff(const model::Catalog& from, const model::Catalog& to) {
  std::vector<Change> out;
  DiffSchemas(from, to, &out);
  DiffExtensions(from, to, &out);
  DiffEnums(from, to, &out);
  DiffSequences(from, to, &out);
  Merge(
      from.tables, to.tables, [&](const model::Table& a, const model::Table& b) { DiffTable(a, b, &out); },
      [&](const model::Table& a) {
        out.push_back(Make(ChangeKind::kDrop, Aspect::kNone, {ObjectKind::kTable, a.name, ""}, a, {}));
      },
      [&](const model::Table& b) {
        out.push_back(Make(ChangeKind::kCreate, Aspect::kNone, {ObjectKind::kTable, b.name, ""}, {}, b));
      });
  DiffIndexes(from, to, &out);
  SuppressInheritedChanges(from, to, &out);
  DiffDomains(from, to, &out);
  DiffCompositeTypes(from, to, &out);
  DiffRangeTypes(from, to, &out);
  DiffFunctions(from, to, &out);
  DiffViews(from, to, &out);
  DiffTriggers(from, to, &out);
  DiffPolicies(from, to, &out);
  AddForcedRecreates(from, to, &out);
  // Last: objects dropped and re-created above lose their grants and owner.
  DiffPrivileges(from, to, &out);
  return out;
}

}  // namespace sd::diff
