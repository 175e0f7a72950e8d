#include "check_command.h"

#include <CLI/CLI.hpp>

#include <ctime>
#include <filesystem>
#include <iostream>
#include <set>
#include <sstream>

#include "check_replay.h"
#include "check_verify.h"
#include "verify_compare.h"
#include "input_files.h"
#include "migration.h"
#include "migration_dir.h"
#include "migration_sum.h"
#include "render/sql_render.h"

namespace sd::tools {

namespace {

constexpr int kOk = 0, kError = 1, kDrift = 2, kDestructive = 3;

struct Options {
  std::string schema, dir, layout = "auto", dev_url, pg_bindir, name = "schemadiff_fix", version;
  bool verify = false, fix = false, update_sum = false, allow_destructive = false, verbose = false;
};

bool ParseOptions(int argc, char** argv, Options* o, int* code) {
  CLI::App app{"schemadiff check: do the migrations in a directory produce the declared schema?"};
  app.name("schemadiff check");
  app.add_option("--schema", o->schema, "the declared schema: .sql file, directory of .sql files, or -")->required();
  app.add_option("--migrations", o->dir, "the migrations directory")->required();
  app.add_option("--layout", o->layout, "its naming (default auto: detected from the file names)")
      ->check(CLI::IsMember({"auto", "golang-migrate", "flyway", "dbmate", "plain"}));
  app.add_flag("--verify", o->verify,
               "replay on a real PostgreSQL (private throwaway server, or --dev-url) instead of offline");
  app.add_option("--dev-url", o->dev_url, "with --verify: use this server (postgresql://… or key=value)");
  app.add_option("--pg-bindir", o->pg_bindir, "with --verify: directory of the PostgreSQL programs");
  app.add_flag("--fix", o->fix, "write the missing migration (replayed → declared) as the directory's next one");
  app.add_option("--name", o->name, "with --fix: the new migration's name (default schemadiff_fix)");
  app.add_option("--version", o->version, "with --fix: the new migration's version (default: the next one)");
  app.add_flag("--allow-destructive", o->allow_destructive, "with --fix: allow statements that can lose data");
  app.add_flag("--update-sum", o->update_sum,
               "rewrite schemadiff.sum from the files as they are (after reviewing them), then check");
  app.add_flag("-v,--verbose", o->verbose, "list every warning and note of the migrations and the schema");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    *code = app.exit(e) == 0 ? kOk : kError;
    return false;
  }
  return true;
}

// Errors always (file:line:col with a caret); warnings and notes with -v,
// else counted once.
void PrintDiagnostics(const std::vector<model::Diagnostic>& diagnostics, bool verbose) {
  std::set<std::string> printed;
  size_t hidden = 0;
  for (const auto& d : diagnostics) {
    std::string text = model::FormatDiagnostic(d);
    if (!printed.insert(text).second) continue;
    if (d.severity != model::Severity::kError && !verbose) {
      hidden += d.severity == model::Severity::kWarning;
      continue;
    }
    std::cerr << text;
  }
  if (hidden)
    std::cerr << "schemadiff check: " << hidden
              << " warning(s) about statements schemadiff does not model (-v lists them)\n";
}

std::string Or(const std::string& s, const std::string& fallback) { return s.empty() ? fallback : s; }

// A difference between the declared schema (expected) and what the
// migrations produce (actual), in words.
std::string DescribeDrift(const Difference& d) {
  std::string out = d.object + ": ";
  if (d.problem == "missing") return out + "declared, but the migrations do not produce it" +
                                     (d.expected.empty() ? "" : " (" + d.expected + ")");
  if (d.problem == "unexpected") return out + "produced by the migrations, but not declared" +
                                        (d.actual.empty() ? "" : " (" + d.actual + ")");
  out += d.aspect.empty() ? "differs" : d.aspect + " differs";
  if (!d.expected.empty() || !d.actual.empty())
    out += ": declared " + Or(d.expected, "(none)") + ", the migrations produce " + Or(d.actual, "(none)");
  return out;
}

// A difference between the catalog before an up (expected) and after the
// up and its down (actual).
std::string DescribeUndo(const Difference& d) {
  std::string out = d.object + ": ";
  if (d.problem == "missing") return out + "gone after up + down, but there before the up";
  if (d.problem == "unexpected") return out + "left behind: the up creates it and the down does not remove it" +
                                        (d.actual.empty() ? "" : " (" + d.actual + ")");
  out += d.aspect.empty() ? "differs" : d.aspect + " differs";
  if (!d.expected.empty() || !d.actual.empty())
    out += ": before the up " + Or(d.expected, "(none)") + ", after up + down " + Or(d.actual, "(none)");
  return out;
}

std::string Indent(const std::string& text, const std::string& prefix) {
  std::istringstream in(text);
  std::string line, out;
  while (std::getline(in, line)) out += prefix + line + "\n";
  return out;
}

void PrintLine(const char* what, bool ok, const std::string& summary) {
  std::string label = what;
  label.resize(8, ' ');
  std::cout << label << (ok ? "ok    " : "FAIL  ") << summary << "\n";
}

int PrintBadDowns(const std::vector<BadDown>& bad, size_t checked, const char* where) {
  if (bad.empty()) {
    if (checked) PrintLine("downs", true, std::to_string(checked) + " down(s) undo their up (" + where + ")");
    return kOk;
  }
  PrintLine("downs", false, std::to_string(bad.size()) + " of " + std::to_string(checked) +
                                " down(s) do not undo their up (" + where + "):");
  for (const auto& b : bad) {
    std::cout << "  - " << b.down_file << (b.down_file == b.up_file ? " (down section)" : "") << "\n";
    if (!b.error.empty()) std::cout << "      fails: " << Indent(b.error, "        ").substr(8);
    for (const auto& d : b.differences) std::cout << "      " << DescribeUndo(d) << "\n";
  }
  return kDrift;
}

bool LoadDeclared(const Options& o, std::vector<parser::Input>* inputs, model::Catalog* catalog) {
  std::string error;
  if (!ReadInputs(o.schema, inputs, &error)) {
    std::cerr << "schemadiff check: error: " << error << "\n";
    return false;
  }
  std::vector<model::Diagnostic> diagnostics;
  bool ok = parser::LoadSchema(*inputs, catalog, &diagnostics);
  PrintDiagnostics(diagnostics, o.verbose);
  return ok;
}

// The directory's migrations replayed offline, and the plan from them to
// the declared schema. False after printing an error.
struct Offline {
  Layout layout = Layout::kGolangMigrate;
  bool layout_known = false;
  std::vector<MigrationEntry> migrations;
  Replay replay;
  Migrations plan;  ///< replayed → declared
};

bool RunOffline(const Options& o, const model::Catalog& declared, bool check_downs, Offline* out) {
  std::string error;
  out->layout_known = o.layout != "auto";
  if (out->layout_known) ParseLayoutName(o.layout, &out->layout);
  std::vector<std::string> files;
  if (!ListSqlFiles(o.dir, &files, &error)) {
    std::cerr << "schemadiff check: error: " << error << "\n";
    return false;
  }
  if (!files.empty()) out->layout_known = true;
  if (!ReadMigrationDir(o.dir, o.layout == "auto", &out->layout, &out->migrations, &error)) {
    std::cerr << "schemadiff check: error: " << error << "\n";
    return false;
  }
  out->replay = ReplayMigrations(out->migrations, check_downs);
  PrintDiagnostics(out->replay.diagnostics, o.verbose);
  if (!out->replay.ok) {
    std::cerr << "schemadiff check: error: the migrations do not apply (see above)\n";
    return false;
  }
  std::vector<model::Diagnostic> notes;
  if (!PlanMigrations(out->replay.catalog, declared, &out->plan, &notes, &error)) {
    std::cerr << "schemadiff check: error: " << error << "\n";
    return false;
  }
  return true;
}

// Writes the fix as the next migration. Returns an exit code.
int WriteFix(const Options& o, const Offline& offline) {
  render::SqlScript up = render::RenderSql(offline.plan.up, {o.allow_destructive});
  if (!up.withheld.empty()) {
    std::cerr << "schemadiff check: --fix: " << up.withheld.size()
              << " statement(s) can lose data; nothing written (rerun with --allow-destructive):\n";
    for (const auto* step : up.withheld) std::cerr << "  - " << step->destructive_reason << "\n";
    return kDestructive;
  }
  if (!offline.layout_known) {
    std::cerr << "schemadiff check: error: --fix: " << o.dir
              << " has no migrations to take the layout from: pass --layout\n";
    return kError;
  }
  std::string error;
  if (!ValidMigrationName(o.name, &error)) {
    std::cerr << "schemadiff check: error: " << error << "\n";
    return kError;
  }
  NextMigration request;
  request.dir = o.dir;
  request.layout = offline.layout;
  request.name = o.name;
  request.requested_version = o.version;
  request.now = std::time(nullptr);
  request.up_sql = up.text;
  request.down_sql = render::RenderSql(offline.plan.down, {true}).text;
  Layout layout;
  std::vector<std::string> written;
  if (!WriteNextMigration(request, &layout, &written, &error)) {
    std::cerr << "schemadiff check: error: --fix: " << error << "\n";
    return kError;
  }
  PrintLine("fix", true, std::string("wrote the missing migration (") + LayoutName(layout) + "):");
  for (const auto& path : written) std::cout << "  " << path << "\n";
  return kOk;
}

}  // namespace

