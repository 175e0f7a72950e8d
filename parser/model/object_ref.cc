#include "model/object_ref.h"

namespace sd::model {

const char* KindName(ObjectKind kind) {
  switch (kind) {
    case ObjectKind::kSchema: return "schema";
    case ObjectKind::kExtension: return "extension";
    case ObjectKind::kEnumType: return "type";
    case ObjectKind::kSequence: return "sequence";
    case ObjectKind::kTable: return "table";
    case ObjectKind::kColumn: return "column";
    case ObjectKind::kConstraint: return "constraint";
    case ObjectKind::kIndex: return "index";
    case ObjectKind::kView: return "view";
    case ObjectKind::kMaterializedView: return "materialized view";
    case ObjectKind::kFunction: return "function";
    case ObjectKind::kTrigger: return "trigger";
    case ObjectKind::kDomain: return "domain";
    case ObjectKind::kDomainConstraint: return "domain constraint";
    case ObjectKind::kCompositeType: return "composite type";
    case ObjectKind::kRangeType: return "range type";
    case ObjectKind::kPolicy: return "policy";
    case ObjectKind::kPrivilege: return "privilege";
    case ObjectKind::kOwner: return "owner";
  }
  return "object";
}

std::string Describe(const ObjectRef& ref) {
  std::string out = KindName(ref.kind);
  out += ' ';
  if (!ref.name.schema.empty()) out += ref.name.schema + ".";
  out += ref.name.name;
  if (ref.kind == ObjectKind::kFunction) {
    out += "(" + ref.sub + ")";
  } else if (!ref.sub.empty()) {
    out += "." + ref.sub;
  }
  return out;
}

}  // namespace sd::model
