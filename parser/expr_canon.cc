#include "parser/expr_canon.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <unordered_set>

#include "model/quote.h"
#include "parser/ident_list.h"
#include "parser/literal_canon.h"
#include "parser/type_names.h"

namespace sd::parser {
namespace {

using Node = PgQuery__Node;

// New nodes come from the tree's arena, like protobuf-c's own, and are
// released with it; a node taken out of the tree is simply left there.
template <typename T>
T* Alloc(const T& init) {
  T* p = static_cast<T*>(ActiveArena().Allocate(sizeof(T)));
  std::memcpy(p, &init, sizeof(T));
  return p;
}

Node** AllocNodes(size_t n) {
  size_t bytes = (n ? n : 1) * sizeof(Node*);
  auto** nodes = static_cast<Node**>(ActiveArena().Allocate(bytes));
  std::memset(nodes, 0, bytes);
  return nodes;
}

char* CopyString(const std::string& s) { return ActiveArena().CopyString(s); }

void FreeNode(Node*) {}

std::string LastName(size_t n, Node* const* names) {
  return n ? StringOf(names[n - 1]) : "";
}

bool IsStringType(const PgQuery__TypeName* type) {
  static const std::unordered_set<std::string> kinds = {"text", "varchar", "bpchar", "name",
                                                        "character varying", "character"};
  return kinds.count(LastName(type->n_names, type->names)) > 0;
}

bool IsNumericType(const PgQuery__TypeName* type) {
  static const std::unordered_set<std::string> kinds = {"int2", "int4", "int8", "numeric",
                                                        "float4", "float8", "int", "integer",
                                                        "bigint", "smallint", "decimal"};
  return type->n_array_bounds == 0 && kinds.count(LastName(type->n_names, type->names)) > 0;
}

bool LooksNumeric(const char* s) {
  if (!s || !*s) return false;
  char* end = nullptr;
  std::strtod(s, &end);
  return end && *end == '\0';
}

// A string constant cast to a numeric type ('-1'::integer, as pg_dump writes
// negative numbers) becomes the number itself.
void MakeNumericConst(PgQuery__AConst* c) {
  if (c->val_case != PG_QUERY__A__CONST__VAL_SVAL || !LooksNumeric(c->sval->sval)) return;
  std::string text = c->sval->sval;
  bool integral = text.find_first_of(".eE") == std::string::npos;
  long long value = integral ? std::strtoll(text.c_str(), nullptr, 10) : 0;
  if (integral && value >= INT32_MIN && value <= INT32_MAX) {
    PgQuery__Integer init = PG_QUERY__INTEGER__INIT;
    init.ival = static_cast<int32_t>(value);
    c->ival = Alloc(init);
    c->val_case = PG_QUERY__A__CONST__VAL_IVAL;
  } else {
    PgQuery__Float init = PG_QUERY__FLOAT__INIT;
    init.fval = CopyString(text.c_str());
    c->fval = Alloc(init);
    c->val_case = PG_QUERY__A__CONST__VAL_FVAL;
  }
}

// Interval literals compare in PostgreSQL's output form ('1 hour' = '01:00:00').
void CanonicaliseInterval(PgQuery__AConst* c) {
  if (c->val_case != PG_QUERY__A__CONST__VAL_SVAL) return;
  std::string canonical = CanonicalIntervalLiteral(c->sval->sval);
  c->sval->sval = CopyString(canonical.c_str());
}

// Date, timestamp and time literals compare in PostgreSQL's output form
// ('2020-01-01'::timestamp = '2020-01-01 00:00:00'), where that is exact.
void CanonicaliseDateTime(const std::string& type, PgQuery__AConst* c) {
  if (c->val_case != PG_QUERY__A__CONST__VAL_SVAL) return;
  std::string canonical = CanonicalDateTimeLiteral(type, c->sval->sval);
  c->sval->sval = CopyString(canonical.c_str());
}

// Canonical TypeName in casts that survive: one String with the canonical name.
void CanonicaliseTypeName(PgQuery__TypeName* type, InterpContext& ctx) {
  model::TypeRef ref = CanonicalType(type, ctx);
  std::string name = ref.IsBuiltin() ? ref.name.str() : ref.schema + "." + ref.name;
  for (size_t i = 0; i < type->n_names; ++i) FreeNode(type->names[i]);
  PgQuery__String str = PG_QUERY__STRING__INIT;
  str.sval = CopyString(name.c_str());
  Node node = PG_QUERY__NODE__INIT;
  node.node_case = PG_QUERY__NODE__NODE_STRING;
  node.string = Alloc(str);
  type->names = AllocNodes(1);
  type->names[0] = Alloc(node);
  type->n_names = 1;
}

class Canonicaliser {
 public:
  /// `keep_qualifiers`: view queries keep `t.col` (which FROM item a column
  /// comes from is part of their meaning); CHECK and index keys drop it.
  Canonicaliser(InterpContext& ctx, model::Expr* out, bool keep_qualifiers = false)
      : ctx_(ctx), out_(out), keep_qualifiers_(keep_qualifiers) {}

