#include "parser/annotations.h"

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include <algorithm>

namespace sd::parser {
namespace {

std::string Trim(std::string s) {
  const char* space = " \t\r\n";
  size_t start = s.find_first_not_of(space);
  if (start == std::string::npos) return "";
  return s.substr(start, s.find_last_not_of(space) - start + 1);
}

}  // namespace

std::map<int, std::string> FindCommentAnnotations(std::string_view text, const std::vector<std::string>& markers) {
  std::map<int, std::string> out;
  // Cheap pre-check: most files have no annotation and need no second scan.
  bool any = false;
  for (const auto& marker : markers) any = any || text.find(marker) != std::string::npos;
  if (!any) return out;
  std::string terminated(text);  // the scanner reads up to a NUL; a mapped file has none
  PgQueryScanResult result = pg_query_scan(terminated.c_str());
  if (!result.error) {
    PgQuery__ScanResult* scan = pg_query__scan_result__unpack(
        nullptr, result.pbuf.len, reinterpret_cast<const uint8_t*>(result.pbuf.data));
    if (scan) {
      for (size_t i = 0; i < scan->n_tokens; ++i) {
        const PgQuery__ScanToken* token = scan->tokens[i];
        bool c_comment = token->token == PG_QUERY__TOKEN__C_COMMENT;
        if (token->token != PG_QUERY__TOKEN__SQL_COMMENT && !c_comment) continue;
        std::string comment(text.substr(token->start, token->end - token->start));
        if (c_comment && comment.size() >= 4) comment.resize(comment.size() - 2);  // the closing */
        for (const auto& marker : markers) {
          size_t at = comment.find(marker);
          if (at == std::string::npos) continue;
          int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + token->start, '\n'));
          out[line] = Trim(comment.substr(at + marker.size()));
          break;
        }
      }
      pg_query__scan_result__free_unpacked(scan, nullptr);
    }
  }
  pg_query_free_scan_result(result);
  return out;
}

}  // namespace sd::parser
