#include "parser/pg_tree.h"

#include "parser/deparse_parens.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <unordered_map>

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
    blocks_.push_back(std::unique_ptr<char[]>(new char[size]));  // no zero fill
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

ProtobufCMessage* NodeMember(const PgQuery__Node* node) {
  const ProtobufCFieldDescriptor* f =
      protobuf_c_message_descriptor_get_field(&pg_query__node__descriptor, node->node_case);
  if (!f) return nullptr;
  return *reinterpret_cast<ProtobufCMessage* const*>(reinterpret_cast<const char*>(node) + f->offset);
}

bool FieldIsSet(const ProtobufCMessage* msg, const ProtobufCFieldDescriptor& f) {
  if (!(f.flags & PROTOBUF_C_FIELD_FLAG_ONEOF)) return true;
  const char* base = reinterpret_cast<const char*>(msg);
  return *reinterpret_cast<const uint32_t*>(base + f.quantifier_offset) == f.id;
}

namespace {

// A compact, exact description of an expression tree (kinds, fields and
// values, locations left out) used as the deparse cache key. protobuf-c's
// own packing would do, but it scans all ~250 members of every Node.
template <typename T>
void AppendRaw(std::string* out, T value) {
  out->append(reinterpret_cast<const char*>(&value), sizeof(T));
}

void AppendFingerprint(const ProtobufCMessage* msg, std::string* out) {
  const ProtobufCMessageDescriptor* desc = msg->descriptor;
  const char* base = reinterpret_cast<const char*>(msg);
  if (desc == &pg_query__node__descriptor) {
    const auto* node = reinterpret_cast<const PgQuery__Node*>(msg);
    AppendRaw<uint16_t>(out, static_cast<uint16_t>(node->node_case));
    if (const ProtobufCMessage* child = NodeMember(node)) AppendFingerprint(child, out);
    out->push_back('}');
    return;
  }
  for (unsigned i = 0; i < desc->n_fields; ++i) {
    const ProtobufCFieldDescriptor& f = desc->fields[i];
    if (!FieldIsSet(msg, f)) continue;
    const char* field = base + f.offset;
    if (f.label == PROTOBUF_C_LABEL_REPEATED) {
      size_t n = *reinterpret_cast<const size_t*>(base + f.quantifier_offset);
      if (n == 0) continue;
      AppendRaw<uint8_t>(out, static_cast<uint8_t>(i));
      AppendRaw<uint32_t>(out, static_cast<uint32_t>(n));
      if (f.type == PROTOBUF_C_TYPE_MESSAGE) {
        auto* const* items = *reinterpret_cast<ProtobufCMessage* const* const*>(field);
        for (size_t k = 0; k < n; ++k) {
          if (items[k]) AppendFingerprint(items[k], out);
          out->push_back(',');
        }
      } else if (f.type == PROTOBUF_C_TYPE_UINT32 || f.type == PROTOBUF_C_TYPE_INT32) {
        const auto* items = *reinterpret_cast<const int32_t* const*>(field);
        out->append(reinterpret_cast<const char*>(items), n * sizeof(int32_t));
      }
      continue;
    }
    switch (f.type) {
      case PROTOBUF_C_TYPE_MESSAGE:
        if (auto* child = *reinterpret_cast<ProtobufCMessage* const*>(field)) {
          AppendRaw<uint8_t>(out, static_cast<uint8_t>(i));
          AppendFingerprint(child, out);
          out->push_back(')');
        }
        break;
      case PROTOBUF_C_TYPE_STRING: {
        const char* str = *reinterpret_cast<const char* const*>(field);
        size_t len = str ? std::strlen(str) : 0;
        if (len == 0) break;
        AppendRaw<uint8_t>(out, static_cast<uint8_t>(i));
        AppendRaw<uint32_t>(out, static_cast<uint32_t>(len));
        out->append(str, len);
        break;
      }
      case PROTOBUF_C_TYPE_BOOL:
        if (*reinterpret_cast<const protobuf_c_boolean*>(field)) AppendRaw<uint8_t>(out, static_cast<uint8_t>(i));
        break;
      case PROTOBUF_C_TYPE_INT32:
      case PROTOBUF_C_TYPE_UINT32:
      case PROTOBUF_C_TYPE_ENUM: {
        int32_t v = *reinterpret_cast<const int32_t*>(field);
        // Locations are the one int field named so; they never matter here.
        if (v == 0 || (f.name[0] == 'l' && std::strcmp(f.name, "location") == 0)) break;
        AppendRaw<uint8_t>(out, static_cast<uint8_t>(i));
        AppendRaw<int32_t>(out, v);
        break;
      }
      default:
        break;
    }
  }
}

bool DeparseUncached(PgQuery__Node* node, std::string* out, std::string* error);

}  // namespace

