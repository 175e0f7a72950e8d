#include "model/quote.h"

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include <mutex>
#include <unordered_map>

namespace sd::model {
namespace {

bool IsPlainLowerName(std::string_view name) {
  if (name.empty()) return false;
  char first = name[0];
  if (!((first >= 'a' && first <= 'z') || first == '_')) return false;
  for (char c : name) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
    if (!ok) return false;
  }
  return true;
}

// PostgreSQL's own scanner classifies keywords; asking it keeps us exact for
// the grammar we parse with instead of carrying a copy of the keyword list.
bool IsKeywordNeedingQuotes(const std::string& word) {
  static std::mutex mutex;
  static std::unordered_map<std::string, bool> cache;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(word);
  if (it != cache.end()) return it->second;
  bool needs = false;
  PgQueryScanResult result = pg_query_scan(word.c_str());
  if (!result.error) {
    PgQuery__ScanResult* scan = pg_query__scan_result__unpack(
        nullptr, result.pbuf.len, reinterpret_cast<const uint8_t*>(result.pbuf.data));
    if (scan && scan->n_tokens == 1) {
      auto kind = scan->tokens[0]->keyword_kind;
      needs = kind != PG_QUERY__KEYWORD_KIND__NO_KEYWORD &&
              kind != PG_QUERY__KEYWORD_KIND__UNRESERVED_KEYWORD;
    }
    if (scan) pg_query__scan_result__free_unpacked(scan, nullptr);
  }
  pg_query_free_scan_result(result);
  cache.emplace(word, needs);
  return needs;
}

}  // namespace

std::string QuoteIdent(std::string_view name) {
  if (IsPlainLowerName(name) && !IsKeywordNeedingQuotes(std::string(name))) {
    return std::string(name);
  }
  std::string out = "\"";
  for (char c : name) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string QuoteQualified(const QualifiedName& name) {
  if (name.schema.empty()) return QuoteIdent(name.name);
  return QuoteIdent(name.schema) + "." + QuoteIdent(name.name);
}

std::string QuoteLiteral(std::string_view value) {
  std::string out = "'";
  for (char c : value) {
    if (c == '\'') out += '\'';
    out += c;
  }
  out += '\'';
  return out;
}

}  // namespace sd::model
