#include "check_verify.h"

#include <memory>

#include "process.h"
#include "verify_cluster.h"
#include "verify_compare.h"
#include "verify_pg.h"

namespace sd::tools {

namespace {

// Replays migrations into scratch databases, one at a time.
class Replayer {
 public:
  Replayer(const PgClient& client, ScratchDatabases* databases, const std::vector<MigrationEntry>& migrations)
      : client_(client), databases_(databases), migrations_(migrations) {}

  // Reads a database's catalog as PostgreSQL stores it.
  bool Read(const std::string& db, const std::string& what, model::Catalog* catalog, std::string* error) {
    std::string dump;
    if (client_.DumpSchema(db, &dump, error) && ReadDump(dump, "pg_dump of " + what, catalog, error)) return true;
    *error = "cannot read " + what + " back from PostgreSQL: " + *error;
    return false;
  }

  // A fresh database with ups 0..count-1 applied: where replaying goes on
  // after a down left its database in an unknown state.
  bool Fresh(size_t count, std::string* error) {
    std::vector<std::string> names;
    if (!databases_->Create({"replay" + std::to_string(++generation_)}, &names, error)) return false;
    db_ = names[0];
    for (size_t i = 0; i < count; ++i)
      if (!Apply(migrations_[i].up, error)) return false;
    return true;
  }

  bool Apply(const parser::Input& input, std::string* error) {
    return client_.RunScript(db_, input.text, input.name, error);
  }

  const std::string& db() const { return db_; }

 private:
  const PgClient& client_;
  ScratchDatabases* databases_;
  const std::vector<MigrationEntry>& migrations_;
  std::string db_;
  int generation_ = 0;
};

// Applies each up, checks each down, and compares the end with `declared`.
void Run(const PgClient& client, ScratchDatabases* databases, const PgCheckRequest& request,
         PgCheckResult* result) {
  std::vector<std::string> names;
  std::string& error = result->error;
  if (!databases->Create({"declared"}, &names, &error)) return;
  for (const auto& input : *request.schema)
    if (!client.RunScript(names[0], input.text, input.name, &error)) {
      error = "the declared schema does not load into PostgreSQL:\n" + error;
      return;
    }
  const auto& migrations = *request.migrations;
  Replayer replayer(client, databases, migrations);
  model::Catalog declared, before, after;
  if (!replayer.Read(names[0], "the declared schema", &declared, &error) || !replayer.Fresh(0, &error) ||
      !replayer.Read(replayer.db(), "the empty database", &before, &error))
    return;
  for (size_t i = 0; i < migrations.size(); ++i) {
    if ((result->interrupted = InterruptRequested())) return;
    const MigrationEntry& m = migrations[i];
    if (!replayer.Apply(m.up, &error)) return;
    if (!replayer.Read(replayer.db(), m.up.name, &after, &error)) return;
    if (m.down) {
      ++result->downs_checked;
      BadDown bad{m.down->name, m.up.name, "", {}};
      std::string down_error;
      model::Catalog undone;
      if (!replayer.Apply(*m.down, &down_error)) {
        bad.error = down_error;
      } else {
        if (!replayer.Read(replayer.db(), m.down->name, &undone, &error)) return;
        bad.differences = Compare(before, undone);
      }
      // Going on needs the state after the up again: re-apply it, or when the
      // down was bad (the up may no longer apply), rebuild from scratch.
      bool good = bad.error.empty() && bad.differences.empty();
      if (!good) result->bad_downs.push_back(std::move(bad));
      std::string reapply_error;
      if (!good || !replayer.Apply(m.up, &reapply_error))
        if (!replayer.Fresh(i + 1, &error)) return;
    }
    before = std::move(after);
  }
  result->drift = Compare(declared, before);
}

}  // namespace

PgCheckResult RunPgCheck(const PgCheckRequest& request) {
  PgCheckResult result;
  InstallInterruptHandlers();
  PgPrograms programs;
  if (!FindPgPrograms(request.pg_bindir, request.dev_url.empty(), &programs, &result.error)) {
    result.error = "PostgreSQL programs not found: " + result.error;
    return result;
  }
  std::unique_ptr<PrivateCluster> cluster;
  Connection connection;
  if (request.dev_url.empty()) {
    cluster = std::make_unique<PrivateCluster>(programs);
    if (!cluster->Start(&result.error)) {
      result.error = "the private PostgreSQL server failed to start: " + result.error;
      result.interrupted = InterruptRequested();
      return result;
    }
    connection = cluster->connection();
  } else if (!DevConnection(request.dev_url, &connection, &result.error)) {
    result.error = "bad --dev-url: " + result.error;
    return result;
  }
  PgClient client(programs, connection);
  {
    ScratchDatabases databases(&client);
    Run(client, &databases, request, &result);
    if (cluster) databases.Forget();  // the whole cluster goes
    else databases.Drop();
  }
  if (cluster) cluster->Stop();
  if (!result.interrupted) result.interrupted = InterruptRequested();
  return result;
}

}  // namespace sd::tools
