// RAII access to libpg_query's protobuf parse tree, and small node helpers.
#pragma once

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include <memory>
#include <string>
#include <vector>

namespace sd::parser {

/// An unpacked parse tree for one input text; frees everything on destruction.
class ParseTree {
 public:
  ParseTree() = default;
  ParseTree(const ParseTree&) = delete;
  ParseTree& operator=(const ParseTree&) = delete;
  ~ParseTree();

  /// Parses `text`. On a syntax error returns false and sets the message and
  /// the 0-based byte offset of the error (or -1 when unknown).
  bool Parse(const std::string& text, std::string* error, int* error_offset);

  PgQuery__ParseResult* result() const { return result_; }

 private:
  PgQuery__ParseResult* result_ = nullptr;
};

/// SQL text of one expression node, as libpg_query's deparser writes it.
/// Returns false (and sets `error`) if the deparser rejects the node.
bool DeparseExpr(PgQuery__Node* node, std::string* out, std::string* error);

/// Parses "SELECT <expr>" and returns the expression node, owned by `tree`.
PgQuery__Node* ParseExprText(const std::string& expr, ParseTree* tree);
/// The same, returning the slot that holds the node (for in-place rewrites).
PgQuery__Node** ParseExprSlot(const std::string& expr, ParseTree* tree);

/// The string of a String node ("" for anything else).
std::string StringOf(const PgQuery__Node* node);
/// The strings of a list of String nodes (e.g. a dotted name).
std::vector<std::string> StringsOf(size_t n, PgQuery__Node* const* nodes);
/// Integer value of an Integer or integer A_Const node; false if not one.
bool IntegerOf(const PgQuery__Node* node, long long* out);

}  // namespace sd::parser
