// Sequences and their options.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "model/boxed.h"
#include "model/object_ref.h"
#include "model/type_ref.h"

namespace sd::model {

/// Options with every default made explicit, so that spellings that
/// PostgreSQL stores identically compare equal.
struct SequenceOptions {
  std::string type = "bigint";  ///< smallint, integer or bigint
  int64_t start = 1;
  int64_t increment = 1;
  int64_t min_value = 1;
  int64_t max_value = INT64_MAX;
  int64_t cache = 1;
  bool cycle = false;
  bool operator==(const SequenceOptions&) const = default;
};

/// The column a sequence is OWNED BY.
struct SequenceOwner {
  QualifiedName table;
  std::string column;
  bool operator==(const SequenceOwner&) const = default;
};

struct Sequence {
  QualifiedName name;
  SequenceOptions options;
  std::optional<SequenceOwner> owned_by;
  Comment comment;
  std::string renamed_from;  ///< rename annotation in the schema file (not compared)
};

}  // namespace sd::model
