#include "verify_command.h"


#include <CLI/CLI.hpp>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <mutex>
#include <functional>
#include <pthread.h>

#include "diff/diff.h"
#include "input_files.h"
#include "migration.h"
#include "plan/plan.h"
#include "process.h"
#include "render/sql_render.h"
#include "verify_cluster.h"
#include "verify_lane.h"
#include "verify_pg.h"
#include "verify_report.h"

namespace sd::tools {

namespace {

struct Options {
  std::string old_path, new_path, dev_url, pg_bindir;
  std::string format = "text";
  bool data = false;
  bool verbose = false;
};

// A line per phase on stderr, only for a person watching a terminal.
class Progress {
 public:
  Progress() : enabled_(isatty(STDERR_FILENO) != 0), start_(std::chrono::steady_clock::now()) {}
  void Line(const std::string& text) {
    if (!enabled_) return;
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    std::lock_guard<std::mutex> lock(mutex_);
    std::fprintf(stderr, "schemadiff verify: [%6.2fs] %s\n", seconds, text.c_str());
  }
  void Done(const Phase& phase) { Line(phase.name + ": " + StatusName(phase.status)); }

 private:
  bool enabled_;
  std::chrono::steady_clock::time_point start_;
  std::mutex mutex_;
};

bool ParseOptions(int argc, char** argv, Options* o, int* code) {
  CLI::App app{"schemadiff verify: prove the forward and backward migrations on a real PostgreSQL"};
  app.name("schemadiff verify");
  app.add_option("OLD", o->old_path, "old schema: .sql file, directory of .sql files, or -")->required();
  app.add_option("NEW", o->new_path, "new schema: .sql file, directory of .sql files, or -")->required();
  app.add_option("--dev-url", o->dev_url,
                 "use this server (postgresql://… or key=value) instead of a private one; verify creates and drops "
                 "its own scratch databases there");
  app.add_option("--format", o->format, "report format")->check(CLI::IsMember({"text", "json"}));
  app.add_flag("--data", o->data, "also fill OLD/NEW with generated rows and check that no carried row is lost");
  app.add_option("--pg-bindir", o->pg_bindir, "directory of the PostgreSQL programs (default: newest installed)");
  app.add_flag("-v,--verbose", o->verbose, "list the statements schemadiff does not model");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    *code = app.exit(e) == 0 ? 0 : 1;
    return false;
  }
  if (o->old_path == "-" && o->new_path == "-") {
    std::cerr << "schemadiff verify: error: OLD and NEW cannot both be standard input\n";
    *code = 1;
    return false;
  }
  return true;
}

// Reads and parses one side; errors go to `phase`.
bool ReadSide(const std::string& path, const Options& o, SchemaSide* side, Phase* phase, size_t* warnings) {
  std::string error;
  if (!ReadInputs(path, &side->inputs, &error)) {
    phase->detail += error + "\n";
    return false;
  }
  std::vector<model::Diagnostic> diagnostics;
  bool ok = parser::LoadSchema(side->inputs, &side->catalog, &diagnostics);
  for (const auto& d : diagnostics) {
    if (d.severity == model::Severity::kError) phase->detail += model::FormatDiagnostic(d);
    if (d.severity == model::Severity::kWarning) {
      ++*warnings;
      if (o.verbose) std::cerr << model::FormatDiagnostic(d);
    }
  }
  return ok;
}

Phase ParseAndPlan(const Options& o, SchemaSide* old_side, SchemaSide* new_side, Migration* up, Migration* down) {
  Phase p;
  p.name = "parse";
  size_t warnings = 0;
  bool ok_old = ReadSide(o.old_path, o, old_side, &p, &warnings);
  bool ok_new = ReadSide(o.new_path, o, new_side, &p, &warnings);
  if (!ok_old || !ok_new) {
    p.status = PhaseStatus::kError;
    p.summary = std::string(!ok_old ? "OLD" : "NEW") + (!ok_old && !ok_new ? " and NEW" : "") +
                " cannot be read or parsed (an input error)";
    return p;
  }
  // The same planning as `schemadiff OLD NEW` (tools/migration.cc). OLD's own
  // catalog stays as loaded: the backward direction is compared with it.
  Migrations migrations;
  std::vector<model::Diagnostic> notes;
  std::string error;
  if (!PlanMigrations(old_side->catalog, new_side->catalog, &migrations, &notes, &error)) {
    p.status = PhaseStatus::kError;
    p.summary = "cannot plan the migrations";
    p.detail = error;
    return p;
  }
  // Verify applies everything, data-losing steps included.
  up->sql = render::RenderSql(migrations.up, {true}).text;
  up->steps = migrations.up.steps.size();
  down->sql = render::RenderSql(migrations.down, {true}).text;
  down->steps = migrations.down.steps.size();
  for (const auto& c : migrations.changes) {
    if (c.aspect != diff::Aspect::kRename) continue;
    const auto& a = std::get<model::ObjectRef>(c.before);
    const auto& b = std::get<model::ObjectRef>(c.after);
    up->renames.push_back({a, b});
    down->renames.insert(down->renames.begin(), model::Rename{b, a});
  }
  const std::vector<diff::Change>& changes = migrations.changes;
  p.status = PhaseStatus::kPass;
  p.summary = "OLD and NEW parse; " + std::to_string(changes.size()) + " change(s): forward migration " +
              std::to_string(up->steps) + " step(s), backward " + std::to_string(down->steps) + " step(s)";
  if (warnings)
    p.notes.push_back(std::to_string(warnings) +
                      " statement(s) schemadiff does not model are loaded into PostgreSQL but not compared "
                      "(-v lists them)");
  return p;
}

// A thread with the same large stack as the main command (deeply nested
// expressions in a dump recurse deeply in the parser): reserved, not committed.
class BigStackThread {
 public:
  explicit BigStackThread(std::function<void()> body) : body_(std::move(body)) {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, size_t{1} << 30);
    started_ = pthread_create(&thread_, &attr, &BigStackThread::Entry, this) == 0;
    pthread_attr_destroy(&attr);
    if (!started_) body_();  // no thread: run it here
  }
  ~BigStackThread() { Join(); }
  void Join() {
    if (started_) pthread_join(thread_, nullptr);
    started_ = false;
  }

