#include "model/atom.h"

#include <mutex>
#include <unordered_set>

namespace sd::model {

namespace {

// Every distinct text once. Nodes of an unordered_set never move, so the
// pointers atoms hold stay valid; the pool is never freed (atoms in static
// catalogs may outlive any destructor order).
struct Pool {
  std::mutex mutex;
  std::unordered_set<std::string> texts;
};

Pool& ThePool() {
  static Pool* pool = new Pool;
  return *pool;
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
  Pool& pool = ThePool();
  std::lock_guard<std::mutex> lock(pool.mutex);
  std::string key(text);
  auto it = pool.texts.find(key);
  if (it == pool.texts.end()) it = pool.texts.insert(std::move(key)).first;
  text_ = &*it;
}

}  // namespace sd::model
