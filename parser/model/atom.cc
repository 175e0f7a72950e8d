#include "model/atom.h"

#include <mutex>
#include <unordered_set>

namespace sd::model {

namespace {

// Every distinct text once. Nodes of an unordered_set never move, so the
// pointers atoms hold stay valid; the pool is never freed (atoms in static
// catalogs may outlive any destructor order). Split into shards by hash,
// each with its own lock: both loading threads intern hundreds of
// thousands of names, and one lock had them waiting on each other.
constexpr size_t kShards = 64;

struct Shard {
  std::mutex mutex;
  std::unordered_set<std::string> texts;
};

Shard& ShardOf(std::string_view text) {
  static Shard* shards = new Shard[kShards];
  return shards[std::hash<std::string_view>()(text) % kShards];
}

const std::string& EmptyText() {
  static const std::string* empty = new std::string;
  return *empty;
}

}  // namespace

Atom::Atom() : text_(&EmptyText()) {}

Atom::Atom(std::string_view text) {
  if (text.empty()) {
    text_ = &EmptyText();
    return;
  }
  Shard& shard = ShardOf(text);
  std::string key(text);
  std::lock_guard<std::mutex> lock(shard.mutex);
  auto it = shard.texts.find(key);
  if (it == shard.texts.end()) it = shard.texts.insert(std::move(key)).first;
  text_ = &*it;
}

}  // namespace sd::model
