// Unit tests of the pieces behind -o DIR --layout and `schemadiff check`:
// SHA-256 and base64 against published vectors, file naming and version
// continuation per layout, and schemadiff.sum.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "layouts.h"
#include "migration_dir.h"
#include "migration_sum.h"
#include "sha256.h"

namespace fs = std::filesystem;
using namespace sd::tools;

namespace {

std::string Hex(const std::array<uint8_t, 32>& d) {
  static const char* kHex = "0123456789abcdef";
  std::string out;
  for (uint8_t b : d) out += kHex[b >> 4], out += kHex[b & 15];
  return out;
}

std::string Next(Layout layout, std::vector<std::string> existing, std::string requested = "",
                 std::time_t now = 1700000000) {
  std::string version, error;
  REQUIRE_MESSAGE(NextVersion(layout, existing, requested, now, &version, &error), error);
  return version;
}

}  // namespace

TEST_CASE("sha256 matches FIPS 180-4 vectors, across block boundaries") {
  CHECK(Hex(Sha256("")) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(Hex(Sha256("abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(Hex(Sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(Hex(Sha256(std::string(1000000, 'a'))) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  // 55, 56 and 64 bytes: the padding needs one block, two blocks, a block of its own.
  CHECK(Hex(Sha256(std::string(55, 'x'))) != Hex(Sha256(std::string(56, 'x'))));
  CHECK(Hex(Sha256(std::string(64, 'a'))) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

TEST_CASE("base64 pads as RFC 4648 says") {
  auto b64 = [](const std::string& s) { return Base64(reinterpret_cast<const uint8_t*>(s.data()), s.size()); };
  CHECK(b64("") == "");
  CHECK(b64("f") == "Zg==");
  CHECK(b64("fo") == "Zm8=");
  CHECK(b64("foo") == "Zm9v");
  CHECK(b64("foobar") == "Zm9vYmFy");
  CHECK(HashText("") == "h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
}

TEST_CASE("file names per layout") {
  CHECK(FileNamesFor(Layout::kGolangMigrate, "000002", "add_tenants").up == "000002_add_tenants.up.sql");
  CHECK(FileNamesFor(Layout::kGolangMigrate, "000002", "add_tenants").down == "000002_add_tenants.down.sql");
  CHECK(FileNamesFor(Layout::kFlyway, "3", "add_tenants").up == "V3__add_tenants.sql");
  CHECK(FileNamesFor(Layout::kFlyway, "3", "add_tenants").down == "U3__add_tenants.sql");
  CHECK(FileNamesFor(Layout::kDbmate, "20240102030405", "x").up == "20240102030405_x.sql");
  CHECK(FileNamesFor(Layout::kDbmate, "20240102030405", "x").down.empty());
  CHECK(FileNamesFor(Layout::kPlain, "0007", "x").up == "0007_x.up.sql");

  MigrationFileName parsed;
  REQUIRE(ParseFileName(Layout::kFlyway, "V1_2__add.sql", &parsed));
  CHECK(parsed.version == "1_2");
  CHECK(parsed.role == FileRole::kUp);
  REQUIRE(ParseFileName(Layout::kFlyway, "R__views.sql", &parsed));
  CHECK(parsed.role == FileRole::kRepeatable);
  CHECK_FALSE(ParseFileName(Layout::kFlyway, "V1_add.sql", &parsed));
  CHECK_FALSE(ParseFileName(Layout::kDbmate, "000001_x.up.sql", &parsed));
  CHECK_FALSE(ParseFileName(Layout::kGolangMigrate, "x_1.up.sql", &parsed));
}

TEST_CASE("layout detection") {
  Layout layout;
  std::string error;
  REQUIRE(DetectLayout({"000001_a.up.sql", "000001_a.down.sql"}, &layout, &error));
  CHECK(layout == Layout::kGolangMigrate);
  REQUIRE(DetectLayout({"V1__a.sql", "U1__a.sql", "R__v.sql"}, &layout, &error));
  CHECK(layout == Layout::kFlyway);
  REQUIRE(DetectLayout({"20240101000000_a.sql"}, &layout, &error));
  CHECK(layout == Layout::kDbmate);
  CHECK_FALSE(DetectLayout({"000001_a.up.sql", "notes.sql"}, &layout, &error));
  CHECK(error.find("notes.sql") != std::string::npos);
  CHECK_FALSE(DetectLayout({}, &layout, &error));
}

TEST_CASE("numbering continues the directory's style") {
  CHECK(Next(Layout::kGolangMigrate, {}) == "000001");
  CHECK(Next(Layout::kPlain, {}) == "0001");
  CHECK(Next(Layout::kFlyway, {}) == "1");
  CHECK(Next(Layout::kGolangMigrate, {"000001", "000009"}) == "000010");
  CHECK(Next(Layout::kGolangMigrate, {"1", "2"}) == "3");
  CHECK(Next(Layout::kPlain, {"0041", "0042"}) == "0043");
  CHECK(Next(Layout::kGolangMigrate, {"0099"}) == "0100");
  CHECK(Next(Layout::kFlyway, {"1", "2"}) == "3");
  CHECK(Next(Layout::kFlyway, {"1.1", "1.2"}) == "1.3");
  CHECK(Next(Layout::kFlyway, {"1.9", "1.10"}) == "1.11");
  CHECK(Next(Layout::kFlyway, {"009"}) == "010");
  // Timestamps: the clock (UTC), or past the last one when the clock is behind.
  CHECK(Next(Layout::kDbmate, {}, "", 1700000000) == "20231114221320");
  CHECK(Next(Layout::kDbmate, {"20990101000000"}, "", 1700000000) == "20990101000001");
  CHECK(Next(Layout::kGolangMigrate, {"20200101000000"}, "", 1700000000) == "20231114221320");
  CHECK(Next(Layout::kGolangMigrate, {"1600000000"}, "", 1700000000) == "1700000000");
  // --version wins, and must come after the last one.
  CHECK(Next(Layout::kDbmate, {"20240101000000"}, "20240102000000") == "20240102000000");
  std::string version, error;
  CHECK_FALSE(NextVersion(Layout::kDbmate, {"20240101000000"}, "20230101000000", 0, &version, &error));
  CHECK(error.find("does not come after") != std::string::npos);
  CHECK_FALSE(NextVersion(Layout::kGolangMigrate, {}, "1.2", 0, &version, &error));
  CHECK(CompareVersions("000010", "9") > 0);
  CHECK(CompareVersions("1.10", "1.9") > 0);
  CHECK(CompareVersions("1_2", "1.2") == 0);
}

TEST_CASE("schemadiff.sum catches edits, removals and unsummed files") {
  fs::path dir = fs::temp_directory_path() / ("sd_sum_test_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  auto write = [&](const std::string& name, const std::string& text) { std::ofstream(dir / name) << text; };
  write("000001_a.up.sql", "CREATE TABLE a (id int);\n");
  write("000001_a.down.sql", "DROP TABLE a;\n");
  std::vector<std::string> problems;
  std::string error;
  REQUIRE(CheckSum(dir, &problems, &error));
  REQUIRE(problems.size() == 1);  // no sum yet
  CHECK(problems[0].find("missing") != std::string::npos);

  REQUIRE(WriteSum(dir, &error));
  std::ifstream in(dir / kSumFileName);
  std::string first, second;
  std::getline(in, first);
  std::getline(in, second);
  CHECK(first.rfind("h1:", 0) == 0);
  CHECK(second.rfind("000001_a.down.sql h1:", 0) == 0);  // sorted by name
  problems.clear();
  REQUIRE(CheckSum(dir, &problems, &error));
  CHECK(problems.empty());

  write("000001_a.up.sql", "CREATE TABLE a (id bigint);\n");
  write("000002_b.up.sql", "CREATE TABLE b (id int);\n");
  fs::remove(dir / "000001_a.down.sql");
  problems.clear();
  REQUIRE(CheckSum(dir, &problems, &error));
  REQUIRE(problems.size() == 3);
  CHECK(problems[0].find("000001_a.down.sql: listed in schemadiff.sum but removed") == 0);
  CHECK(problems[1].find("000001_a.up.sql: edited") == 0);
  CHECK(problems[2].find("000002_b.up.sql: not in schemadiff.sum") == 0);
  fs::remove_all(dir);
}

TEST_CASE("reading a dbmate directory keeps line numbers and splits sections") {
  fs::path dir = fs::temp_directory_path() / ("sd_dbmate_test_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "20240101000000_a.sql") << "-- migrate:up\nCREATE TABLE a (id int);\n\n-- migrate:down\nDROP TABLE a;\n";
  Layout layout;
  std::vector<MigrationEntry> migrations;
  std::string error;
  REQUIRE_MESSAGE(ReadMigrationDir(dir, true, &layout, &migrations, &error), error);
  CHECK(layout == Layout::kDbmate);
  REQUIRE(migrations.size() == 1);
  CHECK(migrations[0].up.text == "\nCREATE TABLE a (id int);\n\n\n\n");
  REQUIRE(migrations[0].down);
  CHECK(migrations[0].down->text == "\n\n\n\nDROP TABLE a;\n");
  fs::remove_all(dir);
}
