#include "parser/source.h"

#include <algorithm>

namespace sd::parser {

SourceFile::SourceFile(std::string name, std::string text) : name_(std::move(name)), owned_(std::move(text)) {
  data_ = owned_.data();
  text_ = std::string_view(data_, owned_.size());
  Index();
  BlankMetaCommands(0);
}

SourceFile::SourceFile(std::string name, std::shared_ptr<MappedFile> mapped)
    : name_(std::move(name)), mapped_(std::move(mapped)) {
  data_ = mapped_->data();
  text_ = mapped_->text();
  Index();
  BlankMetaCommands(0);
}

void SourceFile::Index() {
  // Sized exactly: a 60 MB schema has over a million lines.
  line_starts_.reserve(1 + static_cast<size_t>(std::count(text_.begin(), text_.end(), '\n')));
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(static_cast<int>(i + 1));
  }
  // psql meta-commands (pg_dump 15.14+ writes \restrict / \unrestrict) are not
  // SQL. They are blanked with spaces so offsets stay valid for diagnostics.
  // Only lines that start a statement position are candidates: a backslash at the
  // start of a line inside a string literal would be rare in schema files.
  for (int start : line_starts_)
    if (start < static_cast<int>(text_.size()) && text_[start] == '\\') meta_commands_.push_back(start);
}

void SourceFile::BlankMetaCommands(size_t from) {
  for (int start : meta_commands_)
    if (static_cast<size_t>(start) >= from)
      for (size_t i = start; i < text_.size() && data_[i] != '\n'; ++i) data_[i] = ' ';
}

void SourceFile::Unload() {
  if (!mapped_) return;
  mapped_->Release(0, text_.size());
  consumed_ = 0;
  BlankMetaCommands(0);  // the pages read as the file again
}

void SourceFile::ReleaseBefore(size_t offset) {
  if (!mapped_ || offset <= consumed_) return;
  // From the page holding the last cut: everything before it is parsed.
  mapped_->Release(consumed_, offset);
  consumed_ = offset;
}

void SourceFile::Position(int offset, int* line, int* column) const {
  offset = std::clamp(offset, 0, static_cast<int>(text_.size()));
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  int index = static_cast<int>(it - line_starts_.begin()) - 1;
  *line = index + 1;
  int chars = 0;
  for (int i = line_starts_[index]; i < offset; ++i) {
    // Count UTF-8 lead bytes only, so the column is in characters.
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++chars;
  }
  *column = chars + 1;
}

std::string SourceFile::LineAt(int offset) const {
  int line = 0, column = 0;
  Position(offset, &line, &column);
  int start = line_starts_[line - 1];
  size_t end = text_.find('\n', start);
  if (end == std::string::npos) end = text_.size();
  std::string out(text_.substr(start, end - start));
  if (!out.empty() && out.back() == '\r') out.pop_back();
  return out;
}

model::Diagnostic SourceFile::At(int offset, model::Severity severity, std::string code,
                                 std::string message) const {
  model::Diagnostic d;
  d.severity = severity;
  d.code = std::move(code);
  d.file = name_;
  Position(offset, &d.line, &d.column);
  d.source_line = LineAt(offset);
  d.message = std::move(message);
  return d;
}

}  // namespace sd::parser
