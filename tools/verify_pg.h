// psql and pg_dump as child processes, and the scratch databases verify
// creates (and always drops) on a server.
#pragma once

#include <string>
#include <vector>

#include "verify_cluster.h"

namespace sd::tools {

/// Runs the PostgreSQL clients against one server.
class PgClient {
 public:
  PgClient(PgPrograms programs, Connection connection)
      : programs_(std::move(programs)), connection_(std::move(connection)) {}

  /// Runs SQL text in database `db` (empty: the maintenance database),
  /// stopping at the first error. On failure `error` holds psql's messages,
  /// with "<stdin>" replaced by `name`.
  bool RunScript(const std::string& db, const std::string& text, const std::string& name, std::string* error,
                 bool interruptible = true) const;
  /// Runs queries; `out` gets the rows, fields separated by tabs.
  bool Query(const std::string& db, const std::string& sql, std::string* out, std::string* error) const;
  /// pg_dump --schema-only --no-owner --no-privileges of `db`.
  bool DumpSchema(const std::string& db, std::string* text, std::string* error) const;

 private:
  bool RunPsql(const std::string& db, const std::vector<std::string>& extra, const std::string& input,
               bool interruptible, std::string* out, std::string* error) const;

  PgPrograms programs_;
  Connection connection_;
};

/// Databases named `<prefix>_<role>` created on demand and dropped by Drop()
/// (and the destructor): the only databases verify touches.
class ScratchDatabases {
 public:
  explicit ScratchDatabases(const PgClient* client);
  ~ScratchDatabases() { Drop(); }
  ScratchDatabases(const ScratchDatabases&) = delete;
  ScratchDatabases& operator=(const ScratchDatabases&) = delete;

  /// Creates one empty database per role (from template0, UTF8, C collation)
  /// and returns their names in `names`.
  bool Create(const std::vector<std::string>& roles, std::vector<std::string>* names, std::string* error);
  /// Drops every database created, even after an interrupt request.
  void Drop();
  /// Forgets them (a private cluster is removed whole; no need to drop).
  void Forget() { created_.clear(); }

 private:
  const PgClient* client_;
  std::string prefix_;
  std::vector<std::string> created_;
};

/// Line `line` (1-based) of `text`, trimmed; empty when out of range.
std::string LineOf(const std::string& text, int line);

}  // namespace sd::tools
