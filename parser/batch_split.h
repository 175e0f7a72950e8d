// Where a large SQL file can be cut into batches that parse on their own.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace sd::parser {

/// Byte offsets where batches of at least `batch_bytes` end: each just after
/// a `;` that ends a statement, found by one pass over the text that skips
/// string literals ('…', E'…' with backslash escapes), quoted identifiers,
/// dollar-quoted bodies, `--` and nested `/* */` comments. The last offset is
/// always text.size(). Cheap (no tokens are built), and only a hint: a cut
/// inside a `BEGIN ATOMIC … END` body, or after text this scan misreads,
/// gives a batch that fails to parse, and the loader then parses a longer one.
std::vector<size_t> SplitIntoBatches(std::string_view text, size_t batch_bytes);

}  // namespace sd::parser
