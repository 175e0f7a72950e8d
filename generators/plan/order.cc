#include "plan/order.h"

#include <map>
#include <queue>
#include <set>
#include <tuple>

namespace sd::plan {
namespace {

// Names the steps of one cycle among the steps the sort could not place:
// each of those waits for another one of them, so walking back from any of
// them along unplaced predecessors must come round. The steps that merely
// wait for the cycle are left out, so the message shows what to break.
std::string CycleError(const std::vector<Step>& steps, const std::vector<std::set<size_t>>& out_edges,
                       const std::vector<bool>& done) {
  const size_t n = steps.size();
  std::vector<size_t> before(n, n);  // an unplaced step each unplaced step waits for
  for (size_t i = 0; i < n; ++i)
    if (!done[i])
      for (size_t j : out_edges[i])
        if (!done[j] && before[j] == n) before[j] = i;
  size_t at = 0;
  while (at < n && done[at]) ++at;
  std::vector<size_t> seen_at(n, n), path;
  while (at < n && seen_at[at] == n) {
    seen_at[at] = path.size();
    path.push_back(at);
    at = before[at];
  }
  std::string out = "dependency cycle: each step below must come before the next, and the last before the first:";
  if (at == n) return out;  // not reached: every unplaced step waits for an unplaced one
  // The cycle is the path from `at` on, walked backwards; print it forwards.
  for (size_t k = path.size(); k-- > seen_at[at];) out += "\n  " + steps[path[k]].description;
  return out;
}

}  // namespace

bool OrderSteps(std::vector<Step>* steps, std::string* error) {
  const size_t n = steps->size();
  std::map<model::ObjectRef, std::vector<size_t>> creators, droppers;
  for (size_t i = 0; i < n; ++i) {
    // An empty ref (KeyIndexName of a constraint without an index) names
    // nothing: indexing it would link unrelated steps.
    for (const auto& r : (*steps)[i].creates)
      if (!r.name.name.empty()) creators[r].push_back(i);
    for (const auto& r : (*steps)[i].drops)
      if (!r.name.name.empty()) droppers[r].push_back(i);
  }
  std::vector<std::set<size_t>> out_edges(n);
  auto edge = [&](size_t before, size_t after) {
    if (before != after) out_edges[before].insert(after);
  };
  auto each = [](const std::map<model::ObjectRef, std::vector<size_t>>& index, const model::ObjectRef& r, auto f) {
    auto it = index.find(r);
    if (it != index.end())
      for (size_t s : it->second) f(s);
  };
  for (size_t i = 0; i < n; ++i) {
    const Step& s = (*steps)[i];
    // Created before anything that needs it.
    for (const auto& r : s.needs_new) each(creators, r, [&](size_t c) { edge(c, i); });
    // Old dependents go before the object they used is dropped or reshaped.
    for (const auto& r : s.needs_old) each(droppers, r, [&](size_t d) { edge(i, d); });
    // A drop before the re-creation of the same identity.
    for (const auto& r : s.drops) each(creators, r, [&](size_t c) { edge(i, c); });
    for (const auto& r : s.waits_for_drop) each(droppers, r, [&](size_t d) { edge(d, i); });
  }
  // Phases of an online plan: a step runs no earlier than the phase of any
  // step it must follow (a re-creation waiting for a drop moves to the
  // contract phase). Phases only grow, so this ends.
  std::vector<size_t> raised;
  for (size_t i = 0; i < n; ++i)
    if ((*steps)[i].phase != Phase::kExpand) raised.push_back(i);
  while (!raised.empty()) {
    size_t i = raised.back();
    raised.pop_back();
    for (size_t j : out_edges[i])
      if ((*steps)[j].phase < (*steps)[i].phase) {
        (*steps)[j].phase = (*steps)[i].phase;
        raised.push_back(j);
      }
  }
  std::vector<int> indegree(n, 0);
  for (size_t i = 0; i < n; ++i)
    for (size_t j : out_edges[i]) indegree[j]++;
  // Phase first: with phases closed over the edges above, the sorted
  // order never goes back to an earlier phase.
  using Key = std::tuple<int, int, size_t>;
  std::priority_queue<Key, std::vector<Key>, std::greater<Key>> ready;
  for (size_t i = 0; i < n; ++i)
    if (indegree[i] == 0) ready.push({static_cast<int>((*steps)[i].phase), (*steps)[i].rank, i});
  std::vector<Step> ordered;
  ordered.reserve(n);
  std::vector<bool> done(n, false);
  while (!ready.empty()) {
    size_t i = std::get<2>(ready.top());
    ready.pop();
    done[i] = true;
    ordered.push_back((*steps)[i]);
    for (size_t j : out_edges[i])
      if (--indegree[j] == 0) ready.push({static_cast<int>((*steps)[j].phase), (*steps)[j].rank, j});
  }
  if (ordered.size() != n) {
    *error = CycleError(*steps, out_edges, done);
    return false;
  }
  *steps = std::move(ordered);
  return true;
}

}  // namespace sd::plan
