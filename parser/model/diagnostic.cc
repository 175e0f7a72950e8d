#include "model/diagnostic.h"

#include <algorithm>

namespace sd::model {

std::string FormatDiagnostic(const Diagnostic& d) {
  const char* label = d.severity == Severity::kError     ? "error"
                      : d.severity == Severity::kWarning ? "warning"
                                                         : "note";
  // A huge statement (a 50 MB literal) must still give a short message: the
  // message and the source line are cut to a window around the column.
  constexpr size_t kMaxMessage = 400, kWindow = 240;
  std::string out = d.file;
  if (d.line > 0) out += ":" + std::to_string(d.line) + ":" + std::to_string(d.column);
  out += std::string(": ") + label + ": " +
         (d.message.size() > kMaxMessage ? d.message.substr(0, kMaxMessage) + "..." : d.message);
  if (!d.code.empty()) out += " [" + d.code + "]";
  out += "\n";
  if (d.line > 0 && !d.source_line.empty()) {
    size_t at = d.column > 0 ? static_cast<size_t>(d.column - 1) : 0;
    size_t start = at > kWindow / 2 ? at - kWindow / 2 : 0;
    size_t end = std::min(d.source_line.size(), start + kWindow);
    std::string prefix = start ? "..." : "";
    out += "    " + prefix + d.source_line.substr(start, end - start) + (end < d.source_line.size() ? "..." : "") +
           "\n    " + std::string(prefix.size(), ' ');
    // Keep tabs so the caret lines up under the same characters.
    for (size_t i = start; i < at && i < end; ++i) out += d.source_line[i] == '\t' ? '\t' : ' ';
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
