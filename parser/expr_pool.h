// One shared copy of each distinct column default of a load.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/expr.h"
#include "model/shared.h"

namespace sd::parser {

/// Hands out one shared copy per distinct expression: a large schema repeats
/// a few defaults (`now()`, `0`, `false`) hundreds of thousands of times, and
/// an Expr is 160 bytes before its strings.
class ExprPool {
 public:
  /// The pooled copy of `expr` (equal in every part: text, key, references).
  model::Shared<model::Expr> Share(model::Expr expr);

 private:
  /// By key and text; the vector holds those that differ in references.
  std::unordered_map<std::string, std::vector<std::shared_ptr<const model::Expr>>> pooled_;
};

}  // namespace sd::parser
