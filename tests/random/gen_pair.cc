// gen_pair: a seeded, reproducible generator of schema pairs for schemadiff's
// randomized round trips (docs/random.md).
//
//   gen_pair --seed N --out DIR [--size S] [--mutations M] [--kinds LIST]
//            [--drop-mutations I,J,…] [--omit KEY,…] [--list]
//
// Writes DIR/old.sql, a random schema of about S tables (default 4), and
// DIR/new.sql, the same schema after M random mutations (default: 1 to 8,
// drawn from the seed). The files are a pure function of the arguments: same
// seed, same bytes, on every platform (own PRNG, integer arithmetic only).
//
// Shrinking (tests/random/run_random.sh does it): --drop-mutations leaves
// out mutations by number (as --list numbers them) and --omit leaves base
// objects out of both files (KEY as --list prints them: table:7,
// column:7.9, index:7.12, …). Mutations are drawn from the full schema
// first and recorded against object ids, so leaving some out does not change
// the others; one whose target is gone is skipped.
//
// --list prints the mutations (applied or skipped) and the keys of the base
// objects, smallest-impact last (columns), for the shrinker.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "generate.h"
#include "model.h"
#include "mutate.h"
#include "render.h"
#include "rng.h"

namespace {

using namespace sdr;

struct Options {
  uint64_t seed = 0;
  bool have_seed = false;
  std::string out;
  int size = 4;
  int mutations = -1;
  Kinds kinds;
  std::set<int> drop;
  std::vector<std::string> omit;
  bool list = false;
  std::string kinds_arg;
};

std::vector<std::string> Split(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  std::string item;
  while (std::getline(in, item, ','))
    if (!item.empty()) out.push_back(item);
  return out;
}

[[noreturn]] void Usage(const std::string& error) {
  if (!error.empty()) std::cerr << "gen_pair: " << error << "\n";
  std::cerr << "usage: gen_pair --seed N --out DIR [--size S] [--mutations M] [--kinds LIST]\n"
               "                [--drop-mutations I,J] [--omit KEY,...] [--list]\n"
               "kinds (default on: *); LIST is 'default', 'all', or a comma list, '+kind' adds to the default:\n";
  for (const auto& k : AllKinds()) std::cerr << "  " << (k.default_on ? "* " : "  ") << k.name << ": " << k.what << "\n";
  std::exit(error.empty() ? 0 : 1);
}

Kinds ParseKinds(const std::string& arg) {
  Kinds defaults, all;
  for (const auto& k : AllKinds()) {
    all.insert(k.name);
    if (k.default_on) defaults.insert(k.name);
  }
  if (arg.empty() || arg == "default") return defaults;
  if (arg == "all") return all;
  Kinds out;
  for (const auto& k : Split(arg)) {
    bool add = k[0] == '+';
    std::string name = add ? k.substr(1) : k;
    if (!all.count(name)) Usage("unknown kind '" + name + "'");
    if (add) out.insert(defaults.begin(), defaults.end());
    out.insert(name);
  }
  out.insert("table");
  return out;
}

Options Parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) Usage(a + " needs a value");
      return argv[++i];
    };
    if (a == "--seed") {
      o.seed = std::strtoull(value().c_str(), nullptr, 10);
      o.have_seed = true;
    } else if (a == "--out") {
      o.out = value();
    } else if (a == "--size") {
      o.size = std::max(1, std::atoi(value().c_str()));
    } else if (a == "--mutations") {
      o.mutations = std::max(0, std::atoi(value().c_str()));
    } else if (a == "--kinds") {
      o.kinds_arg = value();
    } else if (a == "--drop-mutations") {
      for (const auto& n : Split(value())) o.drop.insert(std::atoi(n.c_str()));
    } else if (a == "--omit") {
      for (const auto& k : Split(value())) o.omit.push_back(k);
    } else if (a == "--list") {
      o.list = true;
    } else if (a == "-h" || a == "--help") {
      Usage("");
    } else {
      Usage("unknown argument '" + a + "'");
    }
  }
  if (!o.have_seed) Usage("--seed is required");
  if (o.out.empty() && !o.list) Usage("--out is required");
  o.kinds = ParseKinds(o.kinds_arg);
  return o;
}

// Keys of the base objects the shrinker may leave out: whole objects first,
// then the parts of tables, columns last.
std::vector<std::string> ObjectKeys(const Model& m) {
  std::vector<std::string> out = {"comments:all"};
  auto id = [](int n) { return std::to_string(n); };
  for (const auto& s : m.schemas)
    if (s.id != 0) out.push_back("schema:" + id(s.id));
  for (const auto& v : m.views) out.push_back("view:" + id(v.id));
  for (const auto& t : m.tables) out.push_back("table:" + id(t.id));
  for (const auto& e : m.enums) out.push_back("enum:" + id(e.id));
  for (const auto& s : m.sequences) out.push_back("sequence:" + id(s.id));
  for (const auto& t : m.tables) {
    for (const auto& f : t.fks) out.push_back("fk:" + id(t.id) + "." + id(f.id));
    for (const auto& ix : t.indexes) out.push_back("index:" + id(t.id) + "." + id(ix.id));
    for (const auto& c : t.checks) out.push_back("check:" + id(t.id) + "." + id(c.id));
    for (const auto& u : t.uniques) out.push_back("unique:" + id(t.id) + "." + id(u.id));
    if (!t.pk.empty()) out.push_back("pk:" + id(t.id));
  }
  for (const auto& t : m.tables)
    for (const auto& c : t.columns) out.push_back("column:" + id(t.id) + "." + id(c.id));
  return out;
}

