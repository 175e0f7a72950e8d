#include "plan/type_change.h"

#include <cstdlib>
#include <string>

namespace sd::plan {
namespace {

bool IsStringType(const std::string& n) { return n == "text" || n == "character varying" || n == "character"; }

int IntegerRank(const std::string& n) {
  if (n == "smallint") return 1;
  if (n == "integer") return 2;
  if (n == "bigint") return 3;
  return 0;
}

bool IsNumericFamily(const std::string& n) {
  return IntegerRank(n) > 0 || n == "numeric" || n == "real" || n == "double precision";
}

int Mod(const model::TypeRef& t, size_t i) {
  return i < t.modifiers.size() ? std::atoi(t.modifiers[i].c_str()) : 0;
}

bool IsTimeFamily(const std::string& n) {
  return n == "date" || n.rfind("timestamp", 0) == 0;
}

}  // namespace

bool IsLosslessConversion(const model::TypeRef& from, const model::TypeRef& to) {
  if (from.array_dims != to.array_dims) return false;
  if (from.schema != to.schema) return !to.IsBuiltin() ? false : IsStringType(to.name) && to.modifiers.empty();
  const std::string& a = from.name;
  const std::string& b = to.name;
  if (b == "text") return true;
  if (!from.IsBuiltin()) return false;
  if (a == b) {
    if (to.modifiers.empty()) return true;  // unconstrained is wider
    if (from.modifiers.empty()) return false;
    if (a == "numeric") {
      int p1 = Mod(from, 0), s1 = Mod(from, 1), p2 = Mod(to, 0), s2 = Mod(to, 1);
      return s2 >= s1 && p2 - s2 >= p1 - s1;
    }
    return Mod(to, 0) >= Mod(from, 0);
  }
  if (IsStringType(a) && b == "character varying")
    return to.modifiers.empty() || (!from.modifiers.empty() && Mod(to, 0) >= Mod(from, 0));
  if (IntegerRank(a) && IntegerRank(b)) return IntegerRank(b) > IntegerRank(a);
  if (IntegerRank(a) && b == "numeric") return to.modifiers.empty() || Mod(to, 0) - Mod(to, 1) >= 19;
  if (a == "real" && b == "double precision") return true;
  // Between the timestamp types values are reinterpreted in the session's
  // time zone, not lost.
  if (a.rfind("timestamp", 0) == 0 && b.rfind("timestamp", 0) == 0) return Mod(to, 0) >= Mod(from, 0) || to.modifiers.empty();
  if (a == "date" && b.rfind("timestamp", 0) == 0) return true;
  if ((a == "json" && b == "jsonb") || (a == "jsonb" && b == "json")) return true;
  if (a == "character varying" && b == "character varying") return true;
  return false;
}

bool NeedsUsing(const model::TypeRef& from, const model::TypeRef& to) {
  if (from.array_dims != to.array_dims) return true;
  if (to.IsBuiltin() && IsStringType(to.name)) return false;  // assignment casts via I/O
  if (!from.IsBuiltin() || !to.IsBuiltin()) return true;
  if (from.name == to.name) return false;
  if (IsNumericFamily(from.name) && IsNumericFamily(to.name)) return false;
  if (IsTimeFamily(from.name) && IsTimeFamily(to.name)) return false;
  if (IsStringType(from.name) && IsStringType(to.name)) return false;
  return true;
}

}  // namespace sd::plan
