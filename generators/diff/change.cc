#include "diff/change.h"

namespace sd::diff {

Change Invert(const Change& change) {
  Change out = change;
  if (change.kind == ChangeKind::kCreate) out.kind = ChangeKind::kDrop;
  if (change.kind == ChangeKind::kDrop) out.kind = ChangeKind::kCreate;
  std::swap(out.before, out.after);
  out.inverted = !change.inverted;
  if (change.aspect == Aspect::kRename) out.target = std::get<model::ObjectRef>(out.after);
  return out;
}

std::vector<Change> RenameChanges(const std::vector<model::Rename>& renames) {
  std::vector<Change> out;
  for (const auto& r : renames) out.push_back(Change{ChangeKind::kAlter, Aspect::kRename, r.to, r.from, r.to, false, true});
  return out;
}

std::vector<Change> Invert(const std::vector<Change>& changes) {
  std::vector<Change> out;
  out.reserve(changes.size());
  for (const auto& c : changes) out.push_back(Invert(c));
  return out;
}

namespace {

const char* AspectName(Aspect aspect) {
  switch (aspect) {
    case Aspect::kNone: return "";
    case Aspect::kComment: return "comment";
    case Aspect::kColumnType: return "type";
    case Aspect::kColumnDefault: return "default";
    case Aspect::kColumnNotNull: return "not null";
    case Aspect::kColumnIdentity: return "identity";
    case Aspect::kColumnDropExpression: return "generation expression";
    case Aspect::kConstraintValidate: return "validation";
    case Aspect::kEnumValues: return "values";
    case Aspect::kSequenceOptions: return "options";
    case Aspect::kSequenceOwner: return "owner";
    case Aspect::kExtensionVersion: return "version";
    case Aspect::kExtensionSchema: return "schema";
    case Aspect::kTablePersistence: return "persistence";
    case Aspect::kRename: return "rename";
    case Aspect::kRecreate: return "recreate";
    case Aspect::kViewOptions: return "options";
    case Aspect::kViewQuery: return "query";
    case Aspect::kFunctionBody: return "definition";
    case Aspect::kPolicyDefinition: return "definition";
    case Aspect::kDomainDefault: return "default";
    case Aspect::kDomainNotNull: return "not null";
    case Aspect::kCompositeAttributes: return "attributes";
    case Aspect::kOwner: return "owner";
    case Aspect::kRowSecurity: return "row level security";
    case Aspect::kPartitionBound: return "partition bound";
    case Aspect::kPartitioning: return "partitioning";
    case Aspect::kTableOptions: return "storage parameters";
    case Aspect::kColumnStorage: return "storage";
  }
  return "";
}

}  // namespace

model::Comment CommentOf(const Object& object) {
  return std::visit(
      [](const auto& v) -> model::Comment {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, ColumnObject>) return v.column.comment;
        else if constexpr (std::is_same_v<T, ConstraintObject> || std::is_same_v<T, DomainConstraintObject>)
          return v.constraint.comment;
        else if constexpr (std::is_same_v<T, std::monostate> || std::is_same_v<T, model::Extension> ||
                           std::is_same_v<T, model::ObjectRef> || std::is_same_v<T, model::Grant>)
          return std::nullopt;
        else return v.comment;
      },
      object);
}

std::string Describe(const Change& change) {
  const char* verb = change.kind == ChangeKind::kCreate ? "create" : change.kind == ChangeKind::kDrop ? "drop" : "alter";
  std::string out = std::string(verb) + " " + model::Describe(change.target);
  if (change.kind == ChangeKind::kAlter) out += std::string(" (") + AspectName(change.aspect) + ")";
  return out;
}

}  // namespace sd::diff
