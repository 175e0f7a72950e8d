// rng.h - the random number generator of the randomized round trips.
//
// splitmix64 with integer-only arithmetic: the same seed gives the same
// numbers with every compiler and standard library (std::uniform_*_distribution
// does not), so a seed printed by one machine reproduces on another.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace sdr {

/// splitmix64: small, fast, and the same sequence everywhere for a seed.
class Rng {
 public:
  /// Starts the sequence of `seed`; different seeds give unrelated sequences.
  explicit Rng(uint64_t seed) : state_(seed * 0x2545F4914F6CDD1Dull + 0x9E3779B97F4A7C15ull) {}

  /// The next 64 random bits.
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  /// Uniform in [0, n); 0 when n <= 1 (the modulo bias is negligible for small n).
  int Below(int n) { return n <= 1 ? 0 : static_cast<int>(Next() % static_cast<uint64_t>(n)); }
  /// Uniform in [lo, hi], both inclusive.
  int Range(int lo, int hi) { return lo + Below(hi - lo + 1); }
  /// True with probability p/100.
  bool Percent(int p) { return Below(100) < p; }
  /// A uniformly chosen element; `v` must not be empty.
  template <class T>
  const T& Pick(const std::vector<T>& v) { return v[Below(static_cast<int>(v.size()))]; }

 private:
  uint64_t state_;
};

}  // namespace sdr
