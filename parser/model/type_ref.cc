#include "model/type_ref.h"

#include <cstdlib>
#include <utility>

#include "model/quote.h"

namespace sd::model {

TypeRef TypeRef::Element() const {
  TypeRef element = *this;
  element.array_dims = 0;
  return element;
}

namespace {

// INTERVAL field restrictions are stored as a bit mask in the first typmod.
std::string IntervalSql(const TypeRef& type) {
  static const std::pair<int, const char*> kFields[] = {
      {4, "year"}, {6, "year to month"}, {2, "month"}, {8, "day"}, {1032, "day to hour"},
      {3080, "day to minute"}, {7176, "day to second"}, {1024, "hour"}, {3072, "hour to minute"},
      {7168, "hour to second"}, {2048, "minute"}, {6144, "minute to second"}, {4096, "second"}};
  std::string out = "interval";
  int mask = std::atoi(type.modifiers[0].c_str());
  for (const auto& [bits, words] : kFields)
    if (bits == mask) out += std::string(" ") + words;
  if (type.modifiers.size() > 1) out += "(" + type.modifiers[1] + ")";
  for (int i = 0; i < type.array_dims; ++i) out += "[]";
  return out;
}

}  // namespace

std::string TypeSql(const TypeRef& type) {
  if (type.IsBuiltin() && type.name == "interval" && !type.modifiers.empty()) return IntervalSql(type);
  std::string mods;
  if (!type.modifiers.empty()) {
    mods = "(";
    for (size_t i = 0; i < type.modifiers.size(); ++i) {
      if (i) mods += ",";
      mods += type.modifiers[i];
    }
    mods += ")";
  }
  std::string out;
  if (!type.IsBuiltin()) {
    out = QuoteQualified({type.schema, type.name}) + mods;
  } else {
    // The time types take their precision before the zone words.
    const std::string& n = type.name;
    auto zone = n.find(" with");
    if (!mods.empty() && (n.rfind("timestamp", 0) == 0 || n.rfind("time ", 0) == 0) &&
        zone != std::string::npos) {
      out = n.substr(0, zone) + mods + n.substr(zone);
    } else if (n == "\"char\"") {
      out = n;
    } else {
      out = n + mods;
    }
  }
  for (int i = 0; i < type.array_dims; ++i) out += "[]";
  return out;
}

}  // namespace sd::model