  /// True once any rewrite happened: the canonical key then needs its own deparse.
  bool changed() const { return changed_; }

  // Qualifies nextval('seq') so the text is independent of search_path.
  void QualifySequences(Node* node) {
    Visit(node, [&](Node* n) {
      if (n->node_case != PG_QUERY__NODE__NODE_FUNC_CALL) return;
      PgQuery__FuncCall* call = n->func_call;
      std::string fname = LastName(call->n_funcname, call->funcname);
      if ((fname != "nextval" && fname != "currval" && fname != "setval") || call->n_args < 1) return;
      Node* arg = call->args[0];
      if (arg->node_case == PG_QUERY__NODE__NODE_TYPE_CAST) arg = arg->type_cast->arg;
      if (!arg || arg->node_case != PG_QUERY__NODE__NODE_A_CONST ||
          arg->a_const->val_case != PG_QUERY__A__CONST__VAL_SVAL)
        return;
      model::QualifiedName seq = ParseSequenceName(arg->a_const->sval->sval);
      out_->sequences.push_back(seq);
      std::string qualified = model::QuoteQualified(seq);
      arg->a_const->sval->sval = CopyString(qualified.c_str());
    });
  }

  // Rewrites `slot` in place into the canonical shape.
  void Canonicalise(Node** slot) {
    Node* node = *slot;
    if (!node) return;
    switch (node->node_case) {
      case PG_QUERY__NODE__NODE_TYPE_CAST: {
        PgQuery__TypeCast* cast = node->type_cast;
        Canonicalise(&cast->arg);
        bool is_const = cast->arg && cast->arg->node_case == PG_QUERY__NODE__NODE_A_CONST;
        bool is_column = cast->arg && cast->arg->node_case == PG_QUERY__NODE__NODE_COLUMN_REF;
        std::string type_name = LastName(cast->type_name->n_names, cast->type_name->names);
        // PostgreSQL adds casts to literals and implicit promotions of columns
        // (int → numeric, varchar → text); both spellings must compare equal.
        bool implicit = is_column && IsNumericType(cast->type_name);
        if (is_const || implicit || IsStringType(cast->type_name) || type_name == "regclass") {
          if (is_const && IsNumericType(cast->type_name)) MakeNumericConst(cast->arg->a_const);
          if (is_const && type_name == "interval") CanonicaliseInterval(cast->arg->a_const);
          if (is_const && (type_name == "date" || type_name == "timestamp" || type_name == "time") &&
              (cast->type_name->n_typmods == 0 || type_name == "date"))
            CanonicaliseDateTime(type_name, cast->arg->a_const);
          Node* arg = cast->arg;
          cast->arg = nullptr;
          FreeNode(node);
          *slot = arg;
          changed_ = true;
          return;
        }
        CanonicaliseTypeName(cast->type_name, ctx_);
        changed_ = true;
        return;
      }
      case PG_QUERY__NODE__NODE_A_EXPR:
        CanonicaliseAExpr(slot);
        return;
      case PG_QUERY__NODE__NODE_BOOL_EXPR:
        CanonicaliseBool(node->bool_expr);
        return;
      case PG_QUERY__NODE__NODE_COLUMN_REF: {
        PgQuery__ColumnRef* ref = node->column_ref;
        std::string column = LastName(ref->n_fields, ref->fields);
        if (!column.empty()) out_->columns.push_back(column);
        // CHECK and index expressions are stored without table qualifiers.
        if (ref->n_fields > 1 && !column.empty() && !keep_qualifiers_) {
          for (size_t i = 0; i + 1 < ref->n_fields; ++i) FreeNode(ref->fields[i]);
          ref->fields[0] = ref->fields[ref->n_fields - 1];
          ref->n_fields = 1;
          changed_ = true;
        }
        return;
      }
      case PG_QUERY__NODE__NODE_FUNC_CALL: {
        PgQuery__FuncCall* call = node->func_call;
        // User functions called: the ordering creates them first.
        if (call->n_funcname >= 1 && call->n_funcname <= 2)
          for (auto& ref : ctx_.ResolveFunction(call->n_funcname == 2 ? StringOf(call->funcname[0]) : "",
                                                LastName(call->n_funcname, call->funcname)))
            if (std::find(out_->functions.begin(), out_->functions.end(), ref) == out_->functions.end())
              out_->functions.push_back(ref);
        // Functions are stored by OID; the schema a dump prints depends on
        // search_path, so keys compare function names unqualified. SQL-syntax
        // calls (`x AT TIME ZONE z`, EXTRACT, SUBSTRING … FROM) stay qualified:
        // PostgreSQL keeps their form apart from the plain call (`timezone(z, x)`)
        // and prints it back, and the deparser writes the syntax only for
        // `pg_catalog.` names.
        if (call->n_funcname == 2 && call->funcformat != PG_QUERY__COERCION_FORM__COERCE_SQL_SYNTAX) {
          FreeNode(call->funcname[0]);
          call->funcname[0] = call->funcname[1];
          call->n_funcname = 1;
          changed_ = true;
        }
        for (size_t i = 0; i < call->n_args; ++i) Canonicalise(&call->args[i]);
        // Aggregates in view queries: ORDER BY, FILTER and OVER hold expressions too.
        for (size_t i = 0; i < call->n_agg_order; ++i) Canonicalise(&call->agg_order[i]);
        Canonicalise(&call->agg_filter);
        if (call->over) {
          for (size_t i = 0; i < call->over->n_partition_clause; ++i) Canonicalise(&call->over->partition_clause[i]);
          for (size_t i = 0; i < call->over->n_order_clause; ++i) Canonicalise(&call->over->order_clause[i]);
        }
        return;
      }
      case PG_QUERY__NODE__NODE_CASE_EXPR: {
        VisitChildren(node);
        // CASE without ELSE is stored with ELSE NULL (printed NULL::type).
        Node* def = node->case_expr->defresult;
        if (def && def->node_case == PG_QUERY__NODE__NODE_A_CONST && def->a_const->isnull) {
          node->case_expr->defresult = nullptr;
          changed_ = true;
        }
        return;
      }
      default:
        VisitChildren(node);
        return;
    }
  }

