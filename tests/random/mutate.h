// mutate.h - random mutations that turn OLD into NEW.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "model.h"
#include "pieces.h"
#include "rng.h"

namespace sdr {

/// One change to the model, recorded against object ids. `apply` checks its
/// preconditions on the model it is given (target present, type as when the
/// mutation was drawn, new name free) and returns false, changing nothing,
/// when they fail: so any subset of a mutation list still yields a valid
/// schema, which is what the shrinker relies on.
struct Mutation {
  std::string kind;  ///< the object kind it belongs to (--kinds)
  std::string what;  ///< human-readable, for the header of new.sql
  std::function<bool(Model&)> apply;
};

/// Draws `count` mutations of the enabled kinds, each one applicable to the
/// model as the previous ones left it. Objects the i-th mutation creates get
/// ids from (i + 1) * kIdsPerMutation on, so they are the same whichever
/// other mutations are dropped.
std::vector<Mutation> GenerateMutations(Rng& rng, const Model& base, int count, const Kinds& kinds);

/// Ids below this belong to the base schema; mutation i allocates from (i + 1) times it.
constexpr int kIdsPerMutation = 100000;

}  // namespace sdr
