// Problems found in input, with their source position.
#pragma once

#include <string>
#include <vector>

namespace sd::model {

enum class Severity { kError, kWarning, kNote };

/// One user-facing problem: `file:line:col: error: message`, plus the source
/// line for a caret. Line and column are 1-based; 0 means unknown.
struct Diagnostic {
  Severity severity = Severity::kError;
  std::string code;  ///< stable code, e.g. SD-P001
  std::string file;
  int line = 0;
  int column = 0;
  std::string message;
  std::string source_line;
};

/// Renders a diagnostic the way compilers do, with the source line and a caret.
std::string FormatDiagnostic(const Diagnostic& diagnostic);

/// True when any diagnostic is an error.
bool HasErrors(const std::vector<Diagnostic>& diagnostics);

}  // namespace sd::model