 private:
  model::QualifiedName ParseSequenceName(const std::string& text) {
    std::vector<std::string> parts = SplitIdentifierList(text, '.');
    if (parts.empty()) return {"", ""};
    if (parts.size() >= 2) return {parts[parts.size() - 2], parts.back()};
    return ctx_.ResolveRelation("", parts.back());
  }

  void CanonicaliseAExpr(Node** slot) {
    PgQuery__AExpr* e = (*slot)->a_expr;
    Canonicalise(&e->lexpr);
    switch (e->kind) {
      case PG_QUERY__A__EXPR__KIND__AEXPR_IN: {
        changed_ = true;
        // x IN (a, b) is stored as x = ANY (ARRAY[a, b]); NOT IN as <> ALL.
        bool negated = LastName(e->n_name, e->name) == "<>";
        Node* list = e->rexpr;
        // A one-element list is stored as the plain comparison: x = a, x <> a.
        if (list && list->node_case == PG_QUERY__NODE__NODE_LIST && list->list->n_items == 1) {
          e->rexpr = list->list->items[0];
          e->kind = PG_QUERY__A__EXPR__KIND__AEXPR_OP;
          Canonicalise(&e->rexpr);
          return;
        }
        PgQuery__AArrayExpr array = PG_QUERY__A__ARRAY_EXPR__INIT;
        if (list && list->node_case == PG_QUERY__NODE__NODE_LIST) {
          array.n_elements = list->list->n_items;
          array.elements = AllocNodes(array.n_elements);
          for (size_t i = 0; i < array.n_elements; ++i) array.elements[i] = list->list->items[i];
          list->list->n_items = 0;
          FreeNode(list);
        }
        Node wrapper = PG_QUERY__NODE__INIT;
        wrapper.node_case = PG_QUERY__NODE__NODE_A_ARRAY_EXPR;
        wrapper.a_array_expr = Alloc(array);
        e->rexpr = Alloc(wrapper);
        e->kind = negated ? PG_QUERY__A__EXPR__KIND__AEXPR_OP_ALL : PG_QUERY__A__EXPR__KIND__AEXPR_OP_ANY;
        Canonicalise(&e->rexpr);
        return;
      }
      case PG_QUERY__A__EXPR__KIND__AEXPR_LIKE:
      case PG_QUERY__A__EXPR__KIND__AEXPR_ILIKE:
        // LIKE is stored as the ~~ operator family; the name already holds it.
        e->kind = PG_QUERY__A__EXPR__KIND__AEXPR_OP;
        changed_ = true;
        Canonicalise(&e->rexpr);
        return;
      case PG_QUERY__A__EXPR__KIND__AEXPR_BETWEEN:
      case PG_QUERY__A__EXPR__KIND__AEXPR_NOT_BETWEEN:
        RewriteBetween(slot);
        return;
      default:
        Canonicalise(&e->rexpr);
        return;
    }
  }

