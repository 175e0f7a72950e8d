#include "parser/deparse_parens.h"

#include <deque>
#include <vector>

namespace sd::parser {
namespace {

bool NeedsParenthesesUnderCast(const PgQuery__Node* operand) {
  switch (operand->node_case) {
    case PG_QUERY__NODE__NODE_NULL_TEST:
    case PG_QUERY__NODE__NODE_BOOLEAN_TEST:
    case PG_QUERY__NODE__NODE_BOOL_EXPR:
    case PG_QUERY__NODE__NODE_COLLATE_CLAUSE:
      return true;
    case PG_QUERY__NODE__NODE_FUNC_CALL:  // x AT TIME ZONE z and other SQL syntax
      return operand->func_call->funcformat == PG_QUERY__COERCION_FORM__COERCE_SQL_SYNTAX;
    default:
      return false;
  }
}

// The operand slot of `node` that the deparser would print without the
// parentheses it needs, or null.
PgQuery__Node** OperandNeedingParentheses(PgQuery__Node* node) {
  PgQuery__Node** slot = nullptr;
  bool needs = false;
  switch (node->node_case) {
    case PG_QUERY__NODE__NODE_TYPE_CAST:
      slot = &node->type_cast->arg;
      needs = *slot && NeedsParenthesesUnderCast(*slot);
      break;
    case PG_QUERY__NODE__NODE_NULL_TEST:
      slot = &node->null_test->arg;
      needs = *slot && (*slot)->node_case == PG_QUERY__NODE__NODE_BOOL_EXPR;
      break;
    case PG_QUERY__NODE__NODE_BOOLEAN_TEST:
      slot = &node->boolean_test->arg;
      needs = *slot && (*slot)->node_case == PG_QUERY__NODE__NODE_BOOL_EXPR;
      break;
    default:
      break;
  }
  return needs ? slot : nullptr;
}

// A column reference named `name`: what a hole holds while the root is deparsed.
struct Placeholder {
  PgQuery__String name = PG_QUERY__STRING__INIT;
  PgQuery__Node name_node = PG_QUERY__NODE__INIT;
  PgQuery__Node* fields[1] = {&name_node};
  PgQuery__ColumnRef ref = PG_QUERY__COLUMN_REF__INIT;
  PgQuery__Node node = PG_QUERY__NODE__INIT;
  std::string text;

  explicit Placeholder(std::string placeholder_text) : text(std::move(placeholder_text)) {
    name.sval = text.data();
    name_node.node_case = PG_QUERY__NODE__NODE_STRING;
    name_node.string = &name;
    ref.n_fields = 1;
    ref.fields = fields;
    node.node_case = PG_QUERY__NODE__NODE_COLUMN_REF;
    node.column_ref = &ref;
  }
};

struct Hole {
  PgQuery__Node** slot;
  PgQuery__Node* operand;
  Placeholder* placeholder;
};

}  // namespace

bool DeparseKeepingParentheses(PgQuery__Node* root, const NodeDeparser& deparse_root,
                               const NodeDeparser& deparse_operand, std::string* out, std::string* error) {
  std::deque<Placeholder> placeholders;  // stable addresses: the tree points at them
  std::vector<Hole> holes;
  ForEachNode(root, [&](PgQuery__Node* node) {
    PgQuery__Node** slot = OperandNeedingParentheses(node);
    if (!slot) return;
    // A leading underscore keeps the identifier unquoted; the closing "__"
    // keeps one placeholder from being a prefix of another.
    placeholders.emplace_back("__sd_paren_" + std::to_string(holes.size()) + "__");
    holes.push_back({slot, *slot, &placeholders.back()});
    *slot = &placeholders.back().node;
  });
  if (holes.empty()) return deparse_root(root, out, error);

  bool ok = deparse_root(root, out, error);
  for (const Hole& hole : holes) *hole.slot = hole.operand;
  if (!ok) return false;
  for (const Hole& hole : holes) {
    std::string operand;
    if (!deparse_operand(hole.operand, &operand, error)) return false;
    size_t at = out->find(hole.placeholder->text);
    if (at == std::string::npos || out->find(hole.placeholder->text, at + 1) != std::string::npos) {
      *error = "cannot place parentheses around an operand";
      return false;
    }
    out->replace(at, hole.placeholder->text.size(), "(" + operand + ")");
  }
  return true;
}

}  // namespace sd::parser
