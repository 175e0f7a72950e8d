// libFuzzer target: arbitrary text as NEW (and a fixed small OLD) through
// parse → diff → plan (both directions) → lint → render. Any crash, sanitizer
// report or hang is a bug: bad input must become diagnostics, never a crash.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "diff/diff.h"
#include "lint/lint.h"
#include "parser/loader.h"
#include "parser/renames.h"
#include "plan/plan.h"
#include "render/sql_render.h"

namespace {

const char kOld[] =
    "CREATE TYPE mood AS ENUM ('a', 'b');\n"
    "CREATE TABLE t (id serial PRIMARY KEY, m mood DEFAULT 'a', n int CHECK (n > 0), s text UNIQUE);\n"
    "CREATE INDEX t_s_idx ON t (lower(s)) WHERE n > 1;\n";

void Run(const std::string& old_text, const std::string& new_text) {
  using namespace sd;
  model::Catalog old_catalog, new_catalog;
  std::vector<model::Diagnostic> diagnostics;
  if (!parser::LoadSchema({{"old.sql", old_text}}, &old_catalog, &diagnostics)) return;
  if (!parser::LoadSchema({{"new.sql", new_text}}, &new_catalog, &diagnostics)) return;
  for (const auto& d : diagnostics) (void)model::FormatDiagnostic(d);
  auto renames = parser::ApplyRenameAnnotations(&old_catalog, new_catalog, &diagnostics);
  auto changes = diff::RenameChanges(renames);
  for (auto& c : diff::Diff(old_catalog, new_catalog)) changes.push_back(c);
  auto inverse = diff::Invert(changes);
  plan::Plan up, down;
  std::string error;
  if (plan::BuildPlan(changes, old_catalog, new_catalog, &up, &error)) {
    lint::Annotate(changes, old_catalog, new_catalog, &up);
    (void)render::RenderSql(up, {true});
  }
  if (plan::BuildPlan(inverse, new_catalog, old_catalog, &down, &error)) {
    lint::Annotate(inverse, new_catalog, old_catalog, &down);
    (void)render::RenderSql(down, {false});
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (text.find('\0') != std::string::npos) return 0;  // the CLI rejects NUL bytes before parsing
  Run(kOld, text);
  Run(text, kOld);
  return 0;
}
