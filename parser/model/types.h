// User-defined types: enums now; domains, composite and range types later.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/boxed.h"
#include "model/object_ref.h"

namespace sd::model {

struct EnumType {
  QualifiedName name;
  std::vector<std::string> values;  ///< in sort order
  Comment comment;
  std::string renamed_from;  ///< rename annotation in the schema file (not compared)
  /// value → its old value, from rename annotations on the value's line (not compared)
  std::map<std::string, std::string> value_renamed_from;
};

/// True when `after` keeps every value of `before` in the same order (values
/// only added): ALTER TYPE ... ADD VALUE suffices, no type swap.
inline bool EnumValuesOnlyAdded(const EnumType& before, const EnumType& after) {
  size_t j = 0;
  for (const auto& v : after.values)
    if (j < before.values.size() && before.values[j] == v) ++j;
  return j == before.values.size();
}

struct Schema {
  std::string name;
  Comment comment;
  std::string renamed_from;  ///< rename annotation in the schema file (not compared)
};

struct Extension {
  std::string name;
  std::string schema;   ///< empty: not specified (the creation schema)
  std::string version;  ///< empty: not specified (the default version)
};

}  // namespace sd::model
