#include "model/diagnostic.h"

namespace sd::model {

std::string FormatDiagnostic(const Diagnostic& d) {
  const char* label = d.severity == Severity::kError     ? "error"
                      : d.severity == Severity::kWarning ? "warning"
                                                         : "note";
  std::string out = d.file;
  if (d.line > 0) out += ":" + std::to_string(d.line) + ":" + std::to_string(d.column);
  out += std::string(": ") + label + ": " + d.message;
  if (!d.code.empty()) out += " [" + d.code + "]";
  out += "\n";
  if (d.line > 0 && !d.source_line.empty()) {
    out += "    " + d.source_line + "\n    ";
    // Keep tabs so the caret lines up under the same characters.
    for (int i = 1; i < d.column && i - 1 < static_cast<int>(d.source_line.size()); ++i) {
      out += d.source_line[i - 1] == '\t' ? '\t' : ' ';
    }
    out += "^\n";
  }
  return out;
}

bool HasErrors(const std::vector<Diagnostic>& diagnostics) {
  for (const auto& d : diagnostics)
    if (d.severity == Severity::kError) return true;
  return false;
}

}  // namespace sd::model
