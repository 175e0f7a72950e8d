// schemadiff: diff two declared PostgreSQL schemas into a migration.
#include <CLI/CLI.hpp>

#include <pthread.h>

#include <iostream>
#include <map>
#include <set>

#include "audit/audit.h"
#include "input_files.h"
#include "migration.h"
#include "model/diagnostic.h"
#include "bundle.h"
#include "output_options.h"
#include "report/plan_json.h"
#include "parser/loader.h"
#include "plan/plan.h"
#include "render/sql_render.h"
#include "verify_command.h"
#include "check_command.h"
#include "layout_output.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitError = 1;
constexpr int kExitDestructive = 3;

// Prints diagnostics; unmodelled-statement warnings beyond the first few of a
// kind are summarised unless --verbose.
// One line per hazard on stderr: code, message, and the step it belongs to.
void PrintHazards(const sd::plan::Plan& plan) {
  size_t count = 0;
  for (const auto& step : plan.steps) count += step.hazards.size();
  if (count == 0) return;
  std::cerr << "schemadiff: " << count << " hazard(s) (docs/hazards/<code>.md says why and what to do):\n";
  for (const auto& step : plan.steps)
    for (const auto& hazard : step.hazards) std::cerr << "  " << hazard.code << " " << hazard.message << "\n";
}

void PrintDiagnostics(const std::vector<sd::model::Diagnostic>& diagnostics, bool verbose) {
  std::map<std::string, int> seen;
  std::map<std::string, int> hidden;
  std::set<std::string> printed;
  for (const auto& d : diagnostics) {
    // OLD and NEW may be the same file: say each thing once.
    if (!printed.insert(sd::model::FormatDiagnostic(d)).second) continue;
    if (d.severity == sd::model::Severity::kNote && !verbose) continue;
    std::string kind = d.code + d.message;
    if (!verbose && d.severity == sd::model::Severity::kWarning && ++seen[kind] > 3) {
      hidden[d.message]++;
      continue;
    }
    std::cerr << sd::model::FormatDiagnostic(d);
  }
  for (const auto& [message, count] : hidden)
    std::cerr << "warning: " << count << " more like this: " << message << " (--verbose lists all)\n";
}

// A PostgreSQL duration as SET accepts it ("5s", "500ms", "1min", "0"):
// digits and a unit only, so the value cannot carry other SQL.
CLI::Validator TimeoutValidator() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        size_t digits = 0;
        while (digits < value.size() && value[digits] >= '0' && value[digits] <= '9') ++digits;
        static const char* const kUnits[] = {"", "us", "ms", "s", "min", "h", "d"};
        for (const char* unit : kUnits)
          if (digits > 0 && value.substr(digits) == unit) return "";
        return "not a duration: " + value + " (digits and one of us, ms, s, min, h, d)";
      },
      "DURATION");
}

// Parse trees of long expression chains nest deeply, and protobuf-c, the
// deparser and our canonicaliser all recurse over them: work runs on threads
// with a large stack (reserved, not committed) instead of the default 8 MB.
constexpr size_t kStackBytes = size_t{1} << 30;

// Starts `run(arg)` on a thread with a kStackBytes stack; false if it could not.
bool StartLargeStackThread(void* (*run)(void*), void* arg, pthread_t* thread) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, kStackBytes);
  bool started = pthread_create(thread, &attr, run, arg) == 0;
  pthread_attr_destroy(&attr);
  return started;
}

// One schema to load: its path in, its catalog and diagnostics out.
struct LoadJob {
  std::string path;
  sd::model::Catalog catalog;
  std::vector<sd::model::Diagnostic> diagnostics;
  std::string read_error;  ///< the file or directory could not be read
  bool ok = false;
};

void RunLoad(LoadJob* job) {
  std::vector<sd::parser::Input> inputs;
  if (!sd::tools::ReadInputs(job->path, &inputs, &job->read_error, sd::tools::ReadMode::kMapFiles)) return;
  job->ok = sd::parser::LoadSchema(std::move(inputs), &job->catalog, &job->diagnostics);
}

