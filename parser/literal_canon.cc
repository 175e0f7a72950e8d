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

namespace {

// Reads exactly `n` digits at `*i`.
bool Digits(const std::string& s, size_t* i, size_t n, int* out) {
  if (*i + n > s.size()) return false;
  int v = 0;
  for (size_t k = 0; k < n; ++k) {
    char c = s[*i + k];
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    v = v * 10 + (c - '0');
  }
  *i += n;
  *out = v;
  return true;
}

// YYYY-MM-DD with a real calendar day.
bool ReadDate(const std::string& s, size_t* i, std::string* out) {
  int y = 0, m = 0, d = 0;
  if (!Digits(s, i, 4, &y) || *i >= s.size() || s[(*i)++] != '-' || !Digits(s, i, 2, &m) || *i >= s.size() ||
      s[(*i)++] != '-' || !Digits(s, i, 2, &d))
    return false;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1] + (m == 2 && leap)) return false;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  *out = buf;
  return true;
}

// HH:MM[:SS[.ffffff]], hours 0-23; the fraction without trailing zeros.
bool ReadTime(const std::string& s, size_t* i, std::string* out) {
  int h = 0, mi = 0, sec = 0;
  if (!Digits(s, i, 2, &h) || *i >= s.size() || s[(*i)++] != ':' || !Digits(s, i, 2, &mi)) return false;
  std::string fraction;
  if (*i < s.size() && s[*i] == ':') {
    ++*i;
    if (!Digits(s, i, 2, &sec)) return false;
    if (*i < s.size() && s[*i] == '.') {
      ++*i;
      while (*i < s.size() && std::isdigit(static_cast<unsigned char>(s[*i]))) fraction += s[(*i)++];
      if (fraction.empty() || fraction.size() > 6) return false;  // beyond microseconds PostgreSQL rounds
      while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
    }
  }
  if (h > 23 || mi > 59 || sec > 59) return false;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", h, mi, sec);
  *out = buf + (fraction.empty() ? "" : "." + fraction);
  return true;
}

}  // namespace

std::string CanonicalDateTimeLiteral(const std::string& type, const std::string& text) {
  size_t i = 0;
  std::string date, time;
  if (type == "time") {
    if (!ReadTime(text, &i, &time) || i != text.size()) return text;
    return time;
  }
  if (type != "date" && type != "timestamp") return text;
  if (!ReadDate(text, &i, &date)) return text;
  if (i < text.size()) {
    if (text[i] != ' ' && text[i] != 'T') return text;
    ++i;
    if (!ReadTime(text, &i, &time) || i != text.size()) return text;
  }
  if (type == "date") return date;
  return date + " " + (time.empty() ? "00:00:00" : time);
}

}  // namespace sd::parser
