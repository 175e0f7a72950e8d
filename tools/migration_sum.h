// schemadiff.sum: the integrity file of a migrations directory (like
// atlas.sum). It pins the content of every migration file, so that an edit to
// a migration that may already have run somewhere is caught before review.
// Format (docs/check.md):
//   h1:<base64 sha256 of every entry line below, each ending in "\n">
//   <file name> h1:<base64 sha256 of the file's bytes>
//   ...
// Entries are the directory's *.sql files, sorted by name (bytewise).
#pragma once

#include <string>
#include <vector>

namespace sd::tools {

/// The file name of the sum inside a migrations directory.
inline constexpr const char* kSumFileName = "schemadiff.sum";

/// One summed file.
struct SumEntry {
  std::string file;  ///< name inside the directory, no path
  std::string hash;  ///< "h1:<base64 sha256>"
};

/// "h1:<base64 sha256 of text>".
std::string HashText(const std::string& text);

/// The whole sum file for `entries` (which must be sorted by file name).
std::string RenderSum(const std::vector<SumEntry>& entries);

/// The entries of `dir` as they are now: every regular *.sql file, sorted.
/// False with `error` when the directory or a file cannot be read.
bool CurrentEntries(const std::string& dir, std::vector<SumEntry>* entries, std::string* error);

/// Writes `dir`/schemadiff.sum from the files as they are now.
bool WriteSum(const std::string& dir, std::string* error);

/// Compares `dir` with its schemadiff.sum. Each problem is one sentence
/// naming the file: edited, removed, not summed, or the sum itself missing
/// or tampered with. Empty when everything matches. False with `error` only
/// when the directory cannot be read.
bool CheckSum(const std::string& dir, std::vector<std::string>* problems, std::string* error);

}  // namespace sd::tools
