// Where `schemadiff verify` runs SQL: a private throwaway PostgreSQL cluster
// (initdb into a temporary directory, unix socket only) or a server given by
// --dev-url. Both are reached through a Connection.
#pragma once

#include <string>
#include <vector>

namespace sd::tools {

/// PostgreSQL programs, as absolute paths. Server programs are empty when only
/// the clients were looked for.
struct PgPrograms {
  std::string bindir;  ///< the directory the server programs came from
  std::string psql, pg_dump, initdb, pg_ctl;
};

/// Looks in `bindir` when given, else in the newest /usr/lib/postgresql/*/bin,
/// then on PATH. Returns false with `error` naming what is missing.
bool FindPgPrograms(const std::string& bindir, bool need_server, PgPrograms* programs, std::string* error);

/// How clients reach the server: a connection string per database, plus the
/// environment they need.
struct Connection {
  std::string conninfo;                  ///< the maintenance database (CREATE / DROP DATABASE)
  std::vector<std::string> set_env;      ///< "NAME=value"
  std::vector<std::string> unset_env;
  /// Connection string for database `db` (a name we chose: [a-z0-9_] only).
  std::string ForDatabase(const std::string& db) const;
};

/// Checks a --dev-url value (postgresql:// or postgres:// URI, or key=value
/// connection string) and builds the connection. False with `error` when it is
/// neither.
bool DevConnection(const std::string& url, Connection* connection, std::string* error);

/// A private cluster in a fresh temporary directory. Stop() (also run by the
/// destructor) stops the server and removes the directory; it is idempotent
/// and runs to completion even after an interrupt request.
class PrivateCluster {
 public:
  explicit PrivateCluster(PgPrograms programs) : programs_(std::move(programs)) {}
  ~PrivateCluster() { Stop(); }
  PrivateCluster(const PrivateCluster&) = delete;
  PrivateCluster& operator=(const PrivateCluster&) = delete;

  /// initdb, configure (listen_addresses = '', socket in the directory), start.
  /// False with `error` (including initdb's or the server log's last lines).
  bool Start(std::string* error);
  void Stop();
  Connection connection() const;
  const std::string& directory() const { return dir_; }

 private:
  bool MakeDirectory(std::string* error);
  bool RunServerProgram(const std::vector<std::string>& args, bool interruptible, std::string* output,
                        std::string* error);
  void KillLeftovers();

  PgPrograms programs_;
  std::string dir_;
  std::string run_as_;  ///< "postgres" when we are root, else empty
  bool start_attempted_ = false;
};

}  // namespace sd::tools
