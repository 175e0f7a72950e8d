#include "parser/literal_canon.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <sstream>
#include <vector>

namespace sd::parser {
namespace {

struct IntervalParts {
  long long months = 0;
  long long days = 0;
  double seconds = 0;
};

// Adds "<value> <unit>" to the parts; false for units we do not know.
bool AddUnit(double value, std::string unit, IntervalParts* p) {
  for (auto& c : unit) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (unit.size() > 1 && unit.back() == 's' && unit != "ms" && unit != "us") unit.pop_back();
  if (unit == "year" || unit == "yr" || unit == "y") p->months += std::llround(value * 12);
  else if (unit == "month" || unit == "mon") p->months += std::llround(value);
  else if (unit == "week" || unit == "w") p->days += std::llround(value * 7);
  else if (unit == "day" || unit == "d") p->days += std::llround(value);
  else if (unit == "hour" || unit == "hr" || unit == "h") p->seconds += value * 3600;
  else if (unit == "minute" || unit == "min" || unit == "m") p->seconds += value * 60;
  else if (unit == "second" || unit == "sec" || unit == "s") p->seconds += value;
  else if (unit == "millisecond" || unit == "m") p->seconds += value / 1000;
  else return false;
  return true;
}

std::string Plural(long long n, const char* unit) {
  return std::to_string(n) + " " + unit + (n == 1 || n == -1 ? "" : "s");
}

}  // namespace

std::string CanonicalIntervalLiteral(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  if (words.empty() || words.size() % 2 != 0) return text;
  IntervalParts parts;
  for (size_t i = 0; i < words.size(); i += 2) {
    char* end = nullptr;
    double value = std::strtod(words[i].c_str(), &end);
    if (!end || *end != '\0' || !AddUnit(value, words[i + 1], &parts)) return text;
  }
  std::string out;
  auto append = [&](const std::string& piece) { out += (out.empty() ? "" : " ") + piece; };
  long long years = parts.months / 12, months = parts.months % 12;
  if (years) append(Plural(years, "year"));
  if (months) append(Plural(months, "mon"));
  if (parts.days) append(Plural(parts.days, "day"));
  if (parts.seconds != 0 || out.empty()) {
    double s = std::fabs(parts.seconds);
    long long whole = static_cast<long long>(s);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s%02lld:%02lld:%02lld", parts.seconds < 0 ? "-" : "", whole / 3600,
                  (whole / 60) % 60, whole % 60);
    std::string time = buf;
    double frac = s - static_cast<double>(whole);
    if (frac > 1e-9) {
      std::snprintf(buf, sizeof buf, "%.6f", frac);
      std::string f = buf + 1;  // ".xxxxxx"
      while (!f.empty() && f.back() == '0') f.pop_back();
      time += f;
    }
    if (parts.seconds != 0 || out.empty()) append(time);
  }
  return out;
}

}  // namespace sd::parser