  // a BETWEEN x AND y is stored as (a >= x) AND (a <= y).
  void RewriteBetween(Node** slot) {
    changed_ = true;
    PgQuery__AExpr* e = (*slot)->a_expr;
    bool negated = e->kind == PG_QUERY__A__EXPR__KIND__AEXPR_NOT_BETWEEN;
    Node* list = e->rexpr;
    if (!list || list->node_case != PG_QUERY__NODE__NODE_LIST || list->list->n_items != 2) return;
    Node* low = list->list->items[0];
    Node* high = list->list->items[1];
    list->list->n_items = 0;
    // The left operand appears twice.
    Node* left2 = CopyNodeToActiveArena(e->lexpr);
    auto make_op = [&](const char* op, Node* left, Node* right) {
      PgQuery__String name = PG_QUERY__STRING__INIT;
      name.sval = CopyString(op);
      Node name_node = PG_QUERY__NODE__INIT;
      name_node.node_case = PG_QUERY__NODE__NODE_STRING;
      name_node.string = Alloc(name);
      PgQuery__AExpr op_expr = PG_QUERY__A__EXPR__INIT;
      op_expr.kind = PG_QUERY__A__EXPR__KIND__AEXPR_OP;
      op_expr.n_name = 1;
      op_expr.name = AllocNodes(1);
      op_expr.name[0] = Alloc(name_node);
      op_expr.lexpr = left;
      op_expr.rexpr = right;
      Node node = PG_QUERY__NODE__INIT;
      node.node_case = PG_QUERY__NODE__NODE_A_EXPR;
      node.a_expr = Alloc(op_expr);
      return Alloc(node);
    };
    Node* left1 = e->lexpr;
    e->lexpr = nullptr;
    PgQuery__BoolExpr both = PG_QUERY__BOOL_EXPR__INIT;
    both.boolop = negated ? PG_QUERY__BOOL_EXPR_TYPE__OR_EXPR : PG_QUERY__BOOL_EXPR_TYPE__AND_EXPR;
    both.n_args = 2;
    both.args = AllocNodes(2);
    both.args[0] = make_op(negated ? "<" : ">=", left1, low);
    both.args[1] = make_op(negated ? ">" : "<=", left2, high);
    Node node = PG_QUERY__NODE__INIT;
    node.node_case = PG_QUERY__NODE__NODE_BOOL_EXPR;
    node.bool_expr = Alloc(both);
    FreeNode(*slot);
    *slot = Alloc(node);
    Canonicalise(&(*slot)->bool_expr->args[0]);
    Canonicalise(&(*slot)->bool_expr->args[1]);
  }

