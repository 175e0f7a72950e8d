#include "model/type_ref.h"

#include "model/quote.h"

namespace sd::model {

TypeRef TypeRef::Element() const {
  TypeRef element = *this;
  element.array_dims = 0;
  return element;
}

std::string TypeSql(const TypeRef& type) {
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
