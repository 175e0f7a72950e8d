// psqldef_extract - unpack the psqldef conformance data set into per-case files.
//
//   psqldef_extract --data psqldef.json --out DIR --server-version 15.18
//
// For case number N (0-based, in file order) it writes
//   DIR/N/current.sql   the `current` schema ("" when the field is absent: empty schema)
//   DIR/N/desired.sql   the `desired` schema ("" when absent)
// and one line per case to DIR/manifest.tsv:
//   N <TAB> name <TAB> file <TAB> skip reason (empty = run the case)
//
// Skip reasons come only from the case's fields, never from its name:
//   error        psqldef expects an error: there is no migration to check
//   flavor       a flavor requirement (e.g. pgvector); "!x" only excludes flavor x,
//                and plain PostgreSQL is no flavor, so it does not skip
//   min_version  server version below it
//   max_version  server version above it
//   user         the case runs as a pre-made role with its own default schema,
//                which is test-environment setup outside the schema text
// Everything else (enable_drop, manage, config, offline, legacy_ignore_quotes,
// up/down) does not change the pair of schemas, so it is ignored;
// whether a schema needs things the server lacks (extensions, roles, dialects) is
// decided by loading it into PostgreSQL, not here.
//
// `managed_roles` names roles that psqldef's test environment has. They are
// test-environment setup like the server itself, so the union over all cases
// (without PUBLIC, which is no role) goes to DIR/roles.txt, one name per line,
// sorted; the runner creates them (NOLOGIN) in its cluster before the first case.
//
// Exit status: 0 ok, 2 usage or input error.
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

[[noreturn]] void die(const std::string& msg) {
  std::cerr << "psqldef_extract: " << msg << "\n";
  std::exit(2);
}

std::vector<long> parse_version(const std::string& v) {
  std::vector<long> out;
  std::stringstream ss(v);
  std::string part;
  while (std::getline(ss, part, '.')) {
    try {
      out.push_back(std::stol(part));
    } catch (...) {
      die("bad version string '" + v + "'");
    }
  }
  if (out.empty()) die("bad version string '" + v + "'");
  return out;
}

// Compare the server version with a bound, using only as many components as the
// bound has: "15" matches any 15.x, "14.0" is compared with major.minor.
int compare_to_bound(const std::vector<long>& server, const std::vector<long>& bound) {
  for (size_t i = 0; i < bound.size(); ++i) {
    long s = i < server.size() ? server[i] : 0;
    if (s != bound[i]) return s < bound[i] ? -1 : 1;
  }
  return 0;
}

std::string one_line(std::string s) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

std::string str_field(const json& c, const char* key) {
  auto it = c.find(key);
  if (it == c.end() || it->is_null()) return {};
  if (it->is_string()) return it->get<std::string>();
  return it->dump();
}

void write_file(const fs::path& p, const std::string& text) {
  std::ofstream f(p, std::ios::binary);
  f << text;
  if (!f) die("cannot write " + p.string());
}

}  // namespace

int main(int argc, char** argv) {
  std::string data, out, server;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) die("option " + a + " needs a value");
      return argv[++i];
    };
    if (a == "--data") data = next();
    else if (a == "--out") out = next();
    else if (a == "--server-version") server = next();
    else die("unknown argument " + a +
             " (usage: psqldef_extract --data FILE --out DIR --server-version X.Y)");
  }
  if (data.empty() || out.empty() || server.empty())
    die("usage: psqldef_extract --data FILE --out DIR --server-version X.Y");
  const auto server_v = parse_version(server);

  std::ifstream in(data, std::ios::binary);
  if (!in) die("cannot read " + data);
  json doc;
  try {
    doc = json::parse(in);
  } catch (const std::exception& e) {
    die(data + ": " + e.what());
  }
  if (!doc.contains("cases") || !doc["cases"].is_array()) die(data + ": no \"cases\" array");

  fs::create_directories(out);
  std::ofstream manifest(fs::path(out) / "manifest.tsv", std::ios::binary);
  size_t n = 0;
  std::set<std::string> roles;
  for (const auto& c : doc["cases"]) {
    if (!c.is_object()) die(data + ": case " + std::to_string(n) + " is not an object");
    const std::string name = one_line(str_field(c, "name"));
    const std::string file = one_line(str_field(c, "file"));
    std::string skip;

    if (c.contains("error") && !c["error"].is_null()) {
      skip = "expected error: " + str_field(c, "error");
    }
    if (skip.empty()) {
      std::string flavor = str_field(c, "flavor");
      if (!flavor.empty() && flavor[0] != '!') skip = "requires flavor " + flavor;
    }
    if (skip.empty()) {
      std::string minv = str_field(c, "min_version");
      if (!minv.empty() && compare_to_bound(server_v, parse_version(minv)) < 0)
        skip = "requires PostgreSQL >= " + minv + " (server " + server + ")";
    }
    if (skip.empty()) {
      std::string maxv = str_field(c, "max_version");
      if (!maxv.empty() && compare_to_bound(server_v, parse_version(maxv)) > 0)
        skip = "requires PostgreSQL <= " + maxv + " (server " + server + ")";
    }
    if (skip.empty()) {
      std::string user = str_field(c, "user");
      if (!user.empty())
        skip = "runs as database user " + user +
               " (pre-made role and default schema are test-environment setup, not schema text)";
    }
    if (skip.empty() && !c.contains("desired") && !c.contains("current")) {
      skip = "neither current nor desired schema";
    }

    if (auto it = c.find("managed_roles"); it != c.end() && it->is_array()) {
      for (const auto& role : *it)
        if (role.is_string() && role.get<std::string>() != "PUBLIC")
          roles.insert(one_line(role.get<std::string>()));
    }

    fs::path dir = fs::path(out) / std::to_string(n);
    fs::create_directories(dir);
    write_file(dir / "current.sql", str_field(c, "current"));
    write_file(dir / "desired.sql", str_field(c, "desired"));
    manifest << n << '\t' << name << '\t' << file << '\t' << one_line(skip) << '\n';
    ++n;
  }
  if (!manifest) die("cannot write manifest");
  std::string role_lines;
  for (const auto& role : roles) role_lines += role + "\n";
  write_file(fs::path(out) / "roles.txt", role_lines);
  return 0;
}
