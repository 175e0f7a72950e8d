// parse_only: the parse-only floor for the schemadiff benchmark.
//
//   parse_only OLD NEW
//
// Does what schemadiff's parser does with its two inputs and nothing else:
// reads each input (a .sql file, or a directory of .sql files in name order),
// blanks psql meta-command lines (\restrict ...) as schemadiff does, then per
// file pg_query_parse_protobuf + pg_query__parse_result__unpack, and frees the
// tree before the next file. Prints the statement count of OLD and NEW.
// Exit 0 on success, 1 on a read or parse error.
//
// Build standalone (Debian: libpg-query-dev, libprotobuf-c-dev):
//   g++ -std=c++20 -O2 -o parse_only bench/parse_only.cc -lpg_query -lpthread
#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>
#include <pthread.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

bool ReadFile(const std::string& path, std::string* text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  *text = ss.str();
  return true;
}

// The same inputs schemadiff reads: a file, or the .sql files of a directory.
bool ListInputs(const std::string& path, std::vector<std::string>* files) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    for (const auto& entry : fs::directory_iterator(path, ec))
      if (entry.is_regular_file() && entry.path().extension() == ".sql") files->push_back(entry.path().string());
    std::sort(files->begin(), files->end());
    return !files->empty();
  }
  files->push_back(path);
  return true;
}

// psql meta-command lines are not SQL; schemadiff blanks them before parsing.
void BlankMetaCommands(std::string* text) {
  size_t start = 0;
  while (start < text->size()) {
    size_t nl = text->find('\n', start);
    if (nl == std::string::npos) nl = text->size();
    if ((*text)[start] == '\\') std::fill(text->begin() + start, text->begin() + nl, ' ');
    start = nl + 1;
  }
}

// Parses one schema argument; returns the number of statements, -1 on error.
long ParseInput(const std::string& path) {
  std::vector<std::string> files;
  if (!ListInputs(path, &files)) {
    std::fprintf(stderr, "parse_only: %s: no .sql files\n", path.c_str());
    return -1;
  }
  long statements = 0;
  for (const auto& file : files) {
    std::string text;
    if (!ReadFile(file, &text)) {
      std::fprintf(stderr, "parse_only: %s: cannot read\n", file.c_str());
      return -1;
    }
    BlankMetaCommands(&text);
    PgQueryProtobufParseResult parsed = pg_query_parse_protobuf(text.c_str());
    if (parsed.error) {
      std::fprintf(stderr, "parse_only: %s: offset %d: %s\n", file.c_str(), parsed.error->cursorpos,
                   parsed.error->message ? parsed.error->message : "syntax error");
      pg_query_free_protobuf_parse_result(parsed);
      return -1;
    }
    PgQuery__ParseResult* result = pg_query__parse_result__unpack(
        nullptr, parsed.parse_tree.len, reinterpret_cast<const uint8_t*>(parsed.parse_tree.data));
    pg_query_free_protobuf_parse_result(parsed);
    if (!result) {
      std::fprintf(stderr, "parse_only: %s: could not unpack the parse tree\n", file.c_str());
      return -1;
    }
    statements += static_cast<long>(result->n_stmts);
    pg_query__parse_result__free_unpacked(result, nullptr);
  }
  return statements;
}

struct Call {
  int argc;
  char** argv;
  int result;
};

void* Run(void* arg) {
  auto* call = static_cast<Call*>(arg);
  if (call->argc != 3) {
    std::fprintf(stderr, "usage: parse_only OLD NEW\n");
    call->result = 1;
    return nullptr;
  }
  long old_statements = ParseInput(call->argv[1]);
  long new_statements = old_statements < 0 ? -1 : ParseInput(call->argv[2]);
  if (old_statements < 0 || new_statements < 0) {
    call->result = 1;
    return nullptr;
  }
  std::printf("statements: old %ld new %ld\n", old_statements, new_statements);
  call->result = 0;
  return nullptr;
}

}  // namespace

// Same 1 GiB (reserved, not committed) stack as schemadiff, so deeply nested
// expressions that schemadiff parses also parse here.
int main(int argc, char** argv) {
  Call call{argc, argv, 1};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, size_t{1} << 30);
  pthread_t thread;
  if (pthread_create(&thread, &attr, Run, &call) != 0) {
    Run(&call);
  } else {
    pthread_join(thread, nullptr);
  }
  pthread_attr_destroy(&attr);
  return call.result;
}
