// Walking two ordered maps side by side: the core of every per-kind diff.
#pragma once

namespace sd::diff {

/// Walks two ordered maps in step, calling `both` for keys in both and the
/// create/drop callbacks for keys in one only.
template <typename Map, typename Both, typename OnlyFrom, typename OnlyTo>
void Merge(const Map& from, const Map& to, Both both, OnlyFrom only_from, OnlyTo only_to) {
  auto a = from.begin();
  auto b = to.begin();
  while (a != from.end() || b != to.end()) {
    if (b == to.end() || (a != from.end() && a->first < b->first)) {
      only_from(a->second);
      ++a;
    } else if (a == from.end() || b->first < a->first) {
      only_to(b->second);
      ++b;
    } else {
      both(a->second, b->second);
      ++a;
      ++b;
    }
  }
}

}  // namespace sd::diff