void* LoadThread(void* arg) {
  RunLoad(static_cast<LoadJob*>(arg));
  return nullptr;
}

// Loads OLD and NEW at the same time, OLD on a second large-stack thread:
// the two loads share nothing, and parsing is most of a run's time.
// Diagnostics keep OLD's first.
bool LoadBoth(LoadJob& old_job, LoadJob& new_job, std::vector<sd::model::Diagnostic>* diagnostics) {
  pthread_t thread;
  bool threaded = StartLargeStackThread(LoadThread, &old_job, &thread);
  if (!threaded) RunLoad(&old_job);
  RunLoad(&new_job);
  if (threaded) pthread_join(thread, nullptr);
  for (LoadJob* job : {&old_job, &new_job}) {
    if (!job->read_error.empty()) std::cerr << "schemadiff: error: " << job->read_error << "\n";
    diagnostics->insert(diagnostics->end(), job->diagnostics.begin(), job->diagnostics.end());
  }
  return old_job.ok && new_job.ok;
}

}  // namespace

int RunMain(int argc, char** argv) {
  if (argc > 1 && std::string(argv[1]) == "verify") return sd::tools::RunVerify(argc - 1, argv + 1);
  if (argc > 1 && std::string(argv[1]) == "check") return sd::tools::RunCheck(argc - 1, argv + 1);
  CLI::App app{"schemadiff: PostgreSQL schema diff and migration planner"};
  app.set_version_flag("--version", "schemadiff 0.1.0");
  std::string old_path, new_path;
  bool down = false, allow_destructive = false, verbose = false;
  app.add_option("OLD", old_path, "old schema: .sql file, directory of .sql files, or -")->required();
  app.add_option("NEW", new_path, "new schema: .sql file, directory of .sql files, or -")->required();
  app.add_flag("--down", down, "print the backward migration (NEW → OLD)");
  app.add_flag("--allow-destructive", allow_destructive, "emit statements that can lose data");
  sd::tools::LayoutOptions layout;  // -o DIR --layout L: the next migration of a directory (docs/check.md)
  sd::tools::AddLayoutOptions(&app, &layout, argc, argv);
  bool audit = false;
  app.add_flag("--audit", audit, "print the pre-flight data audit (a psql script) instead of the migration")
      ->excludes("--down");
  app.add_flag("-v,--verbose", verbose, "list every warning and note");
  bool ignore_owners = false, ignore_privileges = false;
  app.add_flag("--ignore-owners", ignore_owners, "do not compare or migrate owners (ALTER ... OWNER TO)");
  app.add_flag("--ignore-privileges", ignore_privileges,
               "do not compare or migrate GRANT / REVOKE and ALTER DEFAULT PRIVILEGES");
  bool online = false;
  std::string lock_timeout = "5s", statement_timeout = "0";
  auto* online_flag = app.add_flag("--online", online,
                                   "avoid long locks and blocking scans: CONCURRENTLY, NOT VALID + VALIDATE, "
                                   "expand / backfill / contract phases (docs/online.md)");
  app.add_option("--lock-timeout", lock_timeout, "with --online: SET lock_timeout first (default 5s; 0 = wait forever)")
      ->check(TimeoutValidator())
      ->needs(online_flag);
  app.add_option("--statement-timeout", statement_timeout,
                 "with --online: SET statement_timeout first (default 0 = no limit)")
      ->check(TimeoutValidator())
      ->needs(online_flag);
  sd::tools::OutputOptions output;
  sd::tools::AddOutputOptions(&app, &output);  // after the other options: -o may be registered already
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitError;
  }
  if (old_path == "-" && new_path == "-") {
    std::cerr << "schemadiff: error: OLD and NEW cannot both be standard input\n";
    return kExitError;
  }
  // Left allocated on purpose: the process ends right after the output, and
  // freeing two large catalogs object by object costs a few percent of a run.
  auto* old_job = new LoadJob;
  auto* new_job = new LoadJob;
  old_job->path = old_path;
  new_job->path = new_path;
  sd::model::Catalog& old_catalog = old_job->catalog;
  sd::model::Catalog& new_catalog = new_job->catalog;
  std::vector<sd::model::Diagnostic> diagnostics;
  if (!LoadBoth(*old_job, *new_job, &diagnostics)) {
    PrintDiagnostics(diagnostics, verbose);
    return kExitError;
  }

  PrintDiagnostics(diagnostics, verbose);
  // Users who do not manage owners or privileges: neither side declares any.
  for (sd::model::Catalog* catalog : {&old_catalog, &new_catalog}) {
    if (ignore_owners) catalog->owners.clear();
    if (ignore_privileges) catalog->grants.clear();
  }
  sd::tools::Migrations& migrations = *new sd::tools::Migrations;  // not freed either
  std::vector<sd::model::Diagnostic> notes;
  std::string error;
  // Plain SQL output and the audit need one direction; the bundle, the
  // layouts and JSON show both.
  std::string bundle_probe;
  bool both = sd::tools::WantsLayout(layout) || sd::tools::WantsBundle(app, output, &bundle_probe) ||
              output.format == "json";
  auto directions = both ? sd::tools::Directions::kBoth
                         : (down && !audit ? sd::tools::Directions::kDownOnly : sd::tools::Directions::kUpOnly);
  if (!sd::tools::PlanMigrations(std::move(old_catalog), new_catalog, &migrations, &notes, &error, {online},
                                 directions)) {
    std::cerr << "schemadiff: error: " << error << "\n";
    return kExitError;
  }
  PrintDiagnostics(notes, verbose);
  // Never guess a rename of data-bearing objects; say what looks like one.
  for (const auto& hint : migrations.rename_hints) std::cerr << "schemadiff: warning: " << hint << "\n";
  const sd::plan::Plan& plan = down ? migrations.down : migrations.up;
  if (audit) {  // docs/audit.md; the forward plan only
    std::cout << sd::audit::RenderAudit(migrations.changes, migrations.renamed_old, new_catalog, migrations.up);
    return kExitOk;
  }
  sd::render::SqlOptions sql_options{allow_destructive, lock_timeout, statement_timeout};
  if (sd::tools::WantsLayout(layout)) {
    PrintHazards(migrations.up);
    return sd::tools::WriteLayoutMigration(layout, migrations, sql_options);
  }
  std::string bundle_dir;
  if (sd::tools::WantsBundle(app, output, &bundle_dir))  // one summary line on stderr, no listings
    return sd::tools::WriteBundle({bundle_dir, output.compat_schema, down, &migrations, &new_catalog,
                                   sd::tools::MakeReport(migrations, sql_options, diagnostics, notes)});
  PrintHazards(plan);
  sd::render::SqlScript script = sd::render::RenderSql(plan, sql_options);
  if (output.format == "json")
    std::cout << sd::report::RenderPlanJson(sd::tools::MakeReport(migrations, sql_options, diagnostics, notes), down);
  else
    std::cout << script.text;
  if (!script.withheld.empty()) {
    std::cerr << "schemadiff: " << script.withheld.size()
              << " statement(s) withheld because they can lose data (rerun with --allow-destructive):\n";
    for (const auto* step : script.withheld) std::cerr << "  - " << step->destructive_reason << "\n";
    return kExitDestructive;
  }
  return kExitOk;
}

namespace {

struct MainCall {
  int argc;
  char** argv;
  int result;
};

void* MainThread(void* arg) {
  auto* call = static_cast<MainCall*>(arg);
  call->result = RunMain(call->argc, call->argv);
  return nullptr;
}

}  // namespace

// The whole run is on a large-stack thread (see kStackBytes).
int main(int argc, char** argv) {
  MainCall call{argc, argv, 1};
  pthread_t thread;
  if (!StartLargeStackThread(MainThread, &call, &thread)) return RunMain(argc, argv);
  pthread_join(thread, nullptr);
  return call.result;
}
