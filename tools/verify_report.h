// The outcome of `schemadiff verify`: phases with a status and the
// differences found, rendered as text or JSON.
#pragma once

#include <string>
#include <vector>

namespace sd::tools {

enum class PhaseStatus { kPass, kDiffer, kError, kSkipped };

/// One thing that is not as expected, in words.
struct Difference {
  std::string object;    ///< "column public.t.c"
  std::string problem;   ///< "missing", "unexpected", "differs", "rows lost", "values changed"
  std::string aspect;    ///< what differs: "type", "default", "definition", ... (may be empty)
  std::string expected;  ///< the expected value or definition (may be empty)
  std::string actual;    ///< what the database has (may be empty)
  std::string change;    ///< sd::diff::Describe of the change from expected to actual (may be empty)
};

/// One step of the verification.
struct Phase {
  std::string name;     ///< stable identifier: "load-old", "compare-up", ...
  PhaseStatus status = PhaseStatus::kSkipped;
  std::string summary;  ///< one line in words
  std::string detail;   ///< error text (psql's messages), possibly several lines
  std::vector<Difference> differences;
  std::vector<std::string> notes;  ///< things worth knowing that are not failures
};

struct Report {
  std::string old_path;
  std::string new_path;
  std::string server;  ///< "private" or "dev-url"
  bool data = false;   ///< --data was given
  std::vector<Phase> phases;

  /// Error if any phase erred, else differ if any differed, else pass.
  PhaseStatus Overall() const;
  /// 0 pass, 2 differences, 1 error.
  int ExitCode() const;
};

/// "pass", "differ", "error", "skipped".
const char* StatusName(PhaseStatus status);

/// Human-readable report, one line per phase and one per difference.
std::string RenderText(const Report& report);

/// The report as a JSON document (see docs/verify.md), ending in a newline.
std::string RenderJson(const Report& report);

/// A difference as one line of words: "column public.t.c: type differs
/// (expected integer, database has bigint)".
std::string DescribeDifference(const Difference& difference);

}  // namespace sd::tools