  // AND/OR chains are stored flat.
  void CanonicaliseBool(PgQuery__BoolExpr* b) {
    for (size_t i = 0; i < b->n_args; ++i) Canonicalise(&b->args[i]);
    if (b->boolop == PG_QUERY__BOOL_EXPR_TYPE__NOT_EXPR) return;
    std::vector<Node*> flat;
    for (size_t i = 0; i < b->n_args; ++i) {
      Node* arg = b->args[i];
      if (arg->node_case == PG_QUERY__NODE__NODE_BOOL_EXPR && arg->bool_expr->boolop == b->boolop) {
        for (size_t j = 0; j < arg->bool_expr->n_args; ++j) flat.push_back(arg->bool_expr->args[j]);
        arg->bool_expr->n_args = 0;
        FreeNode(arg);
      } else {
        flat.push_back(arg);
      }
    }
    if (flat.size() == b->n_args) return;
    changed_ = true;
    b->args = AllocNodes(flat.size());
    for (size_t i = 0; i < flat.size(); ++i) b->args[i] = flat[i];
    b->n_args = flat.size();
  }

  // Generic walk over the children of nodes we do not rewrite.
  void VisitChildren(Node* node) {
    const ProtobufCMessage* msg = ChildMessage(node);
    if (!msg) return;
    const ProtobufCMessageDescriptor* desc = msg->descriptor;
    for (unsigned i = 0; i < desc->n_fields; ++i) {
      const ProtobufCFieldDescriptor& f = desc->fields[i];
      if (f.type != PROTOBUF_C_TYPE_MESSAGE || f.descriptor != &pg_query__node__descriptor) continue;
      if (!FieldIsSet(msg, f)) continue;
      char* base = reinterpret_cast<char*>(const_cast<ProtobufCMessage*>(msg));
      if (f.label == PROTOBUF_C_LABEL_REPEATED) {
        size_t n = *reinterpret_cast<size_t*>(base + f.quantifier_offset);
        Node** items = *reinterpret_cast<Node***>(base + f.offset);
        for (size_t k = 0; k < n; ++k) Canonicalise(&items[k]);
      } else {
        Canonicalise(reinterpret_cast<Node**>(base + f.offset));
      }
    }
  }

  // The oneof member message of a Node.
  static const ProtobufCMessage* ChildMessage(Node* node) { return NodeMember(node); }

  template <typename F>
  void Visit(Node* node, F&& f) {
    if (!node) return;
    f(node);
    const ProtobufCMessage* msg = ChildMessage(node);
    if (!msg) return;
    VisitMessage(msg, f);
  }

  template <typename F>
  void VisitMessage(const ProtobufCMessage* msg, F& f) {
    const ProtobufCMessageDescriptor* desc = msg->descriptor;
    char* base = reinterpret_cast<char*>(const_cast<ProtobufCMessage*>(msg));
    for (unsigned i = 0; i < desc->n_fields; ++i) {
      const ProtobufCFieldDescriptor& fd = desc->fields[i];
      if (fd.type != PROTOBUF_C_TYPE_MESSAGE || !FieldIsSet(msg, fd)) continue;
      if (fd.label == PROTOBUF_C_LABEL_REPEATED) {
        size_t n = *reinterpret_cast<size_t*>(base + fd.quantifier_offset);
        ProtobufCMessage** items = *reinterpret_cast<ProtobufCMessage***>(base + fd.offset);
        for (size_t k = 0; k < n; ++k) VisitAny(items[k], fd.descriptor, f);
      } else {
        VisitAny(*reinterpret_cast<ProtobufCMessage**>(base + fd.offset), fd.descriptor, f);
      }
    }
  }

  template <typename F>
  void VisitAny(ProtobufCMessage* msg, const void* descriptor, F& f) {
    if (!msg) return;
    if (descriptor == &pg_query__node__descriptor) {
      Visit(reinterpret_cast<Node*>(msg), f);
    } else {
      VisitMessage(msg, f);
    }
  }

