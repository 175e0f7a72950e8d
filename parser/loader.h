// Public entry of the parser: schema text in, Catalog out.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "model/catalog.h"
#include "model/diagnostic.h"
#include "parser/mapped_file.h"

namespace sd::parser {

/// One named input text (a file's content, or stdin's).
struct Input {
  std::string name;
  std::string text;
  /// Set instead of `text` for a file the loader reads from a mapping
  /// (tools::ReadInputs with kMapFiles): a large schema is then not held
  /// in memory while it loads.
  std::shared_ptr<MappedFile> mapped = nullptr;
};

/// Applies the statements of `inputs`, in order, to an empty catalog. Returns
/// false when an error was found (syntax, or a statement PostgreSQL would
/// reject); warnings list statements that are not modelled.
bool LoadSchema(const std::vector<Input>& inputs, model::Catalog* catalog,
                std::vector<model::Diagnostic>* diagnostics);
/// The same, taking the inputs' texts over: each is freed once loaded, so
/// that a large file is not held twice while it loads.
bool LoadSchema(std::vector<Input>&& inputs, model::Catalog* catalog, std::vector<model::Diagnostic>* diagnostics);

/// Applies more statements (a migration) to an existing catalog.
bool ApplyStatements(const Input& input, model::Catalog* catalog, std::vector<model::Diagnostic>* diagnostics);

}  // namespace sd::parser
