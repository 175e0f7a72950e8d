#include "parser/expr_pool.h"

namespace sd::parser {

namespace {

bool SameParts(const model::Expr& a, const model::Expr& b) {
  return a.text == b.text && a.key == b.key && a.columns == b.columns && a.sequences == b.sequences &&
         a.types == b.types && a.functions == b.functions;
}

}  // namespace

model::Shared<model::Expr> ExprPool::Share(model::Expr expr) {
  // nextval('…_seq') defaults name their own sequence: they do not repeat,
  // and pooling them would only grow the pool.
  if (!expr.sequences.empty()) return model::Shared<model::Expr>(std::move(expr));
  std::string id = expr.key;
  id += '\0';
  id += expr.text;
  auto& candidates = pooled_[std::move(id)];
  for (const auto& c : candidates)
    if (SameParts(*c, expr)) return model::Shared<model::Expr>(c);
  candidates.push_back(std::make_shared<const model::Expr>(std::move(expr)));
  return model::Shared<model::Expr>(candidates.back());
}

}  // namespace sd::parser