bool DeparseExpr(PgQuery__Node* node, std::string* out, std::string* error) {
  // Large schemas repeat the same defaults and predicates thousands of
  // times; libpg_query's deparser is the costly part, so remember results.
  thread_local std::unordered_map<std::string, std::string> cache;
  std::string key;
  AppendFingerprint(&node->base, &key);
  auto it = cache.find(key);
  if (it != cache.end()) {
    *out = it->second;
    return true;
  }
  if (!DeparseKeepingParentheses(node, DeparseUncached, DeparseExpr, out, error)) return false;
  cache.emplace(std::move(key), *out);
  return true;
}

namespace {

bool DeparseUncached(PgQuery__Node* node, std::string* out, std::string* error) {
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

}  // namespace

namespace {

bool DeparseStatementUncached(PgQuery__Node* stmt, std::string* out, std::string* error) {
  PgQuery__RawStmt raw = PG_QUERY__RAW_STMT__INIT;
  raw.stmt = stmt;
  PgQuery__RawStmt* stmts[] = {&raw};
  PgQuery__ParseResult result = PG_QUERY__PARSE_RESULT__INIT;
  result.version = PG_VERSION_NUM;
  result.n_stmts = 1;
  result.stmts = stmts;
  size_t len = pg_query__parse_result__get_packed_size(&result);
  std::string buffer(len, '\0');
  pg_query__parse_result__pack(&result, reinterpret_cast<uint8_t*>(buffer.data()));
  PgQueryDeparseResult deparsed = pg_query_deparse_protobuf(PgQueryProtobuf{len, buffer.data()});
  bool ok = deparsed.error == nullptr && deparsed.query != nullptr;
  if (ok) {
    *out = deparsed.query;
  } else {
    *error = deparsed.error && deparsed.error->message ? deparsed.error->message : "cannot deparse statement";
  }
  pg_query_free_deparse_result(deparsed);
  return ok;
}

}  // namespace

bool DeparseStatement(PgQuery__Node* stmt, std::string* out, std::string* error) {
  return DeparseKeepingParentheses(stmt, DeparseStatementUncached, DeparseExpr, out, error);
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

namespace {

void ForEachInMessage(ProtobufCMessage* msg, const std::function<void(PgQuery__Node*)>& f) {
  const ProtobufCMessageDescriptor* desc = msg->descriptor;
  char* base = reinterpret_cast<char*>(msg);
  for (unsigned i = 0; i < desc->n_fields; ++i) {
    const ProtobufCFieldDescriptor& fd = desc->fields[i];
    if (fd.type != PROTOBUF_C_TYPE_MESSAGE || !FieldIsSet(msg, fd)) continue;
    auto visit = [&](ProtobufCMessage* child) {
      if (!child) return;
      if (fd.descriptor == &pg_query__node__descriptor)
        ForEachNode(reinterpret_cast<PgQuery__Node*>(child), f);
      else
        ForEachInMessage(child, f);
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

}  // namespace

void ForEachNode(PgQuery__Node* node, const std::function<void(PgQuery__Node*)>& f) {
  if (!node) return;
  f(node);
  if (ProtobufCMessage* child = NodeMember(node)) ForEachInMessage(child, f);
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