  InterpContext& ctx_;
  model::Expr* out_;
  bool keep_qualifiers_;
  bool changed_ = false;
};

}  // namespace

model::Expr MakeExpr(PgQuery__Node** slot, InterpContext& ctx) {
  model::Expr expr;
  if (!slot || !*slot) return expr;
  Canonicaliser canon(ctx, &expr);
  canon.QualifySequences(*slot);
  std::string error;
  if (!DeparseExpr(*slot, &expr.text, &error)) {
    ctx.Error("SD-P010", "cannot read expression: " + error);
    return expr;
  }
  // Canonicalise in place (the caller is done with the node); most
  // expressions need no rewrite and reuse the text as their key.
  canon.Canonicalise(slot);
  if (!canon.changed()) {
    expr.key = expr.text;
  } else if (!DeparseExpr(*slot, &expr.key, &error)) {
    expr.key = expr.text;
  }
  // Columns were collected during canonicalisation; keep first appearances.
  std::vector<std::string> unique;
  for (auto& c : expr.columns)
    if (std::find(unique.begin(), unique.end(), c) == unique.end()) unique.push_back(c);
  expr.columns = std::move(unique);
  return expr;
}

void CanonicaliseQueryExpr(PgQuery__Node** slot, InterpContext& ctx) {
  if (!slot || !*slot) return;
  model::Expr unused;
  Canonicaliser(ctx, &unused, /*keep_qualifiers=*/true).Canonicalise(slot);
}

void CanonicaliseCastType(PgQuery__TypeName* type, InterpContext& ctx) { CanonicaliseTypeName(type, ctx); }

model::Expr MakeExprFromText(const std::string& text, InterpContext& ctx) {
  ParseTree tree;
  PgQuery__Node** slot = ParseExprSlot(text, &tree);
  if (!slot) return {};
  return MakeExpr(slot, ctx);
}

namespace {

// Re-parses an expression's text, applies `edit` to the tree, rebuilds it.
void RebuildExpr(model::Expr* expr, InterpContext& ctx, const std::function<void(PgQuery__Node*)>& edit) {
  ParseTree tree;
  PgQuery__Node** slot = ParseExprSlot(expr->text, &tree);
  if (!slot) return;
  edit(*slot);
  *expr = MakeExpr(slot, ctx);
}

}  // namespace

void RenameColumnInExpr(model::Expr* expr, const std::string& from, const std::string& to,
                        InterpContext& ctx) {
  if (std::find(expr->columns.begin(), expr->columns.end(), from) == expr->columns.end()) return;
  RebuildExpr(expr, ctx, [&](PgQuery__Node* root) {
    ForEachNode(root, [&](PgQuery__Node* n) {
      if (n->node_case != PG_QUERY__NODE__NODE_COLUMN_REF) return;
      PgQuery__ColumnRef* ref = n->column_ref;
      PgQuery__Node* last = ref->n_fields ? ref->fields[ref->n_fields - 1] : nullptr;
      if (last && StringOf(last) == from) {
        last->string->sval = CopyString(to.c_str());
      }
    });
  });
}

void RenameSequenceInExpr(model::Expr* expr, const model::QualifiedName& from,
                          const model::QualifiedName& to, InterpContext& ctx) {
  if (std::find(expr->sequences.begin(), expr->sequences.end(), from) == expr->sequences.end()) return;
  // nextval arguments are qualified already; swap the string constant.
  RebuildExpr(expr, ctx, [&](PgQuery__Node* root) {
    ForEachNode(root, [&](PgQuery__Node* n) {
      if (n->node_case != PG_QUERY__NODE__NODE_A_CONST ||
          n->a_const->val_case != PG_QUERY__A__CONST__VAL_SVAL)
        return;
      std::string value = n->a_const->sval->sval;
      if (value == model::QuoteQualified(from)) {
        n->a_const->sval->sval = CopyString(model::QuoteQualified(to).c_str());
      }
    });
  });
}

bool IsNullConstant(const model::Expr& expr) { return expr.key == "NULL"; }

bool IsDiscardedNullDefault(const model::Expr& expr, const model::TypeRef& type) {
  return IsNullConstant(expr) && type.modifiers.empty();
}

void CanonicaliseDefaultForType(model::Expr* expr, const model::TypeRef& type) {
  const std::string& key = expr->key;
  if (key.size() < 2 || key.front() != '\'' || key.back() != '\'' || type.array_dims) return;
  std::string value = key.substr(1, key.size() - 2);
  if (value.find('\'') != std::string::npos) return;
  std::string lower;
  for (char c : value) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (type.IsBuiltin() && type.name == "boolean") {
    if (lower == "t" || lower == "true" || lower == "y" || lower == "yes" || lower == "on" || lower == "1")
      expr->key = "true";
    else if (lower == "f" || lower == "false" || lower == "n" || lower == "no" || lower == "off" || lower == "0")
      expr->key = "false";
    return;
  }
  static const std::unordered_set<std::string> numeric = {"smallint", "integer", "bigint", "numeric", "real",
                                                          "double precision"};
  if (type.IsBuiltin() && numeric.count(type.name) && LooksNumeric(value.c_str())) expr->key = value;
}

std::vector<std::string> ReferencedColumns(PgQuery__Node* node) {
  std::vector<std::string> out;
  ForEachNode(node, [&](PgQuery__Node* n) {
    if (n->node_case != PG_QUERY__NODE__NODE_COLUMN_REF) return;
    std::string name = LastName(n->column_ref->n_fields, n->column_ref->fields);
    if (!name.empty() && std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
  });
  return out;
}

std::vector<model::QualifiedName> ReferencedRelations(PgQuery__Node* node) {
  std::vector<model::QualifiedName> out;
  ForEachNode(node, [&](PgQuery__Node* n) {
    if (n->node_case != PG_QUERY__NODE__NODE_RANGE_VAR) return;
    model::QualifiedName name{n->range_var->schemaname ? n->range_var->schemaname : "",
                              n->range_var->relname ? n->range_var->relname : ""};
    if (!name.name.empty() && std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
  });
  return out;
}

std::vector<model::QualifiedName> QualifyFunctionCalls(
    PgQuery__Node* node, const std::function<std::string(const std::string&)>& resolve) {
  std::vector<model::QualifiedName> out;
  ForEachNode(node, [&](PgQuery__Node* n) {
    if (n->node_case != PG_QUERY__NODE__NODE_FUNC_CALL) return;
    PgQuery__FuncCall* call = n->func_call;
    std::vector<std::string> names = StringsOf(call->n_funcname, call->funcname);
    if (names.empty()) return;
    model::QualifiedName name{names.size() > 1 ? names[names.size() - 2] : "", names.back()};
    if (name.schema.empty()) name.schema = resolve(name.name);
    if (names.size() == 1 && !name.schema.empty()) {
      PgQuery__String str = PG_QUERY__STRING__INIT;
      str.sval = CopyString(name.schema);
      Node schema_node = PG_QUERY__NODE__INIT;
      schema_node.node_case = PG_QUERY__NODE__NODE_STRING;
      schema_node.string = Alloc(str);
      Node** qualified = AllocNodes(2);
      qualified[0] = Alloc(schema_node);
      qualified[1] = call->funcname[0];
      call->funcname = qualified;
      call->n_funcname = 2;
    }
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
  });
  return out;
}

std::string IndexExpressionName(const PgQuery__Node* node) {
  if (!node) return "expr";
  switch (node->node_case) {
    case PG_QUERY__NODE__NODE_FUNC_CALL:
      return LastName(node->func_call->n_funcname, node->func_call->funcname);
    case PG_QUERY__NODE__NODE_COLUMN_REF:
      return LastName(node->column_ref->n_fields, node->column_ref->fields);
    case PG_QUERY__NODE__NODE_TYPE_CAST: {
      std::string inner = IndexExpressionName(node->type_cast->arg);
      if (inner != "expr") return inner;
      std::string type = LastName(node->type_cast->type_name->n_names, node->type_cast->type_name->names);
      return type;
    }
    case PG_QUERY__NODE__NODE_COALESCE_EXPR:
      return "coalesce";
    case PG_QUERY__NODE__NODE_CASE_EXPR:
      return "case";
    default:
      return "expr";
  }
}

}  // namespace sd::parser
