// schemadiff: diff two declared PostgreSQL schemas into a migration.
#include <CLI/CLI.hpp>

#include <pthread.h>

#include <iostream>
#include <map>
#include <set>

#include "diff/diff.h"
#include "diff/rename_hints.h"
#include "input_files.h"
#include "model/diagnostic.h"
#include "parser/loader.h"
#include "parser/renames.h"
#include "plan/plan.h"
#include "render/sql_render.h"
#include "verify_command.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitError = 1;
constexpr int kExitDestructive = 3;

// Prints diagnostics; unmodelled-statement warnings beyond the first few of a
// kind are summarised unless --verbose.
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

bool Load(const std::string& path, sd::model::Catalog* catalog, std::vector<sd::model::Diagnostic>* diagnostics) {
  std::vector<sd::parser::Input> inputs;
  std::string error;
  if (!sd::tools::ReadInputs(path, &inputs, &error)) {
    std::cerr << "schemadiff: error: " << error << "\n";
    return false;
  }
  return sd::parser::LoadSchema(inputs, catalog, diagnostics);
}

}  // namespace

int RunMain(int argc, char** argv) {
  if (argc > 1 && std::string(argv[1]) == "verify") return sd::tools::RunVerify(argc - 1, argv + 1);
  CLI::App app{"schemadiff: PostgreSQL schema diff and migration planner"};
  app.set_version_flag("--version", "schemadiff 0.1.0");
  std::string old_path, new_path;
  bool down = false, allow_destructive = false, verbose = false;
  app.add_option("OLD", old_path, "old schema: .sql file, directory of .sql files, or -")->required();
  app.add_option("NEW", new_path, "new schema: .sql file, directory of .sql files, or -")->required();
  app.add_flag("--down", down, "print the backward migration (NEW → OLD)");
  app.add_flag("--allow-destructive", allow_destructive, "emit statements that can lose data");
  app.add_flag("-v,--verbose", verbose, "list every warning and note");
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
  sd::model::Catalog old_catalog, new_catalog;
  std::vector<sd::model::Diagnostic> diagnostics;
  bool ok_old = Load(old_path, &old_catalog, &diagnostics);
  bool ok_new = Load(new_path, &new_catalog, &diagnostics);
  if (!ok_old || !ok_new) {
    PrintDiagnostics(diagnostics, verbose);
    return kExitError;
  }

  // Renames annotated in NEW are applied to OLD first; the diff then sees the
  // renamed objects as the same ones. One diff; the backward migration is its
  // inverse, not a second diff.
  std::vector<sd::model::Rename> renames = sd::parser::ApplyRenameAnnotations(&old_catalog, new_catalog, &diagnostics);
  std::vector<sd::diff::Change> changes = sd::diff::RenameChanges(renames);
  for (auto& change : sd::diff::Diff(old_catalog, new_catalog)) changes.push_back(std::move(change));
  const sd::model::Catalog* from = &old_catalog;
  const sd::model::Catalog* to = &new_catalog;
  // Never guess a rename of data-bearing objects; say what looks like one.
  for (const auto& hint : sd::diff::RenameHints(changes)) std::cerr << "schemadiff: warning: " << hint << "\n";
  if (down) {
    changes = sd::diff::Invert(changes);
    std::swap(from, to);
  }
  PrintDiagnostics(diagnostics, verbose);
  sd::plan::Plan plan;
  std::string error;
  if (!sd::plan::BuildPlan(changes, *from, *to, &plan, &error)) {
    std::cerr << "schemadiff: error: " << error << "\n";
    return kExitError;
  }
  sd::render::SqlScript script = sd::render::RenderSql(plan, {allow_destructive});
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

// Parse trees of long expression chains nest deeply, and protobuf-c, the
// deparser and our canonicaliser all recurse over them: run on a thread with
// a large stack (reserved, not committed) instead of the default 8 MB.
int main(int argc, char** argv) {
  constexpr size_t kStackBytes = size_t{1} << 30;
  MainCall call{argc, argv, 1};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, kStackBytes);
  pthread_t thread;
  if (pthread_create(&thread, &attr, MainThread, &call) != 0) return RunMain(argc, argv);
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
  return call.result;
}
