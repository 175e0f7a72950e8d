#include "parser/pg_tree.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace sd::parser {

namespace {

constexpr size_t kArenaBlock = size_t{1} << 20;
thread_local ParseTree* g_active_tree = nullptr;
thread_local Arena* g_fallback_arena = nullptr;

void* ArenaAlloc(void* data, size_t size) { return static_cast<Arena*>(data)->Allocate(size); }
void ArenaFree(void*, void*) {}

}  // namespace

void* Arena::Allocate(size_t bytes) {
  bytes = (bytes + 15) & ~size_t{15};
  if (bytes > left_) {
    size_t size = std::max(bytes, kArenaBlock);
    blocks_.push_back(std::make_unique<char[]>(size));
    next_ = blocks_.back().get();
    left_ = size;
  }
  void* out = next_;
  next_ += bytes;
  left_ -= bytes;
  return out;
}

char* Arena::CopyString(const std::string& s) {
  char* out = static_cast<char*>(Allocate(s.size() + 1));
  std::memcpy(out, s.c_str(), s.size() + 1);
  return out;
}

ParseTree::ParseTree() : allocator_{ArenaAlloc, ArenaFree, &arena_}, previous_(g_active_tree) {
  g_active_tree = this;
}

ParseTree::~ParseTree() { g_active_tree = previous_; }

Arena& ActiveArena() {
  if (g_active_tree) return g_active_tree->arena_;
  // Outside any tree (not expected): a process-long arena keeps it safe.
  if (!g_fallback_arena) g_fallback_arena = new Arena();
  return *g_fallback_arena;
}

PgQuery__Node* CopyNodeToActiveArena(const PgQuery__Node* node) {
  size_t len = pg_query__node__get_packed_size(node);
  std::string buffer(len, '\0');
  pg_query__node__pack(node, reinterpret_cast<uint8_t*>(buffer.data()));
  Arena& arena = ActiveArena();
  ProtobufCAllocator allocator{ArenaAlloc, ArenaFree, &arena};
  return pg_query__node__unpack(&allocator, len, reinterpret_cast<const uint8_t*>(buffer.data()));
}

bool ParseTree::Parse(const std::string& text, std::string* error, int* error_offset) {
  PgQueryProtobufParseResult parsed = pg_query_parse_protobuf(text.c_str());
  bool ok = parsed.error == nullptr;
  if (!ok) {
    *error = parsed.error->message ? parsed.error->message : "syntax error";
    // cursorpos is 1-based; 0 means unknown.
    *error_offset = parsed.error->cursorpos > 0 ? parsed.error->cursorpos - 1 : -1;
  } else {
    result_ = pg_query__parse_result__unpack(
        &allocator_, parsed.parse_tree.len, reinterpret_cast<const uint8_t*>(parsed.parse_tree.data));
    if (!result_) {
      ok = false;
      *error = "could not read the parse tree";
      *error_offset = -1;
    }
  }
  pg_query_free_protobuf_parse_result(parsed);
  return ok;
}

bool DeparseExpr(PgQuery__Node* node, std::string* out, std::string* error) {
  // Wrap the node as the only target of a SELECT, deparse, strip "SELECT ".
  PgQuery__ResTarget target = PG_QUERY__RES_TARGET__INIT;
  target.val = node;
  PgQuery__Node target_node = PG_QUERY__NODE__INIT;
  target_node.node_case = PG_QUERY__NODE__NODE_RES_TARGET;
  target_node.res_target = &target;
  PgQuery__Node* targets[] = {&target_node};
  PgQuery__SelectStmt select = PG_QUERY__SELECT_STMT__INIT;
  select.n_target_list = 1;
  select.target_list = targets;
  select.limit_option = PG_QUERY__LIMIT_OPTION__LIMIT_OPTION_DEFAULT;
  select.op = PG_QUERY__SET_OPERATION__SETOP_NONE;
  PgQuery__Node stmt_node = PG_QUERY__NODE__INIT;
  stmt_node.node_case = PG_QUERY__NODE__NODE_SELECT_STMT;
  stmt_node.select_stmt = &select;
  PgQuery__RawStmt raw = PG_QUERY__RAW_STMT__INIT;
  raw.stmt = &stmt_node;
  PgQuery__RawStmt* stmts[] = {&raw};
  PgQuery__ParseResult result = PG_QUERY__PARSE_RESULT__INIT;
  result.version = PG_VERSION_NUM;
  result.n_stmts = 1;
  result.stmts = stmts;

  size_t len = pg_query__parse_result__get_packed_size(&result);
  std::string buffer(len, '\0');
  pg_query__parse_result__pack(&result, reinterpret_cast<uint8_t*>(buffer.data()));
  PgQueryProtobuf pb{len, buffer.data()};
  PgQueryDeparseResult deparsed = pg_query_deparse_protobuf(pb);
  bool ok = deparsed.error == nullptr && deparsed.query != nullptr;
  if (ok) {
    std::string text = deparsed.query;
    const std::string prefix = "SELECT ";
    *out = text.rfind(prefix, 0) == 0 ? text.substr(prefix.size()) : text;
  } else {
    *error = deparsed.error && deparsed.error->message ? deparsed.error->message
                                                       : "cannot deparse expression";
  }
  pg_query_free_deparse_result(deparsed);
  return ok;
}

PgQuery__Node** ParseExprSlot(const std::string& expr, ParseTree* tree) {
  std::string error;
  int offset = 0;
  if (!tree->Parse("SELECT " + expr, &error, &offset)) return nullptr;
  PgQuery__ParseResult* r = tree->result();
  if (r->n_stmts != 1 || r->stmts[0]->stmt->node_case != PG_QUERY__NODE__NODE_SELECT_STMT)
    return nullptr;
  PgQuery__SelectStmt* select = r->stmts[0]->stmt->select_stmt;
  if (select->n_target_list != 1) return nullptr;
  return &select->target_list[0]->res_target->val;
}

PgQuery__Node* ParseExprText(const std::string& expr, ParseTree* tree) {
  PgQuery__Node** slot = ParseExprSlot(expr, tree);
  return slot ? *slot : nullptr;
}

std::string StringOf(const PgQuery__Node* node) {
  if (node && node->node_case == PG_QUERY__NODE__NODE_STRING) return node->string->sval;
  return "";
}

std::vector<std::string> StringsOf(size_t n, PgQuery__Node* const* nodes) {
  std::vector<std::string> out;
  out.reserve(n);
  for (size_t i = 0; i < n; ++i) out.push_back(StringOf(nodes[i]));
  return out;
}

bool IntegerOf(const PgQuery__Node* node, long long* out) {
  if (!node) return false;
  if (node->node_case == PG_QUERY__NODE__NODE_INTEGER) {
    *out = node->integer->ival;
    return true;
  }
  if (node->node_case == PG_QUERY__NODE__NODE_A_CONST) {
    const PgQuery__AConst* c = node->a_const;
    if (c->val_case == PG_QUERY__A__CONST__VAL_IVAL) {
      *out = c->ival->ival;
      return true;
    }
    if (c->val_case == PG_QUERY__A__CONST__VAL_FVAL) {
      char* end = nullptr;
      *out = std::strtoll(c->fval->fval, &end, 10);
      return end && *end == '\0';
    }
  }
  if (node->node_case == PG_QUERY__NODE__NODE_FLOAT) {
    char* end = nullptr;
    *out = std::strtoll(node->float_->fval, &end, 10);
    return end && *end == '\0';
  }
  return false;
}

}  // namespace sd::parser
