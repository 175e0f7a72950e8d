#include "parser/rename_annotations.h"

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include <algorithm>

namespace sd::parser {
namespace {

// The name after one of the annotation markers, or "" when there is none.
std::string AnnotatedName(const std::string& comment) {
  static const char* const kMarkers[] = {"schemadiff:renamed-from", "@renamed from="};
  for (const char* marker : kMarkers) {
    size_t at = comment.find(marker);
    if (at == std::string::npos) continue;
    size_t start = at + std::string(marker).size();
    while (start < comment.size() && (comment[start] == ' ' || comment[start] == '\t' || comment[start] == '='))
      ++start;
    size_t end = start;
    bool quoted = false;
    while (end < comment.size()) {
      char c = comment[end];
      if (c == '"') quoted = !quoted;
      if (!quoted && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || (c == '*' && comment.compare(end, 2, "*/") == 0)))
        break;
      ++end;
    }
    return comment.substr(start, end - start);
  }
  return "";
}

}  // namespace

std::map<int, std::string> FindRenameAnnotations(const std::string& text) {
  std::map<int, std::string> out;
  // Cheap pre-check: most files have no annotation and need no second scan.
  if (text.find("renamed") == std::string::npos) return out;
  PgQueryScanResult result = pg_query_scan(text.c_str());
  if (!result.error) {
    PgQuery__ScanResult* scan = pg_query__scan_result__unpack(
        nullptr, result.pbuf.len, reinterpret_cast<const uint8_t*>(result.pbuf.data));
    if (scan) {
      for (size_t i = 0; i < scan->n_tokens; ++i) {
        const PgQuery__ScanToken* token = scan->tokens[i];
        if (token->token != PG_QUERY__TOKEN__SQL_COMMENT && token->token != PG_QUERY__TOKEN__C_COMMENT) continue;
        std::string name = AnnotatedName(text.substr(token->start, token->end - token->start));
        if (name.empty()) continue;
        int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + token->start, '\n'));
        out[line] = name;
      }
      pg_query__scan_result__free_unpacked(scan, nullptr);
    }
  }
  pg_query_free_scan_result(result);
  return out;
}

}  // namespace sd::parser
