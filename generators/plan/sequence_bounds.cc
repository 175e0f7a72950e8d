#include "plan/sequence_bounds.h"

namespace sd::plan {

std::string AlterSequenceBoundsSql(const std::string& alter, const std::string& sequence,
                                   const model::SequenceOptions& before, const model::SequenceOptions& after) {
  const bool ascending = after.increment > 0;
  const bool bound_ahead_moved = ascending ? after.min_value > before.min_value : after.max_value < before.max_value;
  if (!bound_ahead_moved) return alter + ";\n";
  const std::string outside = ascending ? "< " + std::to_string(after.min_value) : "> " + std::to_string(after.max_value);
  return "DO $sd$\nBEGIN\n  IF (SELECT last_value FROM " + sequence + ") " + outside + " THEN\n    " + alter +
         " RESTART;\n  ELSE\n    " + alter + ";\n  END IF;\nEND\n$sd$;\n";
}

}  // namespace sd::plan
