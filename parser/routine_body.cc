#include "parser/routine_body.h"

#include <algorithm>
#include <functional>

#include "parser/expr_canon.h"

namespace sd::parser {
namespace {

using Node = PgQuery__Node;

void Walk(Node* node, const std::function<void(Node*)>& f);

void WalkMessage(ProtobufCMessage* msg, const std::function<void(Node*)>& f) {
  const ProtobufCMessageDescriptor* desc = msg->descriptor;
  char* base = reinterpret_cast<char*>(msg);
  for (unsigned i = 0; i < desc->n_fields; ++i) {
    const ProtobufCFieldDescriptor& fd = desc->fields[i];
    if (fd.type != PROTOBUF_C_TYPE_MESSAGE || !FieldIsSet(msg, fd)) continue;
    auto visit = [&](ProtobufCMessage* child) {
      if (!child) return;
      if (fd.descriptor == &pg_query__node__descriptor) Walk(reinterpret_cast<Node*>(child), f);
      else WalkMessage(child, f);
    };
    if (fd.label == PROTOBUF_C_LABEL_REPEATED) {
      size_t n = *reinterpret_cast<size_t*>(base + fd.quantifier_offset);
      auto items = *reinterpret_cast<ProtobufCMessage***>(base + fd.offset);
      for (size_t k = 0; k < n; ++k) visit(items[k]);
    } else {
      visit(*reinterpret_cast<ProtobufCMessage**>(base + fd.offset));
    }
  }
}

// Every node below `node` (RangeVars sit in Node wrappers in FROM lists but
// as bare messages in INSERT/UPDATE targets; both are reached).
void Walk(Node* node, const std::function<void(Node*)>& f) {
  if (!node) return;
  f(node);
  if (ProtobufCMessage* child = NodeMember(node)) WalkMessage(child, f);
}

void AddUnique(std::vector<model::ObjectRef>* out, const model::ObjectRef& ref) {
  if (std::find(out->begin(), out->end(), ref) == out->end()) out->push_back(ref);
}

model::ObjectRef RelationRef(const PgQuery__RangeVar* range, InterpContext& ctx) {
  model::QualifiedName name = ctx.ResolveRelation(range);
  auto view = ctx.catalog().views.find(name);
  if (view != ctx.catalog().views.end()) return view->second.Ref();
  return {model::ObjectKind::kTable, name, ""};
}

// Relations of a statement tree: RangeVar messages wherever they sit.
void CollectRelations(Node* stmt, InterpContext& ctx, std::vector<model::ObjectRef>* out) {
  std::vector<std::string> ctes;
  Walk(stmt, [&](Node* n) {
    if (n->node_case == PG_QUERY__NODE__NODE_COMMON_TABLE_EXPR && n->common_table_expr->ctename)
      ctes.push_back(n->common_table_expr->ctename);
  });
  auto add = [&](const PgQuery__RangeVar* range) {
    if (!range || !range->relname) return;
    bool unqualified = !range->schemaname || !*range->schemaname;
    if (unqualified && std::find(ctes.begin(), ctes.end(), range->relname) != ctes.end()) return;
    AddUnique(out, RelationRef(range, ctx));
  };
  Walk(stmt, [&](Node* n) {
    if (n->node_case == PG_QUERY__NODE__NODE_RANGE_VAR) add(n->range_var);
    else if (n->node_case == PG_QUERY__NODE__NODE_INSERT_STMT) add(n->insert_stmt->relation);
    else if (n->node_case == PG_QUERY__NODE__NODE_UPDATE_STMT) add(n->update_stmt->relation);
    else if (n->node_case == PG_QUERY__NODE__NODE_DELETE_STMT) add(n->delete_stmt->relation);
  });
}

// pg_dump prints stored bodies with every relation schema-qualified and
// every column qualified by its relation: both go for the comparison.
void DropQualifiers(Node* stmt) {
  auto strip = [](PgQuery__RangeVar* range) {
    if (range) range->schemaname = const_cast<char*>("");
  };
  Walk(stmt, [&](Node* n) {
    switch (n->node_case) {
      case PG_QUERY__NODE__NODE_RANGE_VAR: strip(n->range_var); break;
      case PG_QUERY__NODE__NODE_INSERT_STMT: strip(n->insert_stmt->relation); break;
      case PG_QUERY__NODE__NODE_UPDATE_STMT: strip(n->update_stmt->relation); break;
      case PG_QUERY__NODE__NODE_DELETE_STMT: strip(n->delete_stmt->relation); break;
      case PG_QUERY__NODE__NODE_SELECT_STMT:
        // pg_dump names every output column (sum(x) AS sum); a function's
        // result columns come from its declaration, so the names do not count.
        for (size_t i = 0; i < n->select_stmt->n_target_list; ++i) {
          Node* target = n->select_stmt->target_list[i];
          if (target->node_case == PG_QUERY__NODE__NODE_RES_TARGET) target->res_target->name = const_cast<char*>("");
        }
        break;
      case PG_QUERY__NODE__NODE_COLUMN_REF: {
        PgQuery__ColumnRef* ref = n->column_ref;
        if (ref->n_fields > 1 && ref->fields[ref->n_fields - 1]->node_case == PG_QUERY__NODE__NODE_STRING) {
          ref->fields[0] = ref->fields[ref->n_fields - 1];
          ref->n_fields = 1;
        }
        break;
      }
      default: break;
    }
  });
}

}  // namespace

std::vector<model::ObjectRef> RelationsInSqlBody(const std::string& body, InterpContext& ctx) {
  std::vector<model::ObjectRef> out;
  ParseTree tree;
  std::string error;
  int offset = -1;
  if (!tree.Parse(body, &error, &offset)) return out;
  for (size_t i = 0; i < tree.result()->n_stmts; ++i) CollectRelations(tree.result()->stmts[i]->stmt, ctx, &out);
  return out;
}

bool ReadSqlStandardBody(PgQuery__Node* body, InterpContext& ctx, SqlStandardBody* out) {
  if (body->node_case == PG_QUERY__NODE__NODE_RETURN_STMT) {
    model::Expr expr = MakeExpr(&body->return_stmt->returnval, ctx);
    out->text = "RETURN " + expr.text;
    out->key = "RETURN " + expr.key;
    for (const auto& f : expr.functions) AddUnique(&out->uses, f);
    return !expr.text.empty();
  }
  // BEGIN ATOMIC: a list holding the list of statements.
  Node* list = body;
  if (list->node_case == PG_QUERY__NODE__NODE_LIST && list->list->n_items == 1 &&
      list->list->items[0]->node_case == PG_QUERY__NODE__NODE_LIST)
    list = list->list->items[0];
  if (list->node_case != PG_QUERY__NODE__NODE_LIST) {
    ctx.Error("SD-P113", "cannot read this SQL-standard function body");
    return false;
  }
  out->text = "BEGIN ATOMIC\n";
  out->key = "BEGIN ATOMIC";
  for (size_t i = 0; i < list->list->n_items; ++i) {
    Node* stmt = list->list->items[i];
    std::string text, key, error;
    if (!DeparseStatement(stmt, &text, &error)) {
      ctx.Error("SD-P113", "cannot read function body statement: " + error);
      return false;
    }
    CollectRelations(stmt, ctx, &out->uses);
    Walk(stmt, [&](Node* n) {
      if (n->node_case != PG_QUERY__NODE__NODE_FUNC_CALL) return;
      auto names = StringsOf(n->func_call->n_funcname, n->func_call->funcname);
      if (names.empty() || names.size() > 2) return;
      for (const auto& f : ctx.ResolveFunction(names.size() == 2 ? names[0] : "", names.back())) AddUnique(&out->uses, f);
    });
    DropQualifiers(stmt);
    CanonicaliseQueryExpr(&list->list->items[i], ctx);
    if (!DeparseStatement(list->list->items[i], &key, &error)) key = text;
    out->text += "    " + text + ";\n";
    out->key += " " + key + ";";
  }
  out->text += "END";
  out->key += " END";
  return true;
}

}  // namespace sd::parser
