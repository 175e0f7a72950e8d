#include "audit/check.h"

#include "model/quote.h"

namespace sd::audit {
std::string SampleText(const std::string& sample) {
  return "left(regexp_replace(CAST(" + sample + " AS text), '[\\n\\r]+', ' ', 'g'), 60)";
}

Check RowCheck(std::string description, const std::string& from_sql, const std::string& where,
               const std::string& sample) {
  Check c;
  c.description = std::move(description);
  c.count_sql = "SELECT count(*) FROM " + from_sql + " WHERE " + where;
  c.sample_sql = "SELECT string_agg(s, ', ' ORDER BY s) FROM (SELECT DISTINCT " + SampleText(sample) + " AS s FROM " +
                 from_sql + " WHERE " + where + " ORDER BY 1 LIMIT 5) AS sample";
  return c;
}

Check SkippedCheck(std::string description, std::string why) {
  Check c;
  c.description = std::move(description);
  c.skipped = std::move(why);
  return c;
}

std::string AllNotNull(const std::vector<std::string>& exprs) {
  std::string out;
  for (const auto& e : exprs) out += (out.empty() ? "" : " AND ") + e + " IS NOT NULL";
  return out.empty() ? "true" : out;
}

std::string SampleOf(const std::vector<std::string>& exprs) {
  if (exprs.size() == 1) return exprs[0];
  std::string out;
  for (const auto& e : exprs) out += (out.empty() ? "" : ", ") + e;
  return "ROW(" + out + ")";
}

std::string ColumnList(const std::vector<std::string>& columns) {
  std::string out;
  for (const auto& c : columns) out += (out.empty() ? "" : ", ") + c;
  return "(" + out + ")";
}

}  // namespace sd::audit