 private:
  static void* Entry(void* self) {
    static_cast<BigStackThread*>(self)->body_();
    return nullptr;
  }
  std::function<void()> body_;
  pthread_t thread_{};
  bool started_ = false;
};

int Finish(const Report& report, const Options& o) {
  std::cout << (o.format == "json" ? RenderJson(report) : RenderText(report)) << std::flush;
  return report.ExitCode();
}

int Interrupted(int signal, bool private_server) {
  std::cerr << "schemadiff verify: interrupted by signal " << signal << "; "
            << (private_server ? "the private server was stopped and its directory removed"
                               : "the scratch databases were dropped")
            << "\n";
  return 128 + signal;
}

// Report order: both loads, both rereads, then each direction (schema, then data).
void Assemble(LanePhases old_lane, LanePhases new_lane, Report* report) {
  for (const char* kind : {"load", "reread"})
    for (auto* lane : {&old_lane, &new_lane})
      if (lane->count(kind)) report->phases.push_back((*lane)[kind]);
  std::vector<std::string> rereads_differing;
  for (auto* lane : {&old_lane, &new_lane})
    if (lane->count("reread") && (*lane)["reread"].status == PhaseStatus::kDiffer)
      rereads_differing.push_back((*lane)["reread"].name);
  for (auto* lane : {&old_lane, &new_lane}) {
    for (const char* kind : {"apply", "compare", "fill", "data"}) {
      if (!lane->count(kind)) continue;
      Phase phase = (*lane)[kind];
      // A perpetual diff of OLD or NEW shows up here too: say so.
      if (std::string(kind) == "compare" && phase.status == PhaseStatus::kDiffer) {
        for (const auto& name : rereads_differing)
          phase.notes.push_back("see " + name + ": the schema itself does not read back equal, which may explain "
                                "some of these differences");
      }
      report->phases.push_back(std::move(phase));
    }
  }
}

// Both lanes of one direction, one after the other, merged.
LanePhases RunDirection(const PgClient& client, const std::vector<std::string>& dbs, const SchemaSide& from,
                        const SchemaSide& to, const Migration& migration,
                        const std::function<void(const Phase&)>& on_phase) {
  LanePhases phases = RunLane(client, dbs[0], from, to, migration, false, on_phase);
  // With rows, only a migration that works on the empty schema is of interest.
  bool applied = phases.count("apply") && phases["apply"].status == PhaseStatus::kPass;
  if (dbs.size() > 1 && applied && !InterruptRequested())
    phases.merge(RunLane(client, dbs[1], from, to, migration, true, on_phase));
  for (const char* kind : {"fill", "data"}) {
    if (dbs.size() < 2 || phases.count(kind)) continue;
    Phase& p = phases[kind];
    p.name = std::string(kind) + "-" + (std::string(kind) == "fill" ? from.role : migration.role);
    p.summary = InterruptRequested() ? "skipped: interrupted" : "skipped: an earlier phase failed";
  }
  return phases;
}

