// Input text with positions, and the cleanup psql would do before the parser.
#pragma once

#include <string>
#include <vector>

#include "model/diagnostic.h"

namespace sd::parser {

/// One input file (or stdin) as read, with line starts for position lookup.
class SourceFile {
 public:
  SourceFile(std::string name, std::string text);

  const std::string& name() const { return name_; }
  /// The text handed to the parser (psql meta-command lines blanked out).
  const std::string& text() const { return text_; }
  /// 1-based line and column (in characters) of a byte offset.
  void Position(int offset, int* line, int* column) const;
  /// The source line holding a byte offset, without its newline.
  std::string LineAt(int offset) const;
  /// A diagnostic located at a byte offset of this file.
  model::Diagnostic At(int offset, model::Severity severity, std::string code,
                       std::string message) const;
  /// Offsets of psql meta-command lines (\restrict, \connect, ...) that were blanked.
  const std::vector<int>& meta_commands() const { return meta_commands_; }

 private:
  std::string name_;
  std::string text_;
  std::vector<int> line_starts_;
  std::vector<int> meta_commands_;
};

}  // namespace sd::parser
