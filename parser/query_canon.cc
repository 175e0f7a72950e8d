#include "parser/query_canon.h"

#include <algorithm>
#include <optional>
#include <map>
#include <set>

#include "model/type_ref.h"
#include "parser/expr_canon.h"
#include "parser/type_names.h"

namespace sd::parser {
namespace {

using Node = PgQuery__Node;
using model::ObjectKind;
using model::ObjectRef;
using model::QualifiedName;

Node* StringNode(const std::string& s) {
  PgQuery__String str = PG_QUERY__STRING__INIT;
  str.sval = ActiveArena().CopyString(s);
  Node node = PG_QUERY__NODE__INIT;
  node.node_case = PG_QUERY__NODE__NODE_STRING;
  node.string = ArenaCopy(str);
  return ArenaCopy(node);
}

Node** NodeArray(size_t n) {
  auto** nodes = static_cast<Node**>(ActiveArena().Allocate((n ? n : 1) * sizeof(Node*)));
  for (size_t i = 0; i < n; ++i) nodes[i] = nullptr;
  return nodes;
}

bool IsStar(const Node* n) { return n && n->node_case == PG_QUERY__NODE__NODE_A_STAR; }

bool IsSetOperation(const PgQuery__SelectStmt* s) {
  return s->op != PG_QUERY__SET_OPERATION__SETOP_NONE && s->op != PG_QUERY__SET_OPERATION__SET_OPERATION_UNDEFINED;
}

std::string LastString(size_t n, Node* const* nodes) { return n ? StringOf(nodes[n - 1]) : ""; }

// An integer literal (ORDER BY 1); false for anything else.
bool PositionOf(const Node* n, long long* pos) {
  return n && n->node_case == PG_QUERY__NODE__NODE_A_CONST && n->a_const->val_case == PG_QUERY__A__CONST__VAL_IVAL &&
         IntegerOf(n, pos);
}

// Calls f on every Node directly below `msg`, looking through members that
// are plain messages (WindowDef, TypeName, Alias) rather than Nodes.
template <typename F>
void ForEachChildIn(ProtobufCMessage* msg, F& f) {
  const ProtobufCMessageDescriptor* desc = msg->descriptor;
  char* base = reinterpret_cast<char*>(msg);
  for (unsigned i = 0; i < desc->n_fields; ++i) {
    const ProtobufCFieldDescriptor& fd = desc->fields[i];
    if (fd.type != PROTOBUF_C_TYPE_MESSAGE || !FieldIsSet(msg, fd)) continue;
    auto visit = [&](ProtobufCMessage* child) {
      if (!child) return;
      if (fd.descriptor == &pg_query__node__descriptor)
        f(reinterpret_cast<Node*>(child));
      else
        ForEachChildIn(child, f);
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

template <typename F>
void ForEachChild(Node* node, F f) {
  if (ProtobufCMessage* member = NodeMember(node)) ForEachChildIn(member, f);
}

// FigureColnameInternal: 2 = a real name, 1 = a cast's type name, 0 = none.
int FigureName(const Node* node, std::string* name) {
  if (!node) return 0;
  switch (node->node_case) {
    case PG_QUERY__NODE__NODE_COLUMN_REF: {
      const PgQuery__ColumnRef* ref = node->column_ref;
      if (ref->n_fields && !IsStar(ref->fields[ref->n_fields - 1])) {
        *name = StringOf(ref->fields[ref->n_fields - 1]);
        return 2;
      }
      return 0;
    }
    case PG_QUERY__NODE__NODE_A_INDIRECTION: {
      const PgQuery__AIndirection* ind = node->a_indirection;
      std::string field;
      for (size_t i = 0; i < ind->n_indirection; ++i)
        if (ind->indirection[i]->node_case == PG_QUERY__NODE__NODE_STRING) field = StringOf(ind->indirection[i]);
      if (!field.empty()) {
        *name = field;
        return 2;
      }
      return FigureName(ind->arg, name);
    }
    case PG_QUERY__NODE__NODE_FUNC_CALL:
      *name = LastString(node->func_call->n_funcname, node->func_call->funcname);
      return 2;
    case PG_QUERY__NODE__NODE_A_EXPR:
      if (node->a_expr->kind == PG_QUERY__A__EXPR__KIND__AEXPR_NULLIF) {
        *name = "nullif";
        return 2;
      }
      return 0;
    case PG_QUERY__NODE__NODE_TYPE_CAST: {
      int strength = FigureName(node->type_cast->arg, name);
      if (strength <= 1 && node->type_cast->type_name) {
        *name = LastString(node->type_cast->type_name->n_names, node->type_cast->type_name->names);
        return 1;
      }
      return strength;
    }
    case PG_QUERY__NODE__NODE_COLLATE_CLAUSE:
      return FigureName(node->collate_clause->arg, name);
    case PG_QUERY__NODE__NODE_GROUPING_FUNC:
      *name = "grouping";
      return 2;
    case PG_QUERY__NODE__NODE_SUB_LINK: {
      const PgQuery__SubLink* link = node->sub_link;
      if (link->sub_link_type == PG_QUERY__SUB_LINK_TYPE__EXISTS_SUBLINK) {
        *name = "exists";
        return 2;
      }
      if (link->sub_link_type == PG_QUERY__SUB_LINK_TYPE__ARRAY_SUBLINK) {
        *name = "array";
        return 2;
      }
      if (link->sub_link_type == PG_QUERY__SUB_LINK_TYPE__EXPR_SUBLINK ||
          link->sub_link_type == PG_QUERY__SUB_LINK_TYPE__MULTIEXPR_SUBLINK) {
        // The subquery's single output column names the result.
        const PgQuery__SelectStmt* s = link->subselect && link->subselect->node_case == PG_QUERY__NODE__NODE_SELECT_STMT
                                           ? link->subselect->select_stmt
                                           : nullptr;
        while (s && IsSetOperation(s)) s = s->larg;
        if (s && s->n_target_list && s->target_list[0]->node_case == PG_QUERY__NODE__NODE_RES_TARGET) {
          const PgQuery__ResTarget* rt = s->target_list[0]->res_target;
          *name = rt->name && *rt->name ? rt->name : OutputColumnName(rt->val);
          return 2;
        }
      }
      return 0;
    }
    case PG_QUERY__NODE__NODE_CASE_EXPR:
      *name = "case";
      return 2;
    case PG_QUERY__NODE__NODE_A_ARRAY_EXPR:
      *name = "array";
      return 2;
    case PG_QUERY__NODE__NODE_ROW_EXPR:
      *name = "row";
      return 2;
    case PG_QUERY__NODE__NODE_COALESCE_EXPR:
      *name = "coalesce";
      return 2;
    case PG_QUERY__NODE__NODE_MIN_MAX_EXPR:
      *name = node->min_max_expr->op == PG_QUERY__MIN_MAX_OP__IS_GREATEST ? "greatest" : "least";
      return 2;
    case PG_QUERY__NODE__NODE_SQLVALUE_FUNCTION:
      switch (node->sqlvalue_function->op) {
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_DATE: *name = "current_date"; return 2;
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIME:
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIME_N: *name = "current_time"; return 2;
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIMESTAMP:
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIMESTAMP_N: *name = "current_timestamp"; return 2;
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIME:
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIME_N: *name = "localtime"; return 2;
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIMESTAMP:
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIMESTAMP_N: *name = "localtimestamp"; return 2;
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_ROLE: *name = "current_role"; return 2;
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_USER: *name = "current_user"; return 2;
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_USER: *name = "user"; return 2;
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_SESSION_USER: *name = "session_user"; return 2;
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_CATALOG: *name = "current_catalog"; return 2;
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_SCHEMA: *name = "current_schema"; return 2;
        default: return 0;
      }
    case PG_QUERY__NODE__NODE_XML_SERIALIZE:
      *name = "xmlserialize";
      return 2;
    default:
      return 0;
  }
}

// Set-returning functions of one scalar column: as a FROM item they give one
// column named after the item (generate_series(1, 3) g has column g).
bool IsScalarSetFunction(const std::string& name) {
  static const std::set<std::string> names = {
      "generate_series", "unnest", "generate_subscripts", "regexp_split_to_table", "string_to_table",
      "json_array_elements", "json_array_elements_text", "jsonb_array_elements", "jsonb_array_elements_text",
      "json_object_keys", "jsonb_object_keys"};
  return names.count(name) > 0;
}

// Number of arguments in an identity argument list ("integer, text" → 2).
size_t ArgumentCount(const std::string& identity_args) {
  if (identity_args.empty()) return 0;
  size_t count = 1;
  int depth = 0;
  for (char c : identity_args) {
    if (c == '(') ++depth;
    if (c == ')') --depth;
    if (c == ',' && depth == 0) ++count;
  }
  return count;
}

/// One FROM item whose columns a query can name.
struct Item {
  std::string refname;               ///< what qualifies its columns ("" for none), unique as PostgreSQL prints it
  std::string written;               ///< the name the query itself uses for it
  std::vector<std::string> columns;  ///< names as visible in the query (alias column lists applied)
  std::vector<std::string> sources;  ///< the relation's own names of those columns (for dependencies)
  std::vector<std::string> types;    ///< canonical types, "" when not known
  bool known = true;                 ///< false: its columns are not known (an unknown function's result)
  std::optional<QualifiedName> relation;  ///< the table or view it reads
  bool hidden = false;               ///< inside an aliased join: reachable only through the join's name
};

/// One column `*` expands to: column `column` of item `item`, qualified
/// unless it is the merged column of a FULL JOIN ... USING.
struct StarColumn {
  int item;
  size_t column;
  bool qualify;
};

/// A column merged by JOIN ... USING: which item an unqualified reference
/// means (-1: neither, the FULL JOIN's merged value, printed unqualified).
struct Merged {
  std::string column;
  int item;
};

struct Cte {
  std::string name;
  std::vector<std::string> columns;
  std::vector<std::string> types;
};

/// The names one query level sees; `parent` is the enclosing query's.
struct Scope {
  const Scope* parent = nullptr;
  /// Reference names of this level's FROM items: PostgreSQL prints them
  /// unique across this level and every enclosing one (ruleutils.c,
  /// set_rtable_names), so an inner `FROM t` under an outer `t` becomes `t t_1`.
  std::set<std::string> names;
  std::map<const void*, std::string> refnames;  ///< FROM node → its unique reference name
  std::vector<Item> items;
  std::vector<Merged> merged;
  std::vector<Cte> ctes;
  std::vector<StarColumn> star;  ///< what `*` expands to, in FROM order
};

/// Output column names and types of one query level.
struct Output {
  std::vector<std::string> names;
  std::vector<std::string> types;
};

class QueryCanon {
 public:
  explicit QueryCanon(InterpContext& ctx) : ctx_(ctx), catalog_(ctx.catalog()) {}

  const std::string& failure() const { return why_; }
  const std::vector<ObjectRef>& deps() const { return deps_; }

  /// Resolves one query level (and everything below it) in place.
  Output Select(PgQuery__SelectStmt* s, const Scope* parent, const std::vector<std::string>* aliases,
                bool names_matter) {
    Output out;
    if (!s) return out;
    Scope scope;
    scope.parent = parent;
    // This level's names are chosen before any nested query's (CTEs included).
    for (size_t i = 0; i < s->n_from_clause; ++i) AssignName(s->from_clause[i], &scope);
    if (s->with_clause) Ctes(s->with_clause, &scope);
    if (IsSetOperation(s)) {
      // Only the first branch names the result; the others' names are noise.
      out = Select(s->larg, &scope, aliases, names_matter);
      Select(s->rarg, &scope, nullptr, false);
      for (size_t i = 0; i < s->n_sort_clause; ++i) Resolve(s->sort_clause[i], &scope);
      return out;
    }
    if (s->n_values_lists) {
      for (size_t i = 0; i < s->n_values_lists; ++i) Resolve(s->values_lists[i], &scope);
      const Node* first = s->values_lists[0];
      size_t n = first->node_case == PG_QUERY__NODE__NODE_LIST ? first->list->n_items : 0;
      for (size_t k = 0; k < n; ++k) {
        out.names.push_back(aliases && k < aliases->size() ? (*aliases)[k] : "column" + std::to_string(k + 1));
        out.types.push_back("");
      }
      return out;
    }
    for (size_t i = 0; i < s->n_from_clause; ++i) FromItem(s->from_clause[i], &scope, &scope.star);
    ExpandStars(s, &scope);
    std::vector<std::string> select_names;  // as the query itself names them (ORDER BY sees these)
    for (size_t i = 0; i < s->n_target_list; ++i) {
      PgQuery__ResTarget* rt = s->target_list[i]->res_target;
      Resolve(rt->val, &scope);
      std::string own = rt->name && *rt->name ? rt->name : OutputColumnName(rt->val);
      select_names.push_back(own);
      std::string name = aliases && i < aliases->size() ? (*aliases)[i] : own;
      rt->name = ActiveArena().CopyString(names_matter ? name : "");
      out.names.push_back(name);
      out.types.push_back(TypeOf(rt->val, scope));
    }
    Resolve(s->where_clause, &scope);
    Resolve(s->having_clause, &scope);
    for (size_t i = 0; i < s->n_group_clause; ++i) GroupItem(&s->group_clause[i], s, select_names, scope);
    for (size_t i = 0; i < s->n_sort_clause; ++i) {
      Node* sort = s->sort_clause[i];
      if (sort->node_case == PG_QUERY__NODE__NODE_SORT_BY)
        OrderItem(&sort->sort_by->node, s, select_names, scope);
      else
        Resolve(sort, &scope);
    }
    for (size_t i = 0; i < s->n_distinct_clause; ++i)
      if (s->distinct_clause[i] && s->distinct_clause[i]->node_case != PG_QUERY__NODE__NODE__NOT_SET)
        OrderItem(&s->distinct_clause[i], s, select_names, scope);
    for (size_t i = 0; i < s->n_window_clause; ++i) Resolve(s->window_clause[i], &scope);
    Resolve(s->limit_count, &scope);
    Resolve(s->limit_offset, &scope);
    return out;
  }

  /// Canonicalises the expressions of one query level and the levels below
  /// it (sub-selects inside expressions go with their expression).
  void CanonLevel(PgQuery__SelectStmt* s) {
    if (!s) return;
    if (s->with_clause)
      for (size_t i = 0; i < s->with_clause->n_ctes; ++i) {
        Node* q = s->with_clause->ctes[i]->common_table_expr->ctequery;
        if (q && q->node_case == PG_QUERY__NODE__NODE_SELECT_STMT) CanonLevel(q->select_stmt);
      }
    if (IsSetOperation(s)) {
      CanonLevel(s->larg);
      CanonLevel(s->rarg);
    }
    for (size_t i = 0; i < s->n_values_lists; ++i) CanonicaliseQueryExpr(&s->values_lists[i], ctx_);
    for (size_t i = 0; i < s->n_from_clause; ++i) CanonFrom(s->from_clause[i]);
    for (size_t i = 0; i < s->n_target_list; ++i) {
      PgQuery__ResTarget* rt = s->target_list[i]->res_target;
      // A cast of a column decides the output column's type: it stays (an
      // implicit cast inside an expression is what PostgreSQL adds, and goes).
      Node* val = rt->val;
      if (val && val->node_case == PG_QUERY__NODE__NODE_TYPE_CAST && val->type_cast->arg &&
          val->type_cast->arg->node_case == PG_QUERY__NODE__NODE_COLUMN_REF) {
        CanonicaliseCastType(val->type_cast->type_name, ctx_);
      } else {
        CanonicaliseQueryExpr(&rt->val, ctx_);
      }
    }
    CanonicaliseQueryExpr(&s->where_clause, ctx_);
    CanonicaliseQueryExpr(&s->having_clause, ctx_);
    for (size_t i = 0; i < s->n_group_clause; ++i) CanonicaliseQueryExpr(&s->group_clause[i], ctx_);
    for (size_t i = 0; i < s->n_sort_clause; ++i) CanonicaliseQueryExpr(&s->sort_clause[i], ctx_);
    for (size_t i = 0; i < s->n_distinct_clause; ++i)
      if (s->distinct_clause[i] && s->distinct_clause[i]->node_case != PG_QUERY__NODE__NODE__NOT_SET)
        CanonicaliseQueryExpr(&s->distinct_clause[i], ctx_);
    for (size_t i = 0; i < s->n_window_clause; ++i) CanonicaliseQueryExpr(&s->window_clause[i], ctx_);
    CanonicaliseQueryExpr(&s->limit_count, ctx_);
    CanonicaliseQueryExpr(&s->limit_offset, ctx_);
  }

 private:
  void Fail(const std::string& why) {
    if (why_.empty()) why_ = why;
  }

  void Depend(const ObjectRef& ref) {
    if (seen_.insert(ref).second) deps_.push_back(ref);
  }

  void DependOnColumn(const Item& item, const std::string& column) {
    if (!item.relation) return;
    auto it = std::find(item.columns.begin(), item.columns.end(), column);
    if (it == item.columns.end()) return;
    const std::string& source = item.sources[it - item.columns.begin()];
    if (!source.empty()) Depend({ObjectKind::kColumn, *item.relation, source});
  }

  // A call of a user function: depends on it when the overload is clear
  // (argument types are not inferred, so only a unique name or arity counts).
  void DependOnFunction(const PgQuery__FuncCall* call) {
    std::vector<std::string> names = StringsOf(call->n_funcname, call->funcname);
    if (names.empty() || catalog_.functions.empty()) return;
    std::string schema = names.size() >= 2 ? names[names.size() - 2] : "";
    if (schema == "pg_catalog") return;
    std::vector<std::string> schemas = schema.empty() ? ctx_.search_path() : std::vector<std::string>{schema};
    for (const auto& s : schemas) {
      QualifiedName name{s, names.back()};
      std::vector<const model::Function*> named;
      for (auto it = catalog_.functions.lower_bound({ObjectKind::kFunction, name, ""});
           it != catalog_.functions.end() && it->first.kind == ObjectKind::kFunction && it->first.name == name; ++it)
        named.push_back(&it->second);
      if (named.empty()) continue;
      const model::Function* pick = named.size() == 1 ? named[0] : nullptr;
      if (!pick) {
        int matches = 0;
        for (const auto* f : named)
          if (ArgumentCount(f->identity_args) == call->n_args) {
            pick = f;
            ++matches;
          }
        if (matches != 1) pick = nullptr;
      }
      if (pick) Depend(pick->Ref());
      return;
    }
  }

  void DependOnType(const PgQuery__TypeName* type) {
    if (!type) return;
    model::TypeRef t = CanonicalType(type, ctx_);
    if (t.IsBuiltin()) return;
    QualifiedName q{t.schema, t.name};
    if (catalog_.enums.count(q)) Depend({ObjectKind::kEnumType, q, ""});
    else if (catalog_.domains.count(q)) Depend({ObjectKind::kDomain, q, ""});
    else if (catalog_.composite_types.count(q)) Depend({ObjectKind::kCompositeType, q, ""});
    else if (catalog_.range_types.count(q)) Depend({ObjectKind::kRangeType, q, ""});
  }

  static std::string Unique(const std::string& base, Scope* scope) {
    auto taken = [&](const std::string& name) {
      for (const Scope* s = scope; s; s = s->parent)
        if (s->names.count(name)) return true;
      return false;
    };
    std::string name = base;
    for (int n = 1; taken(name); ++n) name = base + "_" + std::to_string(n);
    scope->names.insert(name);
    return name;
  }

  static std::string AliasName(const PgQuery__Alias* alias) {
    return alias && alias->aliasname ? alias->aliasname : "";
  }

  // Reference names in PostgreSQL's order: the items of a join, then the join.
  void AssignName(Node* node, Scope* scope) {
    if (!node) return;
    std::string base;
    const void* key = NodeMember(node);
    switch (node->node_case) {
      case PG_QUERY__NODE__NODE_RANGE_VAR:
        base = AliasName(node->range_var->alias);
        if (base.empty()) base = node->range_var->relname ? node->range_var->relname : "";
        break;
      case PG_QUERY__NODE__NODE_RANGE_SUBSELECT:
        base = AliasName(node->range_subselect->alias);
        break;
      case PG_QUERY__NODE__NODE_RANGE_FUNCTION: {
        PgQuery__RangeFunction* rf = node->range_function;
        base = AliasName(rf->alias);
        if (base.empty() && rf->n_functions && rf->functions[0]->node_case == PG_QUERY__NODE__NODE_LIST &&
            rf->functions[0]->list->n_items &&
            rf->functions[0]->list->items[0]->node_case == PG_QUERY__NODE__NODE_FUNC_CALL) {
          const PgQuery__FuncCall* call = rf->functions[0]->list->items[0]->func_call;
          base = LastString(call->n_funcname, call->funcname);
        }
        break;
      }
      case PG_QUERY__NODE__NODE_JOIN_EXPR:
        AssignName(node->join_expr->larg, scope);
        AssignName(node->join_expr->rarg, scope);
        base = AliasName(node->join_expr->alias);
        break;
      default:
        return;
    }
    if (!base.empty()) scope->refnames[key] = Unique(base, scope);
  }

  // The unique name chosen for a FROM node, written into its alias when it
  // differs from what the query says.
  std::string RefnameOf(const void* key, PgQuery__Alias** alias, const std::string& written, const Scope& scope) {
    auto it = scope.refnames.find(key);
    if (it == scope.refnames.end() || it->second == written) return written;
    if (*alias) {
      (*alias)->aliasname = ActiveArena().CopyString(it->second);
    } else {
      PgQuery__Alias init = PG_QUERY__ALIAS__INIT;
      init.aliasname = ActiveArena().CopyString(it->second);
      *alias = ArenaCopy(init);
    }
    return it->second;
  }

  const Cte* FindCte(const std::string& name, const Scope* scope) const {
    for (const Scope* s = scope; s; s = s->parent)
      for (auto it = s->ctes.rbegin(); it != s->ctes.rend(); ++it)
        if (it->name == name) return &*it;
    return nullptr;
  }

  // The visible item the query calls `name` (or, `printed`, that is printed
  // so), innermost query first.
  const Item* FindItem(const std::string& name, const Scope* scope, const std::string& schema = "",
                       bool printed = false) const {
    for (const Scope* s = scope; s; s = s->parent)
      for (const Item& item : s->items) {
        if (item.hidden || (printed ? item.refname : item.written) != name) continue;
        if (!schema.empty() && (!item.relation || item.relation->schema != schema)) continue;
        return &item;
      }
    return nullptr;
  }

  void Ctes(PgQuery__WithClause* with, Scope* scope) {
    for (size_t i = 0; i < with->n_ctes; ++i) {
      PgQuery__CommonTableExpr* c = with->ctes[i]->common_table_expr;
      Node* q = c->ctequery;
      if (!q || q->node_case != PG_QUERY__NODE__NODE_SELECT_STMT) {
        Fail("WITH holds a statement other than SELECT");
        continue;
      }
      PgQuery__SelectStmt* s = q->select_stmt;
      std::vector<std::string> aliases = StringsOf(c->n_aliascolnames, c->aliascolnames);
      Cte cte{c->ctename, {}, {}};
      auto name_columns = [&](const Output& o) {
        cte.columns = o.names;
        cte.types = o.types;
        for (size_t k = 0; k < aliases.size() && k < cte.columns.size(); ++k) cte.columns[k] = aliases[k];
      };
      if (with->recursive && IsSetOperation(s) && !s->with_clause) {
        // The recursive branch reads the CTE itself: its shape comes from the first branch.
        name_columns(Select(s->larg, scope, nullptr, true));
        scope->ctes.push_back(cte);
        Select(s->rarg, scope, nullptr, false);
        for (size_t k = 0; k < s->n_sort_clause; ++k) Resolve(s->sort_clause[k], scope);
      } else {
        name_columns(Select(s, scope, nullptr, true));
        scope->ctes.push_back(cte);
      }
    }
  }

  void AddItem(Item item, Scope* scope, std::vector<StarColumn>* star) {
    int index = static_cast<int>(scope->items.size());
    for (size_t k = 0; k < item.columns.size(); ++k) star->push_back({index, k, true});
    scope->items.push_back(std::move(item));
  }

  static void ApplyAliasColumns(const PgQuery__Alias* alias, Item* item) {
    if (!alias) return;
    for (size_t k = 0; k < alias->n_colnames && k < item->columns.size(); ++k)
      item->columns[k] = StringOf(alias->colnames[k]);
  }

  void RangeVarItem(PgQuery__RangeVar* rv, Scope* scope, std::vector<StarColumn>* star) {
    std::string schema = rv->schemaname ? rv->schemaname : "";
    std::string rel = rv->relname ? rv->relname : "";
    Item item;
    const Cte* cte = schema.empty() ? FindCte(rel, scope) : nullptr;
    if (cte) {
      item.columns = cte->columns;
      item.types = cte->types;
      item.sources.assign(item.columns.size(), "");
    } else {
      QualifiedName q = ctx_.ResolveRelation(schema, rel);
      auto table = catalog_.tables.find(q);
      auto view = catalog_.views.find(q);
      if (table != catalog_.tables.end()) {
        for (const auto& col : table->second.columns) {
          item.columns.push_back(col.name);
          item.types.push_back(model::TypeSql(col.type));
        }
        Depend({ObjectKind::kTable, q, ""});
      } else if (view != catalog_.views.end()) {
        item.columns = view->second.columns;
        item.types = view->second.column_types;
        item.types.resize(item.columns.size());
        item.known = !item.columns.empty();
        Depend(view->second.Ref());
      } else {
        Fail("relation \"" + rel + "\" is not known");
        item.known = false;
      }
      item.relation = q;
      item.sources = item.columns;
      rv->schemaname = ActiveArena().CopyString(q.schema);
    }
    std::string written = rv->alias && rv->alias->aliasname && *rv->alias->aliasname ? rv->alias->aliasname : rel;
    item.written = written;
    item.refname = RefnameOf(rv, &rv->alias, written, *scope);
    ApplyAliasColumns(rv->alias, &item);
    AddItem(std::move(item), scope, star);
  }

  void FunctionItem(PgQuery__RangeFunction* rf, Scope* scope, std::vector<StarColumn>* star) {
    // Functions in FROM may read earlier items (they are implicitly LATERAL).
    for (size_t i = 0; i < rf->n_functions; ++i) Resolve(rf->functions[i], scope);
    Item item;
    std::string fname;
    if (rf->n_functions == 1 && rf->functions[0]->node_case == PG_QUERY__NODE__NODE_LIST &&
        rf->functions[0]->list->n_items >= 1) {
      const Node* call = rf->functions[0]->list->items[0];
      if (call && call->node_case == PG_QUERY__NODE__NODE_FUNC_CALL)
        fname = LastString(call->func_call->n_funcname, call->func_call->funcname);
    }
    std::string written = rf->alias && rf->alias->aliasname && *rf->alias->aliasname ? rf->alias->aliasname : fname;
    item.written = written;
    item.refname = RefnameOf(rf, &rf->alias, written, *scope);
    if (rf->n_coldeflist) {
      for (size_t k = 0; k < rf->n_coldeflist; ++k)
        if (rf->coldeflist[k]->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF)
          item.columns.push_back(rf->coldeflist[k]->column_def->colname);
      if (rf->ordinality) item.columns.push_back("ordinality");
    } else if (rf->n_functions == 1 && IsScalarSetFunction(fname) && !item.refname.empty()) {
      item.columns.push_back(item.refname);
      if (rf->ordinality) item.columns.push_back("ordinality");
      // PostgreSQL prints such an item with its column list: g(g).
      if (!rf->alias || rf->alias->n_colnames == 0) {
        PgQuery__Alias alias = PG_QUERY__ALIAS__INIT;
        alias.aliasname = ActiveArena().CopyString(item.refname);
        alias.n_colnames = item.columns.size();
        alias.colnames = NodeArray(alias.n_colnames);
        for (size_t k = 0; k < item.columns.size(); ++k) alias.colnames[k] = StringNode(item.columns[k]);
        rf->alias = ArenaCopy(alias);
      }
    } else if (rf->alias && rf->alias->n_colnames) {
      item.columns.assign(rf->alias->n_colnames, "");
    } else {
      item.known = false;
    }
    ApplyAliasColumns(rf->alias, &item);
    item.types.assign(item.columns.size(), "");
    item.sources.assign(item.columns.size(), "");
    AddItem(std::move(item), scope, star);
  }

  void JoinItem(PgQuery__JoinExpr* j, Scope* scope, std::vector<StarColumn>* star) {
    size_t first = scope->items.size();
    std::vector<StarColumn> left, right;
    FromItem(j->larg, scope, &left);
    FromItem(j->rarg, scope, &right);
    auto name_of = [&](const StarColumn& c) { return scope->items[c.item].columns[c.column]; };
    std::vector<std::string> using_columns = StringsOf(j->n_using_clause, j->using_clause);
    if (j->is_natural)
      for (const auto& l : left)
        for (const auto& r : right)
          if (name_of(l) == name_of(r)) using_columns.push_back(name_of(l));
    std::vector<StarColumn> result;
    auto in_using = [&](const StarColumn& c) {
      return std::find(using_columns.begin(), using_columns.end(), name_of(c)) != using_columns.end();
    };
    for (const auto& u : using_columns) {
      auto find = [&](const std::vector<StarColumn>& side) -> const StarColumn* {
        for (const auto& c : side)
          if (name_of(c) == u) return &c;
        return nullptr;
      };
      const StarColumn* l = find(left);
      const StarColumn* r = find(right);
      if (!l || !r) {
        Fail("JOIN USING column \"" + u + "\" not found on both sides");
        continue;
      }
      // An unqualified merged column is the left one (INNER, LEFT), the
      // right one (RIGHT), or a COALESCE of both (FULL), named as such.
      if (j->jointype == PG_QUERY__JOIN_TYPE__JOIN_FULL) {
        scope->merged.push_back({u, -1});
        result.push_back({l->item, l->column, false});
      } else {
        const StarColumn* pick = j->jointype == PG_QUERY__JOIN_TYPE__JOIN_RIGHT ? r : l;
        scope->merged.push_back({u, pick->item});
        result.push_back(*pick);
      }
    }
    for (const auto& c : left)
      if (!in_using(c)) result.push_back(c);
    for (const auto& c : right)
      if (!in_using(c)) result.push_back(c);
    Resolve(j->quals, scope);
    if (!j->alias || !j->alias->aliasname || !*j->alias->aliasname) {
      star->insert(star->end(), result.begin(), result.end());
      return;
    }
    // An aliased join hides the items inside it.
    Item joined;
    joined.written = j->alias->aliasname;
    joined.refname = RefnameOf(j, &j->alias, joined.written, *scope);
    for (const auto& c : result) {
      const Item& from = scope->items[c.item];
      joined.columns.push_back(from.columns[c.column]);
      joined.types.push_back(c.column < from.types.size() ? from.types[c.column] : "");
      joined.sources.push_back("");
      DependOnColumn(from, from.columns[c.column]);
      joined.known = joined.known && from.known;
    }
    for (size_t k = first; k < scope->items.size(); ++k) scope->items[k].hidden = true;
    ApplyAliasColumns(j->alias, &joined);
    AddItem(std::move(joined), scope, star);
  }

  void FromItem(Node* node, Scope* scope, std::vector<StarColumn>* star) {
    if (!node) return;
    switch (node->node_case) {
      case PG_QUERY__NODE__NODE_RANGE_VAR:
        return RangeVarItem(node->range_var, scope, star);
      case PG_QUERY__NODE__NODE_RANGE_SUBSELECT: {
        PgQuery__RangeSubselect* rs = node->range_subselect;
        // A sub-select sees the enclosing query, and this level's earlier
        // items only when LATERAL.
        Scope outer;
        outer.parent = scope->parent;
        outer.ctes = scope->ctes;
        outer.names = scope->names;
        Output o;
        if (rs->subquery && rs->subquery->node_case == PG_QUERY__NODE__NODE_SELECT_STMT)
          o = Select(rs->subquery->select_stmt, rs->lateral ? scope : &outer, nullptr, true);
        Item item;
        item.written = AliasName(rs->alias);
        item.refname = RefnameOf(rs, &rs->alias, item.written, *scope);
        item.columns = o.names;
        item.types = o.types;
        item.sources.assign(item.columns.size(), "");
        ApplyAliasColumns(rs->alias, &item);
        return AddItem(std::move(item), scope, star);
      }
      case PG_QUERY__NODE__NODE_RANGE_FUNCTION:
        return FunctionItem(node->range_function, scope, star);
      case PG_QUERY__NODE__NODE_JOIN_EXPR:
        return JoinItem(node->join_expr, scope, star);
      default: {
        Fail("FROM item of an unsupported kind");
        Item item;
        item.known = false;
        return AddItem(std::move(item), scope, star);
      }
    }
  }

  Node* ColumnRefNode(const std::string& refname, const std::string& column) {
    PgQuery__ColumnRef ref = PG_QUERY__COLUMN_REF__INIT;
    ref.n_fields = refname.empty() ? 1 : 2;
    ref.fields = NodeArray(ref.n_fields);
    if (!refname.empty()) ref.fields[0] = StringNode(refname);
    ref.fields[ref.n_fields - 1] = StringNode(column);
    Node node = PG_QUERY__NODE__INIT;
    node.node_case = PG_QUERY__NODE__NODE_COLUMN_REF;
    node.column_ref = ArenaCopy(ref);
    return ArenaCopy(node);
  }

  Node* TargetNode(const std::string& name, Node* val) {
    PgQuery__ResTarget rt = PG_QUERY__RES_TARGET__INIT;
    rt.name = ActiveArena().CopyString(name);
    rt.val = val;
    Node node = PG_QUERY__NODE__INIT;
    node.node_case = PG_QUERY__NODE__NODE_RES_TARGET;
    node.res_target = ArenaCopy(rt);
    return ArenaCopy(node);
  }

  // PostgreSQL stores `*` and `t.*` in a target list as the columns they
  // stood for when the view was created.
  void ExpandStars(PgQuery__SelectStmt* s, Scope* scope) {
    std::vector<Node*> targets;
    bool expanded = false;
    for (size_t i = 0; i < s->n_target_list; ++i) {
      Node* node = s->target_list[i];
      PgQuery__ResTarget* rt = node->res_target;
      const Node* val = rt->val;
      if (!val || val->node_case != PG_QUERY__NODE__NODE_COLUMN_REF || !val->column_ref->n_fields ||
          !IsStar(val->column_ref->fields[val->column_ref->n_fields - 1])) {
        targets.push_back(node);
        continue;
      }
      const PgQuery__ColumnRef* ref = val->column_ref;
      std::vector<StarColumn> columns;
      if (ref->n_fields == 1) {
        columns = scope->star;
        for (const Item& item : scope->items)
          if (!item.known && !item.hidden) Fail("* over a FROM item whose columns are not known");
      } else {
        std::string qualifier = StringOf(ref->fields[ref->n_fields - 2]);
        std::string schema = ref->n_fields >= 3 ? StringOf(ref->fields[ref->n_fields - 3]) : "";
        int found = -1;
        for (size_t k = 0; k < scope->items.size() && found < 0; ++k) {
          const Item& item = scope->items[k];
          if (item.hidden || item.written != qualifier) continue;
          if (!schema.empty() && (!item.relation || item.relation->schema != schema)) continue;
          found = static_cast<int>(k);
        }
        if (found < 0 || !scope->items[found].known) {
          Fail("cannot expand " + qualifier + ".*");
          targets.push_back(node);
          continue;
        }
        for (size_t k = 0; k < scope->items[found].columns.size(); ++k) columns.push_back({found, k, true});
      }
      expanded = true;
      for (const auto& c : columns) {
        const Item& item = scope->items[c.item];
        const std::string& column = item.columns[c.column];
        targets.push_back(TargetNode(column, ColumnRefNode(c.qualify ? item.written : "", column)));
      }
    }
    if (!expanded) return;
    s->n_target_list = targets.size();
    s->target_list = NodeArray(targets.size());
    for (size_t i = 0; i < targets.size(); ++i) s->target_list[i] = targets[i];
  }

  void ResolveColumn(PgQuery__ColumnRef* ref, const Scope* scope) {
    size_t n = ref->n_fields;
    if (n == 0) return;
    if (IsStar(ref->fields[n - 1])) {
      // A whole-row reference t.* inside an expression reads every column.
      if (n >= 2)
        if (const Item* item = FindItem(StringOf(ref->fields[n - 2]), scope))
          for (const auto& c : item->columns) DependOnColumn(*item, c);
      return;
    }
    std::string column = StringOf(ref->fields[n - 1]);
    if (n == 1) {
      for (const Scope* s = scope; s; s = s->parent) {
        std::vector<size_t> hits;
        bool unknown = false;
        for (size_t k = 0; k < s->items.size(); ++k) {
          const Item& item = s->items[k];
          if (item.hidden) continue;
          if (!item.known) {
            unknown = true;
            continue;
          }
          if (std::find(item.columns.begin(), item.columns.end(), column) != item.columns.end()) hits.push_back(k);
        }
        if (hits.size() > 1) {
          auto m = std::find_if(s->merged.rbegin(), s->merged.rend(),
                                [&](const Merged& mg) { return mg.column == column; });
          if (m == s->merged.rend()) {
            Fail("column reference \"" + column + "\" is ambiguous");
            return;
          }
          if (m->item < 0) return;  // FULL JOIN's merged column stays unqualified
          hits = {static_cast<size_t>(m->item)};
        }
        if (unknown && !hits.empty()) {
          Fail("column \"" + column + "\" may come from a FROM item whose columns are not known");
          return;
        }
        if (hits.size() == 1) {
          const Item& item = s->items[hits[0]];
          DependOnColumn(item, column);
          if (item.refname.empty()) return;
          Node** fields = NodeArray(2);
          fields[0] = StringNode(item.refname);
          fields[1] = ref->fields[0];
          ref->fields = fields;
          ref->n_fields = 2;
          return;
        }
        if (unknown) {
          Fail("column \"" + column + "\" may come from a FROM item whose columns are not known");
          return;
        }
      }
      // SELECT t FROM t: a whole-row reference names an item, not a column.
      if (FindItem(column, scope)) return;
      Fail("column \"" + column + "\" not found");
      return;
    }
    std::string qualifier = StringOf(ref->fields[n - 2]);
    std::string schema = n >= 3 ? StringOf(ref->fields[n - 3]) : "";
    const Item* item = FindItem(qualifier, scope, schema);
    if (!item) return;  // a field of a composite column (col.field), left as written
    if (n >= 3) {
      ref->fields[0] = ref->fields[n - 2];
      ref->fields[1] = ref->fields[n - 1];
      ref->n_fields = 2;
    }
    if (item->refname != qualifier) ref->fields[0] = StringNode(item->refname);
    DependOnColumn(*item, column);
  }

  void Resolve(Node* node, const Scope* scope) {
    if (!node) return;
    switch (node->node_case) {
      case PG_QUERY__NODE__NODE_COLUMN_REF:
        return ResolveColumn(node->column_ref, scope);
      case PG_QUERY__NODE__NODE_SUB_LINK: {
        PgQuery__SubLink* link = node->sub_link;
        Resolve(link->testexpr, scope);
        if (link->subselect && link->subselect->node_case == PG_QUERY__NODE__NODE_SELECT_STMT)
          Select(link->subselect->select_stmt, scope, nullptr, true);
        return;
      }
      case PG_QUERY__NODE__NODE_SELECT_STMT:
        Select(node->select_stmt, scope, nullptr, true);
        return;
      case PG_QUERY__NODE__NODE_FUNC_CALL:
        DependOnFunction(node->func_call);
        break;
      case PG_QUERY__NODE__NODE_TYPE_CAST:
        DependOnType(node->type_cast->type_name);
        break;
      default:
        break;
    }
    ForEachChild(node, [&](Node* child) { Resolve(child, scope); });
  }

  std::string TypeOf(const Node* val, const Scope& scope) {
    if (!val) return "";
    if (val->node_case == PG_QUERY__NODE__NODE_TYPE_CAST && val->type_cast->type_name)
      return model::TypeSql(CanonicalType(val->type_cast->type_name, ctx_));
    if (val->node_case != PG_QUERY__NODE__NODE_COLUMN_REF || val->column_ref->n_fields != 2) return "";
    const PgQuery__ColumnRef* ref = val->column_ref;
    const Item* item = FindItem(StringOf(ref->fields[0]), &scope, "", /*printed=*/true);
    if (!item) return "";
    std::string column = StringOf(ref->fields[1]);
    auto it = std::find(item->columns.begin(), item->columns.end(), column);
    if (it == item->columns.end()) return "";
    size_t k = it - item->columns.begin();
    return k < item->types.size() ? item->types[k] : "";
  }

  Node* TargetExpression(const PgQuery__SelectStmt* s, long long position) {
    if (position < 1 || static_cast<size_t>(position) > s->n_target_list) return nullptr;
    return CopyNodeToActiveArena(s->target_list[position - 1]->res_target->val);
  }

  // GROUP BY: a position, an input column, else an output column name
  // (PostgreSQL stores the expression either way).
  void GroupItem(Node** slot, const PgQuery__SelectStmt* s, const std::vector<std::string>& select_names,
                 const Scope& scope) {
    long long position = 0;
    if (PositionOf(*slot, &position)) {
      if (Node* expr = TargetExpression(s, position)) *slot = expr;
      return;
    }
    const Node* n = *slot;
    if (n->node_case == PG_QUERY__NODE__NODE_COLUMN_REF && n->column_ref->n_fields == 1 &&
        !IsStar(n->column_ref->fields[0])) {
      std::string column = StringOf(n->column_ref->fields[0]);
      bool input = false;
      for (const Item& item : scope.items)
        if (!item.hidden && std::find(item.columns.begin(), item.columns.end(), column) != item.columns.end())
          input = true;
      if (!input)
        for (size_t i = 0; i < select_names.size(); ++i)
          if (column == select_names[i]) {
            *slot = TargetExpression(s, static_cast<long long>(i) + 1);
            return;
          }
    }
    Resolve(*slot, &scope);
  }

  // ORDER BY / DISTINCT ON: a position, an output column name, else an
  // expression over the input (PostgreSQL stores the expression).
  void OrderItem(Node** slot, const PgQuery__SelectStmt* s, const std::vector<std::string>& select_names,
                 const Scope& scope) {
    long long position = 0;
    if (PositionOf(*slot, &position)) {
      if (Node* expr = TargetExpression(s, position)) *slot = expr;
      return;
    }
    const Node* n = *slot;
    if (n && n->node_case == PG_QUERY__NODE__NODE_COLUMN_REF && n->column_ref->n_fields == 1 &&
        !IsStar(n->column_ref->fields[0])) {
      std::string column = StringOf(n->column_ref->fields[0]);
      int match = -1, count = 0;
      for (size_t i = 0; i < select_names.size(); ++i)
        if (select_names[i] == column) {
          match = static_cast<int>(i);
          ++count;
        }
      if (count == 1) {
        *slot = TargetExpression(s, match + 1);
        return;
      }
    }
    Resolve(*slot, &scope);
  }

  void CanonFrom(Node* node) {
    if (!node) return;
    switch (node->node_case) {
      case PG_QUERY__NODE__NODE_RANGE_SUBSELECT:
        if (node->range_subselect->subquery &&
            node->range_subselect->subquery->node_case == PG_QUERY__NODE__NODE_SELECT_STMT)
          CanonLevel(node->range_subselect->subquery->select_stmt);
        return;
      case PG_QUERY__NODE__NODE_JOIN_EXPR:
        CanonFrom(node->join_expr->larg);
        CanonFrom(node->join_expr->rarg);
        CanonicaliseQueryExpr(&node->join_expr->quals, ctx_);
        return;
      case PG_QUERY__NODE__NODE_RANGE_FUNCTION:
        for (size_t i = 0; i < node->range_function->n_functions; ++i) {
          Node* f = node->range_function->functions[i];
          if (f->node_case == PG_QUERY__NODE__NODE_LIST && f->list->n_items)
            CanonicaliseQueryExpr(&f->list->items[0], ctx_);
        }
        return;
      default:
        return;
    }
  }

  InterpContext& ctx_;
  const model::Catalog& catalog_;
  std::string why_;
  std::vector<ObjectRef> deps_;
  std::set<ObjectRef> seen_;
};

}  // namespace

std::string OutputColumnName(const PgQuery__Node* expr) {
  std::string name;
  if (FigureName(expr, &name) == 0 || name.empty()) return "?column?";
  return name;
}

bool CanonicaliseQuery(PgQuery__Node** slot, const std::vector<std::string>& column_aliases, InterpContext& ctx,
                       CanonicalQuery* out, std::string* error) {
  *out = CanonicalQuery{};
  if (!slot || !*slot || (*slot)->node_case != PG_QUERY__NODE__NODE_SELECT_STMT) {
    *error = "the query is not a SELECT";
    return false;
  }
  if (!DeparseStatement(*slot, &out->text, error)) return false;
  // Rewrite a copy: the caller's tree keeps the user's spelling.
  PgQuery__Node* copy = CopyNodeToActiveArena(*slot);
  QueryCanon canon(ctx);
  Output shape = canon.Select(copy->select_stmt, nullptr, &column_aliases, true);
  out->depends_on = canon.deps();
  if (!canon.failure().empty()) {
    out->key = out->text;
    out->unresolved = canon.failure();
    return true;
  }
  // Emitted as resolved: relations qualified, so the statement means the same
  // under any search_path.
  std::string deparse_error;
  std::string resolved;
  if (DeparseStatement(copy, &resolved, &deparse_error)) out->text = std::move(resolved);
  canon.CanonLevel(copy->select_stmt);
  if (!DeparseStatement(copy, &out->key, &deparse_error)) {
    out->key = out->text;
    out->unresolved = "the canonical form does not deparse: " + deparse_error;
    return true;
  }
  // A column of unknown type has the type of its expression: an unchanged
  // canonical expression stands for an unchanged type.
  PgQuery__SelectStmt* first = copy->select_stmt;
  while (IsSetOperation(first) && first->larg) first = first->larg;
  for (size_t i = 0; i < shape.types.size() && i < first->n_target_list; ++i) {
    std::string expr;
    if (shape.types[i].empty() && DeparseExpr(first->target_list[i]->res_target->val, &expr, &deparse_error))
      shape.types[i] = "=" + expr;
  }
  out->columns = std::move(shape.names);
  out->column_types = std::move(shape.types);
  return true;
}

}  // namespace sd::parser
