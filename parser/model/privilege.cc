#include "model/privilege.h"

namespace sd::model {

const std::vector<std::string>& AllPrivileges(ObjectKind kind) {
  static const std::vector<std::string> relation = {"SELECT", "INSERT", "UPDATE", "DELETE",
                                                    "TRUNCATE", "REFERENCES", "TRIGGER"};
  static const std::vector<std::string> column = {"SELECT", "INSERT", "UPDATE", "REFERENCES"};
  static const std::vector<std::string> sequence = {"USAGE", "SELECT", "UPDATE"};
  static const std::vector<std::string> routine = {"EXECUTE"};
  static const std::vector<std::string> schema = {"USAGE", "CREATE"};
  static const std::vector<std::string> type = {"USAGE"};
  static const std::vector<std::string> none;
  switch (kind) {
    case ObjectKind::kTable:
    case ObjectKind::kView:
    case ObjectKind::kMaterializedView: return relation;
    case ObjectKind::kColumn: return column;
    case ObjectKind::kSequence: return sequence;
    case ObjectKind::kFunction: return routine;
    case ObjectKind::kSchema: return schema;
    case ObjectKind::kEnumType:
    case ObjectKind::kDomain:
    case ObjectKind::kCompositeType:
    case ObjectKind::kRangeType: return type;
    default: return none;
  }
}

std::string DefaultPublicPrivilege(const ObjectRef& object) {
  switch (object.kind) {
    case ObjectKind::kFunction: return "EXECUTE";
    case ObjectKind::kEnumType:
    case ObjectKind::kDomain:
    case ObjectKind::kCompositeType:
    case ObjectKind::kRangeType: return "USAGE";
    // A fresh PostgreSQL 15 database grants USAGE on schema public to PUBLIC.
    case ObjectKind::kSchema: return object.name.name == "public" ? "USAGE" : "";
    default: return "";
  }
}

const char* DefaultsClassName(char defaults_on) {
  switch (defaults_on) {
    case 'r': return "TABLES";
    case 'S': return "SEQUENCES";
    case 'f': return "FUNCTIONS";
    case 'T': return "TYPES";
    case 'n': return "SCHEMAS";
  }
  return "";
}

const std::vector<std::string>& AllDefaultPrivileges(char defaults_on) {
  switch (defaults_on) {
    case 'r': return AllPrivileges(ObjectKind::kTable);
    case 'S': return AllPrivileges(ObjectKind::kSequence);
    case 'f': return AllPrivileges(ObjectKind::kFunction);
    case 'T': return AllPrivileges(ObjectKind::kEnumType);
    default: return AllPrivileges(ObjectKind::kSchema);
  }
}

}  // namespace sd::model
