// User-defined types: enums now; domains, composite and range types later.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/object_ref.h"

namespace sd::model {

struct EnumType {
  QualifiedName name;
  std::vector<std::string> values;  ///< in sort order
  std::optional<std::string> comment;
  std::string renamed_from;  ///< rename annotation in the schema file (not compared)
};

struct Schema {
  std::string name;
  std::optional<std::string> comment;
  std::string renamed_from;  ///< rename annotation in the schema file (not compared)
};

struct Extension {
  std::string name;
  std::string schema;   ///< empty: not specified (the creation schema)
  std::string version;  ///< empty: not specified (the default version)
};

}  // namespace sd::model
