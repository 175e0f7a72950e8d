// Input text with positions, and the cleanup psql would do before the parser.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.h"
#include "parser/mapped_file.h"

namespace sd::parser {

/// One input file (or stdin) as read, with line starts for position lookup.
class SourceFile {
 public:
  SourceFile(std::string name, std::string text);
  /// A mapped file: its pages can be given back as loading moves on.
  SourceFile(std::string name, std::shared_ptr<MappedFile> mapped);

  const std::string& name() const { return name_; }
  /// The text handed to the parser (psql meta-command lines blanked out).
  std::string_view text() const { return text_; }
  /// The text has been scanned and is read again from the start: a mapped
  /// file gives all its pages back until parsing touches them.
  void Unload();
  /// The loader is done with the text before `offset` (it moves forward
  /// only): a mapped file gives those pages back; a diagnostic that reads
  /// them again sees the file as it is on disk. A text held in memory stays.
  void ReleaseBefore(size_t offset);
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
  void Index();
  void BlankMetaCommands(size_t from);

  std::string name_;
  std::string owned_;                   ///< the text, when it was read into memory
  std::shared_ptr<MappedFile> mapped_;  ///< the text, when it is mapped
  char* data_ = nullptr;
  std::string_view text_;
  size_t consumed_ = 0;  ///< ReleaseBefore's last offset
  std::vector<int> line_starts_;
  std::vector<int> meta_commands_;
};

}  // namespace sd::parser
