// RAII access to libpg_query's protobuf parse tree, and small node helpers.
#pragma once

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace sd::parser {

/// Bump allocator for parse trees: protobuf-c allocates every node of a tree
/// through it, and the whole tree is released at once (freeing node by node
/// cost a tenth of a run).
class Arena {
 public:
  void* Allocate(size_t bytes);
  char* CopyString(const std::string& s);

 private:
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* next_ = nullptr;
  size_t left_ = 0;
};

/// The arena of the innermost live parse tree: expression rewrites allocate
/// the nodes they add from it, so they live exactly as long as the tree.
Arena& ActiveArena();

/// A copy of `init` allocated from the active arena: how rewrites add nodes
/// (and node members) that live exactly as long as the tree they join.
template <typename T>
T* ArenaCopy(const T& init) {
  T* p = static_cast<T*>(ActiveArena().Allocate(sizeof(T)));
  *p = init;
  return p;
}

/// An unpacked parse tree for one input text; frees everything on destruction.
class ParseTree {
 public:
  ParseTree();
  ParseTree(const ParseTree&) = delete;
  ParseTree& operator=(const ParseTree&) = delete;
  ~ParseTree();

  /// Parses `text`. On a syntax error returns false and sets the message and
  /// the 0-based byte offset of the error (or -1 when unknown).
  bool Parse(const std::string& text, std::string* error, int* error_offset);

  PgQuery__ParseResult* result() const { return result_; }

 private:
  friend Arena& ActiveArena();
  PgQuery__ParseResult* result_ = nullptr;
  Arena arena_;
  ProtobufCAllocator allocator_;
  ParseTree* previous_;  ///< the tree active before this one
};

/// Copies a node into the active arena (via protobuf), independent of the
/// tree it came from.
PgQuery__Node* CopyNodeToActiveArena(const PgQuery__Node* node);

/// SQL text of one expression node, as libpg_query's deparser writes it.
/// Returns false (and sets `error`) if the deparser rejects the node.
bool DeparseExpr(PgQuery__Node* node, std::string* out, std::string* error);

/// SQL text of one whole statement node (e.g. a SelectStmt), as
/// libpg_query's deparser writes it. Returns false (and sets `error`) if the
/// deparser rejects it.
bool DeparseStatement(PgQuery__Node* stmt, std::string* out, std::string* error);

/// Parses "SELECT <expr>" and returns the slot holding the expression node
/// (owned by `tree`), so that it can be rewritten in place.
PgQuery__Node** ParseExprSlot(const std::string& expr, ParseTree* tree);

/// The message a Node holds (the member its node_case names), or null.
ProtobufCMessage* NodeMember(const PgQuery__Node* node);

/// True when field `f` of `msg` holds a value: a member of a oneof (such as
/// every member of Node, or A_Const's value) only when it is the one set.
/// Walkers over descriptors must skip the others, which share its storage.
bool FieldIsSet(const ProtobufCMessage* msg, const ProtobufCFieldDescriptor& f);

/// Calls `f` on `node` and on every node below it, parents first (through
/// members that are plain messages too: Alias, TypeName, WindowDef, ...).
void ForEachNode(PgQuery__Node* node, const std::function<void(PgQuery__Node*)>& f);

/// The string of a String node ("" for anything else).
std::string StringOf(const PgQuery__Node* node);
/// The strings of a list of String nodes (e.g. a dotted name).
std::vector<std::string> StringsOf(size_t n, PgQuery__Node* const* nodes);
/// Integer value of an Integer or integer A_Const node; false if not one.
bool IntegerOf(const PgQuery__Node* node, long long* out);

}  // namespace sd::parser
