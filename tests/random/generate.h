// generate.h - the random OLD schema, one generator function per object kind.
#pragma once

#include <string>
#include <vector>

#include "model.h"
#include "pieces.h"
#include "rng.h"

namespace sdr {

/// An object kind gen_pair knows: its name for --kinds, whether it is on by
/// default (= schemadiff supports it today), and what it covers.
struct KindInfo {
  const char* name;
  bool default_on;
  const char* what;
};

/// Every kind, in the order their generators run.
const std::vector<KindInfo>& AllKinds();

/// A random schema of about `size` tables using the enabled `kinds`.
/// Ids start at 1; names are derived from ids (t3, c7, ix12, …).
Model GenerateSchema(Rng& rng, int size, const Kinds& kinds);

}  // namespace sdr
