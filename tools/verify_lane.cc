#include "verify_lane.h"

#include <cstdlib>

#include "process.h"
#include "verify_compare.h"
#include "verify_data.h"

namespace sd::tools {

namespace {

Phase Make(const std::string& name, PhaseStatus status, const std::string& summary, const std::string& detail = "") {
  Phase p;
  p.name = name;
  p.status = status;
  p.summary = summary;
  p.detail = detail;
  return p;
}

// psql says "<name>:<line>: ERROR: ..."; show the statement at that line too.
std::string WithFailingLine(const std::string& messages, const std::string& name, const std::string& sql) {
  size_t at = messages.find(name + ":");
  if (at == std::string::npos) return messages;
  int line = std::atoi(messages.c_str() + at + name.size() + 1);
  std::string statement = LineOf(sql, line);
  if (line <= 0 || statement.empty()) return messages;
  return messages + "\nat line " + std::to_string(line) + " of the " + name + ": " + statement;
}

class Lane {
 public:
  Lane(const PgClient& client, const std::string& db, const SchemaSide& from, const SchemaSide& to,
       const Migration& migration, const std::function<void(const Phase&)>& on_phase)
      : client_(client), db_(db), from_(from), to_(to), migration_(migration), on_phase_(on_phase) {}

  LanePhases Run() {
    if (Load() && Reread() && Apply()) Compare();
    return WithSkipped({"load", "reread", "apply", "compare"});
  }

  // In a database of its own: rows generated in the starting schema, the
  // migration applied over them, carried rows and values measured.
  LanePhases RunData() {
    if (LoadQuietly() && Fill()) CheckData();
    return WithSkipped({"fill", "data"});
  }

 private:
  // Whatever did not run is listed as skipped, so the report has one shape.
  LanePhases WithSkipped(const std::vector<std::string>& kinds) {
    std::string why = InterruptRequested() ? "interrupted" : "an earlier phase failed";
    for (const auto& kind : kinds)
      if (!phases_.count(kind)) phases_[kind] = Make(Name(kind), PhaseStatus::kSkipped, "skipped: " + why);
    return phases_;
  }

  // The schema lane reports load errors; here they only stop the lane.
  bool LoadQuietly() {
    std::string error;
    for (const auto& input : from_.inputs)
      if (!client_.RunScript(db_, input.text, input.name, &error)) return false;
    return true;
  }

  std::string Name(const std::string& kind) const {
    bool on_migration = kind == "apply" || kind == "compare" || kind == "data";
    return kind + "-" + (on_migration ? migration_.role : from_.role);
  }

  bool Record(const std::string& kind, Phase phase) {
    bool ok = phase.status == PhaseStatus::kPass || phase.status == PhaseStatus::kDiffer;
    on_phase_(phase);
    phases_[kind] = std::move(phase);
    return ok && !InterruptRequested();
  }

  bool Load() {
    for (const auto& input : from_.inputs) {
      std::string error;
      if (!client_.RunScript(db_, input.text, input.name, &error))
        return Record("load", Make(Name("load"), PhaseStatus::kError,
                                   from_.label + " does not load into PostgreSQL (an input error)", error));
    }
    return Record("load", Make(Name("load"), PhaseStatus::kPass, from_.label + " loads into PostgreSQL"));
  }

  // pg_dump of the database, read with our parser. False with the phase recorded.
  bool ReadBack(const std::string& kind, const std::string& what, model::Catalog* catalog) {
    std::string dump, error;
    if (!client_.DumpSchema(db_, &dump, &error) || !ReadDump(dump, "pg_dump of " + what, catalog, &error)) {
      Record(kind, Make(Name(kind), PhaseStatus::kError, "cannot read " + what + " back from PostgreSQL", error));
      return false;
    }
    return true;
  }

  bool Reread() {
    model::Catalog stored;
    if (!ReadBack("reread", from_.label, &stored)) return false;
    Phase p = Make(Name("reread"), PhaseStatus::kPass,
                   from_.label + " as PostgreSQL stores it equals " + from_.label + " (no perpetual diff)");
    p.differences = tools::Compare(from_.catalog, stored);
    if (!p.differences.empty()) {
      p.status = PhaseStatus::kDiffer;
      p.summary = from_.label + " as PostgreSQL stores it differs from " + from_.label +
                  " as schemadiff reads it (a perpetual diff)";
    }
    return Record("reread", std::move(p));
  }

