#include "verify_pg.h"

#include <unistd.h>

#include <random>
#include <sstream>

#include "model/quote.h"
#include "process.h"

namespace sd::tools {

namespace {

// psql names standard input "<stdin>" in its messages: name the real source.
std::string RenameStdin(const std::string& messages, const std::string& name) {
  std::string out = messages;
  const std::string from = "psql:<stdin>:";
  for (size_t pos = out.find(from); pos != std::string::npos; pos = out.find(from, pos)) {
    out.replace(pos, from.size(), name + ":");
    pos += name.size() + 1;
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

std::string RandomHex(int digits) {
  std::random_device device;
  std::mt19937_64 generator(device());
  static const char* kHex = "0123456789abcdef";
  std::string out;
  for (int i = 0; i < digits; ++i) out += kHex[generator() % 16];
  return out;
}

}  // namespace

bool PgClient::RunPsql(const std::string& db, const std::vector<std::string>& extra, const std::string& input,
                       bool interruptible, std::string* out, std::string* error) const {
  ProcessSpec spec;
  spec.argv = {programs_.psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d",
               db.empty() ? connection_.conninfo : connection_.ForDatabase(db)};
  spec.argv.insert(spec.argv.end(), extra.begin(), extra.end());
  spec.argv.insert(spec.argv.end(), {"-f", "-"});
  spec.stdin_text = input;
  spec.set_env = connection_.set_env;
  spec.unset_env = connection_.unset_env;
  spec.interruptible = interruptible;
  ProcessResult result;
  if (!RunProcess(spec, &result, error)) return false;
  if (out) *out = result.out;
  if (!result.ok()) {
    *error = result.interrupted ? "interrupted" : result.err.empty() ? "psql: " + DescribeExit(result) : result.err;
    return false;
  }
  return true;
}

bool PgClient::RunScript(const std::string& db, const std::string& text, const std::string& name, std::string* error,
                         bool interruptible) const {
  if (RunPsql(db, {}, text, interruptible, nullptr, error)) return true;
  *error = RenameStdin(*error, name);
  return false;
}

bool PgClient::Query(const std::string& db, const std::string& sql, std::string* out, std::string* error) const {
  if (RunPsql(db, {"-A", "-t", "-F", "\t"}, sql, true, out, error)) return true;
  *error = RenameStdin(*error, "query");
  return false;
}

bool PgClient::DumpSchema(const std::string& db, std::string* text, std::string* error) const {
  ProcessSpec spec;
  spec.argv = {programs_.pg_dump, "--schema-only", "--no-owner", "--no-privileges", "-d", connection_.ForDatabase(db)};
  spec.set_env = connection_.set_env;
  spec.unset_env = connection_.unset_env;
  ProcessResult result;
  if (!RunProcess(spec, &result, error)) return false;
  if (!result.ok()) {
    *error = result.interrupted ? "interrupted" : "pg_dump failed (" + DescribeExit(result) + "): " + result.err;
    return false;
  }
  *text = std::move(result.out);
  return true;
}

ScratchDatabases::ScratchDatabases(const PgClient* client) : client_(client) {
  // Unique per run so that concurrent runs on one --dev-url server never meet.
  prefix_ = "schemadiff_verify_" + std::to_string(getpid()) + "_" + RandomHex(8);
}

bool ScratchDatabases::Create(const std::vector<std::string>& roles, std::vector<std::string>* names,
                              std::string* error) {
  std::string sql;
  for (const auto& role : roles) {
    std::string name = prefix_ + "_" + role;
    // Recorded first: an interrupted CREATE may still have committed.
    created_.push_back(name);
    names->push_back(name);
    sql += "CREATE DATABASE " + model::QuoteIdent(name) + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C';\n";
  }
  // Not interruptible: a CREATE DATABASE whose client was killed still
  // commits on the server, after our DROP would have looked for it.
  if (!client_->RunScript("", sql, "CREATE DATABASE", error, false)) return false;
  if (InterruptRequested()) {
    *error = "interrupted";
    return false;
  }
  return true;
}

void ScratchDatabases::Drop() {
  for (const auto& name : created_) {
    std::string error;
    // WITH (FORCE) needs PostgreSQL 13; older servers get the plain form.
    if (!client_->RunScript("", "DROP DATABASE IF EXISTS " + model::QuoteIdent(name) + " WITH (FORCE);\n", "DROP",
                            &error, false))
      client_->RunScript("", "DROP DATABASE IF EXISTS " + model::QuoteIdent(name) + ";\n", "DROP", &error, false);
  }
  created_.clear();
}

std::string LineOf(const std::string& text, int line) {
  std::stringstream in(text);
  std::string current;
  for (int i = 1; std::getline(in, current); ++i)
    if (i == line) {
      size_t b = current.find_first_not_of(" \t");
      return b == std::string::npos ? "" : current.substr(b);
    }
  return "";
}

}  // namespace sd::tools