// The two directions use separate databases: run them side by side.
void RunDirections(const PgClient& client, const std::vector<std::string>& names, const SchemaSide& old_side,
                   const SchemaSide& new_side, const Migration& up, const Migration& down, Progress* progress,
                   LanePhases* old_lane, LanePhases* new_lane) {
  auto on_phase = [progress](const Phase& p) { progress->Done(p); };
  std::vector<std::string> old_dbs = {names[0]}, new_dbs = {names[1]};
  if (names.size() == 4) old_dbs.push_back(names[2]), new_dbs.push_back(names[3]);
  BigStackThread other([&] { *new_lane = RunDirection(client, new_dbs, new_side, old_side, down, on_phase); });
  *old_lane = RunDirection(client, old_dbs, old_side, new_side, up, on_phase);
  other.Join();
}

int RunOnServer(const Options& o, const SchemaSide& old_side, const SchemaSide& new_side, const Migration& up,
                const Migration& down, Report* report, Progress* progress) {
  Phase server;
  server.name = "server";
  auto fail = [&](const std::string& summary, const std::string& detail) {
    server.status = PhaseStatus::kError;
    server.summary = summary;
    server.detail = detail;
    report->phases.push_back(server);
    if (int sig = InterruptRequested()) return Interrupted(sig, o.dev_url.empty());
    return Finish(*report, o);
  };
  PgPrograms programs;
  std::string error;
  if (!FindPgPrograms(o.pg_bindir, o.dev_url.empty(), &programs, &error))
    return fail("PostgreSQL programs not found", error);
  std::unique_ptr<PrivateCluster> cluster;
  Connection connection;
  if (o.dev_url.empty()) {
    progress->Line("starting a private PostgreSQL server");
    cluster = std::make_unique<PrivateCluster>(programs);
    if (!cluster->Start(&error)) return fail("the private PostgreSQL server failed to start", error);
    connection = cluster->connection();
  } else if (!DevConnection(o.dev_url, &connection, &error)) {
    return fail("bad --dev-url", error);
  }
  PgClient client(programs, connection);
  ScratchDatabases databases(&client);
  std::vector<std::string> names;
  std::vector<std::string> roles = {"old", "new"};
  if (o.data) roles.insert(roles.end(), {"old_data", "new_data"});
  if (!databases.Create(roles, &names, &error)) {
    if (cluster) databases.Forget();
    return fail(cluster ? "cannot create scratch databases" : "cannot create scratch databases on the --dev-url server",
                error);
  }
  server.status = PhaseStatus::kPass;
  server.summary = cluster ? "private PostgreSQL server started; scratch databases created"
                           : "scratch databases created on the --dev-url server";
  progress->Done(server);
  report->phases.push_back(server);

  LanePhases old_lane, new_lane;
  RunDirections(client, names, old_side, new_side, up, down, progress, &old_lane, &new_lane);
  if (cluster) {
    databases.Forget();  // the whole cluster goes
    cluster->Stop();
  } else {
    databases.Drop();
  }
  if (int sig = InterruptRequested()) return Interrupted(sig, o.dev_url.empty());
  Assemble(std::move(old_lane), std::move(new_lane), report);
  return Finish(*report, o);
}

}  // namespace

int RunVerify(int argc, char** argv) {
  Options o;
  int code = 0;
  if (!ParseOptions(argc, argv, &o, &code)) return code;
  InstallInterruptHandlers();
  Progress progress;
  Report report;
  report.old_path = o.old_path;
  report.new_path = o.new_path;
  report.server = o.dev_url.empty() ? "private" : "dev-url";
  report.data = o.data;
  SchemaSide old_side{"OLD", "old", {}, {}}, new_side{"NEW", "new", {}, {}};
  Migration up{"forward migration", "up", "", 0, {}}, down{"backward migration", "down", "", 0, {}};
  report.phases.push_back(ParseAndPlan(o, &old_side, &new_side, &up, &down));
  progress.Done(report.phases.back());
  if (int sig = InterruptRequested()) return Interrupted(sig, o.dev_url.empty());
  if (report.phases.back().status == PhaseStatus::kError) return Finish(report, o);
  return RunOnServer(o, old_side, new_side, up, down, &report, &progress);
}

}  // namespace sd::tools
