// SHA-256 (FIPS 180-4) and standard base64, for schemadiff.sum. No crypto
// library is linked into schemadiff and libpg_query does not export one; the
// sum needs only a digest of a few files, not speed or constant time.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace sd::tools {

/// The SHA-256 digest of `data`.
std::array<uint8_t, 32> Sha256(std::string_view data);

/// Standard base64 (RFC 4648, with '=' padding) of `size` bytes.
std::string Base64(const uint8_t* bytes, size_t size);

}  // namespace sd::tools