  bool Fill() {
    Phase p = Make(Name("fill"), PhaseStatus::kPass, "");
    FillTables(client_, db_, from_.catalog, to_.catalog, &p);
    if (p.status == PhaseStatus::kPass) {
      carried_ = CarriedTables(from_.catalog, to_.catalog, migration_.renames);
      std::string error;
      if (!TakeChecksums(client_, db_, carried_, false, &before_, &error)) {
        p.status = PhaseStatus::kError;
        p.detail = error;
      }
    }
    return Record("fill", std::move(p));
  }

  bool Apply() {
    if (migration_.sql.empty())
      return Record("apply", Make(Name("apply"), PhaseStatus::kPass, "nothing to apply: the " + migration_.label +
                                                                         " is empty"));
    std::string error;
    if (!client_.RunScript(db_, migration_.sql, migration_.label, &error))
      return Record("apply", Make(Name("apply"), PhaseStatus::kError,
                                  "applying the " + migration_.label + " to " + from_.label + " failed",
                                  WithFailingLine(error, migration_.label, migration_.sql)));
    return Record("apply", Make(Name("apply"), PhaseStatus::kPass,
                                "the " + migration_.label + " applies to " + from_.label + " (" +
                                    std::to_string(migration_.steps) + " steps)"));
  }

  void Compare() {
    model::Catalog result;
    std::string what = from_.label + " + " + migration_.label;
    if (!ReadBack("compare", what, &result)) return;
    Phase p = Make(Name("compare"), PhaseStatus::kPass, what + " equals " + to_.label);
    p.differences = tools::Compare(to_.catalog, result);
    if (!p.differences.empty()) {
      p.status = PhaseStatus::kDiffer;
      p.summary = what + " differs from " + to_.label;
    }
    Record("compare", std::move(p));
  }

  void CheckData() {
    Phase p = Make(Name("data"), PhaseStatus::kPass, "");
    std::string error;
    std::vector<TableSums> after;
    if (!migration_.sql.empty() && !client_.RunScript(db_, migration_.sql, migration_.label, &error)) {
      p.status = PhaseStatus::kError;
      p.summary = "the " + migration_.label + " fails on " + from_.label + " with generated rows";
      p.detail = WithFailingLine(error, migration_.label, migration_.sql);
      p.notes.push_back("it applies to the empty schema (see apply-" + migration_.role +
                        "): a step needs a backfill or a conversion for existing rows");
    } else if (!TakeChecksums(client_, db_, carried_, true, &after, &error)) {
      p.status = PhaseStatus::kError;
      p.summary = "cannot measure the rows after the " + migration_.label;
      p.detail = error;
    } else {
      p.differences = CompareChecksums(carried_, before_, after);
      size_t columns = 0;
      int64_t rows = 0;
      for (const auto& t : carried_) columns += t.columns.size();
      for (const auto& sums : before_) rows += sums.rows;
      p.summary = "the " + migration_.label + " keeps all " + std::to_string(rows) + " row(s) of " +
                  std::to_string(carried_.size()) + " carried table(s) and the values of " +
                  std::to_string(columns) + " carried column(s)";
      if (!p.differences.empty()) {
        p.status = PhaseStatus::kDiffer;
        p.summary = "the " + migration_.label + " loses or changes rows";
      }
    }
    Record("data", std::move(p));
  }

  const PgClient& client_;
  const std::string& db_;
  const SchemaSide& from_;
  const SchemaSide& to_;
  const Migration& migration_;
  const std::function<void(const Phase&)>& on_phase_;
  LanePhases phases_;
  std::vector<CarriedTable> carried_;
  std::vector<TableSums> before_;
};

}  // namespace

LanePhases RunLane(const PgClient& client, const std::string& db, const SchemaSide& from, const SchemaSide& to,
                   const Migration& migration, bool data, const std::function<void(const Phase&)>& on_phase) {
  try {
    Lane lane(client, db, from, to, migration, on_phase);
    return data ? lane.RunData() : lane.Run();
  } catch (const std::exception& e) {
    LanePhases phases;
    phases["load"] = Make("load-" + from.role, PhaseStatus::kError, std::string("internal error: ") + e.what());
    return phases;
  }
}

}  // namespace sd::tools