// Leaves the object named by `key` out of the model (and what depends on it).
void Omit(Model& m, const std::string& key) {
  auto colon = key.find(':');
  if (colon == std::string::npos) return;
  std::string kind = key.substr(0, colon), rest = key.substr(colon + 1);
  auto dot = rest.find('.');
  int a = std::atoi(rest.c_str());
  int b = dot == std::string::npos ? -1 : std::atoi(rest.c_str() + dot + 1);
  Table* t = m.TableById(a);
  auto erase = [&](auto& v) { std::erase_if(v, [&](const auto& x) { return x.id == b; }); };
  if (kind == "comments") {
    for (auto& s : m.schemas) s.comment.clear();
    for (auto& e : m.enums) e.comment.clear();
    for (auto& s : m.sequences) s.comment.clear();
    for (auto& v : m.views) v.comment.clear();
    for (auto& tb : m.tables) {
      tb.comment.clear();
      for (auto& c : tb.columns) c.comment.clear();
      for (auto& c : tb.checks) c.comment.clear();
      for (auto& ix : tb.indexes) ix.comment.clear();
    }
  } else if (kind == "schema") m.RemoveSchema(a);
  else if (kind == "view") m.RemoveView(a);
  else if (kind == "table") m.RemoveTable(a);
  else if (kind == "enum") m.RemoveEnum(a);
  else if (kind == "sequence") m.RemoveSequence(a);
  else if (kind == "column") m.RemoveColumn(a, b);
  else if (kind == "pk") m.RemovePrimaryKey(a);
  else if (t && kind == "fk") erase(t->fks);
  else if (t && kind == "index") erase(t->indexes);
  else if (t && kind == "check") erase(t->checks);
  else if (t && kind == "unique") erase(t->uniques);
}

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ",") + s;
  return out;
}

bool Write(const std::filesystem::path& p, const std::string& text) {
  std::ofstream f(p, std::ios::binary);
  f << text;
  return static_cast<bool>(f);
}

}  // namespace

int main(int argc, char** argv) {
  Options o = Parse(argc, argv);
  Rng rng(o.seed);
  Model base = GenerateSchema(rng, o.size, o.kinds);
  int count = o.mutations >= 0 ? o.mutations : rng.Range(1, 8);
  std::vector<Mutation> mutations = GenerateMutations(rng, base, count, o.kinds);

  Model old_model = base;
  for (const auto& k : o.omit) Omit(old_model, k);
  Model new_model = old_model;
  std::vector<bool> applied(mutations.size(), false);
  for (size_t i = 0; i < mutations.size(); ++i)
    if (!o.drop.count(static_cast<int>(i))) applied[i] = mutations[i].apply(new_model);

  if (o.list) {
    for (size_t i = 0; i < mutations.size(); ++i)
      std::cout << "mutation " << i << " " << (o.drop.count(static_cast<int>(i)) ? "dropped" : applied[i] ? "applied" : "skipped")
                << " " << mutations[i].what << "\n";
    for (const auto& k : ObjectKeys(old_model)) std::cout << "object " << k << "\n";
  }
  if (o.out.empty()) return 0;

  // Both headers say how to regenerate the pair.
  std::string cmd = "gen_pair --seed " + std::to_string(o.seed) + " --size " + std::to_string(o.size);
  if (o.mutations >= 0) cmd += " --mutations " + std::to_string(o.mutations);
  if (!o.kinds_arg.empty()) cmd += " --kinds " + o.kinds_arg;
  std::vector<std::string> dropped;
  for (int d : o.drop) dropped.push_back(std::to_string(d));
  if (!dropped.empty()) cmd += " --drop-mutations " + Join(dropped);
  if (!o.omit.empty()) cmd += " --omit " + Join(o.omit);
  std::string new_header = "-- random pair: " + cmd + "\n";
  for (size_t i = 0; i < mutations.size(); ++i)
    if (applied[i]) new_header += "-- mutation " + std::to_string(i) + ": " + mutations[i].what + "\n";

  std::filesystem::create_directories(o.out);
  if (!Write(std::filesystem::path(o.out) / "old.sql", "-- random pair: " + cmd + "\n" + Render(old_model, false)) ||
      !Write(std::filesystem::path(o.out) / "new.sql", new_header + Render(new_model, true))) {
    std::cerr << "gen_pair: cannot write to " << o.out << "\n";
    return 1;
  }
  return 0;
}
