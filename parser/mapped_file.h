// A schema file mapped into memory, read once from start to end.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace sd::parser {

/// A file mapped copy-on-write, so a 60 MB schema need not be held in
/// memory while it loads: pages the loader is done with are given back
/// (Release) and come back from the file if a diagnostic reads them again.
class MappedFile {
 public:
  /// Maps `path`; nullptr with `error` set when it cannot be opened or
  /// mapped. An empty file maps to an empty text.
  static std::unique_ptr<MappedFile> Open(const std::string& path, std::string* error);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  /// The whole text; writable (the loader blanks psql meta-commands), and
  /// writes are private to this process.
  char* data() { return data_; }
  size_t size() const { return size_; }
  std::string_view text() const { return {data_, size_}; }
  /// Gives back the pages from the one holding `begin` to the last one that
  /// ends before `end` (the file's last page when `end` is its size): they
  /// read as the file's bytes again if touched, losing what was written.
  void Release(size_t begin, size_t end);

 private:
  MappedFile(char* data, size_t size) : data_(data), size_(size) {}
  char* data_;
  size_t size_;
};

}  // namespace sd::parser