int RunCheck(int argc, char** argv) {
  Options o;
  int code = kOk;
  if (!ParseOptions(argc, argv, &o, &code)) return code;
  std::error_code ec;
  if (!std::filesystem::is_directory(o.dir, ec)) {
    std::cerr << "schemadiff check: error: " << o.dir << ": not a directory\n";
    return kError;
  }
  std::string error;
  if (o.update_sum) {
    if (!WriteSum(o.dir, &error)) {
      std::cerr << "schemadiff check: error: " << error << "\n";
      return kError;
    }
    std::cerr << "schemadiff check: wrote " << (std::filesystem::path(o.dir) / kSumFileName).string() << "\n";
  }
  std::vector<parser::Input> schema_inputs;
  model::Catalog declared;
  if (!LoadDeclared(o, &schema_inputs, &declared)) return kError;
  Offline offline;
  if (!RunOffline(o, declared, !o.verify, &offline)) return kError;

  std::cout << "schemadiff check: " << o.dir << " ("
            << (offline.layout_known ? LayoutName(offline.layout) : "empty") << ", "
            << offline.migrations.size() << " migration(s)) against " << o.schema << "\n";
  int result = kOk;
  std::vector<std::string> sum_problems;
  if (!CheckSum(o.dir, &sum_problems, &error)) {
    std::cerr << "schemadiff check: error: " << error << "\n";
    return kError;
  }
  if (sum_problems.empty()) {
    PrintLine("sum", true, std::string(kSumFileName) + " matches the migration files");
  } else {
    PrintLine("sum", false, std::string(kSumFileName) + " does not match the directory:");
    for (const auto& p : sum_problems) std::cout << "  - " << p << "\n";
    result = kDrift;
  }

  std::vector<Difference> drift;
  if (o.verify) {
    PgCheckRequest request{o.dev_url, o.pg_bindir, &offline.migrations, &schema_inputs};
    PgCheckResult pg = RunPgCheck(request);
    if (pg.interrupted) {
      std::cerr << "schemadiff check: interrupted by signal " << pg.interrupted << "; "
                << (o.dev_url.empty() ? "the private server was stopped and its directory removed"
                                      : "the scratch databases were dropped")
                << "\n";
      return 128 + pg.interrupted;
    }
    if (!pg.error.empty()) {
      std::cerr << "schemadiff check: error: " << pg.error << "\n";
      return kError;
    }
    PrintLine("replay", true, "the migrations apply in order on PostgreSQL");
    result = std::max(result, PrintBadDowns(pg.bad_downs, pg.downs_checked, "on PostgreSQL"));
    drift = std::move(pg.drift);
  } else {
    PrintLine("replay", true, "the migrations apply in order (offline)");
    result = std::max(result, PrintBadDowns(offline.replay.bad_downs, offline.replay.downs_checked, "offline"));
    if (!offline.plan.changes.empty()) drift = Compare(declared, offline.replay.catalog);
    // A change the words above cannot show (a rename): still drift.
    if (!offline.plan.changes.empty() && drift.empty())
      drift.push_back({"the schema", "differs", "", "", "", ""});
  }
  std::string where = o.verify ? "on PostgreSQL" : "offline";
  if (drift.empty()) {
    PrintLine("drift", true, "the migrations produce the declared schema (" + where + ")");
    return result;
  }
  PrintLine("drift", false, "the migrations do not produce the declared schema (" + where + "; " +
                                std::to_string(drift.size()) + " difference(s)):");
  for (const auto& d : drift) std::cout << "  - " << DescribeDrift(d) << "\n";
  std::string fix_sql = render::RenderSql(offline.plan.up, {o.allow_destructive}).text;
  if (!fix_sql.empty()) {
    std::cout << "  SQL that makes the migrations produce it (`schemadiff check --fix` writes it as the next "
                 "migration):\n"
              << Indent(fix_sql, "    ");
  }
  if (!o.fix) return std::max(result, kDrift);
  if (fix_sql.empty()) {
    std::cerr << "schemadiff check: --fix: offline, the migrations already produce the declared schema; the "
                 "difference PostgreSQL shows cannot be fixed by a migration schemadiff derives\n";
    return std::max(result, kDrift);
  }
  if (!sum_problems.empty()) {
    std::cerr << "schemadiff check: --fix: nothing written while " << kSumFileName
              << " does not match the directory (see above)\n";
    return std::max(result, kDrift);
  }
  int fix = WriteFix(o, offline);
  if (fix != kOk) return fix;
  // Proof, not hope: replay again with the new migration.
  Offline again;
  if (!RunOffline(o, declared, false, &again)) return kError;
  if (!again.plan.changes.empty()) {
    PrintLine("drift", false, "still differs after the fix (a schemadiff bug: please report it)");
    return kDrift;
  }
  PrintLine("drift", true, "with the new migration, the migrations produce the declared schema (offline)");
  return result;
}

}  // namespace sd::tools
