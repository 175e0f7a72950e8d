#include "parser/interp_context.h"

#include <algorithm>

#include "parser/backfill_annotation.h"

namespace sd::parser {

void InterpContext::Report(model::Severity severity, const std::string& code,
                           const std::string& message, int location) {
  if (severity == model::Severity::kError) failed_ = true;
  int offset = location >= 0 ? location + location_base_ : statement_offset_;
  if (file_) {
    diagnostics_->push_back(file_->At(offset, severity, code, message));
  } else {
    diagnostics_->push_back(model::Diagnostic{severity, code, "", 0, 0, message, ""});
  }
}

void InterpContext::Error(const std::string& code, const std::string& message, int location) {
  Report(model::Severity::kError, code, message, location);
}
void InterpContext::Warning(const std::string& code, const std::string& message, int location) {
  Report(model::Severity::kWarning, code, message, location);
}
void InterpContext::Note(const std::string& code, const std::string& message, int location) {
  Report(model::Severity::kNote, code, message, location);
}

std::string InterpContext::RenamedFrom(int location) const {
  if (renames_.empty() || !file_) return "";
  int line = 0, column = 0;
  file_->Position(location >= 0 ? location + location_base_ : statement_offset_, &line, &column);
  auto it = renames_.find(line);
  return it == renames_.end() ? "" : it->second;
}

model::Backfill InterpContext::Backfill(int location, bool table) {
  if (backfills_.empty() || !file_) return {};
  int line = 0, column = 0;
  file_->Position(location >= 0 ? location + location_base_ : statement_offset_, &line, &column);
  auto it = backfills_.find(line);
  if (it == backfills_.end()) return {};
  // A one-line CREATE TABLE: the annotation is the table's, not its columns'.
  std::pair<const SourceFile*, int> here{file_, line};
  if (table) backfill_claimed_ = here;
  else if (backfill_claimed_ == here) return {};
  model::Backfill out;
  std::string error;
  if (!ParseBackfill(it->second, table ? BackfillTarget::kTable : BackfillTarget::kColumn, &out, &error)) {
    Error("SD-P095", std::string("schemadiff:backfill annotation does not parse as ") +
                         (table ? "an INSERT source (`(columns) SELECT …` or `(columns) VALUES …`)" : "an expression") +
                         ": " + error,
          location);
    return {};
  }
  return out;
}

int InterpContext::FindInStatement(const std::string& needle) const {
  if (!file_) return -1;
  size_t at = file_->text().find(needle, static_cast<size_t>(statement_offset_));
  return at == std::string::npos ? -1 : static_cast<int>(at);
}

int InterpContext::LineOf(int offset) const {
  if (!file_) return 0;
  int line = 0, column = 0;
  file_->Position(offset, &line, &column);
  return line;
}

std::string InterpContext::CreationSchema() const {
  for (const auto& schema : search_path_) {
    if (catalog_->schemas.count(schema)) return schema;
  }
  return "public";
}

model::QualifiedName InterpContext::ForCreate(const std::string& schema,
                                              const std::string& name) const {
  return {schema.empty() ? CreationSchema() : schema, name};
}

model::QualifiedName InterpContext::ResolveRelation(const std::string& schema,
                                                    const std::string& name) const {
  if (!schema.empty()) return {schema, name};
  for (const auto& s : search_path_) {
    if (catalog_->RelationExists({s, name})) return {s, name};
  }
  return {CreationSchema(), name};
}

model::QualifiedName InterpContext::ResolveType(const std::string& schema,
                                                const std::string& name) const {
  if (!schema.empty()) return {schema, name};
  for (const auto& s : search_path_) {
    if (catalog_->TypeExists({s, name})) return {s, name};
  }
  return {CreationSchema(), name};
}

std::vector<model::ObjectRef> InterpContext::ResolveFunction(const std::string& schema,
                                                             const std::string& name) const {
  auto overloads = [&](const std::string& s) {
    std::vector<model::ObjectRef> out;
    model::ObjectRef first{model::ObjectKind::kFunction, {s, name}, ""};
    for (auto it = catalog_->functions.lower_bound(first);
         it != catalog_->functions.end() && it->first.name == first.name; ++it)
      out.push_back(it->first);
    return out;
  };
  if (!schema.empty()) return overloads(schema);
  for (const auto& s : search_path_) {
    auto found = overloads(s);
    if (!found.empty()) return found;
  }
  return {};
}

model::QualifiedName InterpContext::ResolveRelation(const std::vector<std::string>& dotted) const {
  if (dotted.size() >= 2) return {dotted[dotted.size() - 2], dotted.back()};
  if (dotted.size() == 1) return ResolveRelation("", dotted[0]);
  return {};
}

model::QualifiedName InterpContext::ResolveRelation(const PgQuery__RangeVar* range) const {
  return ResolveRelation(range->schemaname ? range->schemaname : "", range->relname);
}

void InterpContext::RebuildNames() {
  implicit_relations_.clear();
  constraint_names_.clear();
  for (const auto& [name, table] : catalog_->tables) {
    for (const auto& c : table.constraints) {
      constraint_names_.insert({name.schema, c.name});
      if (c.kind != model::ConstraintKind::kCheck && c.kind != model::ConstraintKind::kForeignKey)
        implicit_relations_.insert({name.schema, c.name});
    }
    for (const auto& col : table.columns) {
      if (col.identity) implicit_relations_.insert({name.schema, col.identity->sequence_name});
    }
  }
  // Domain constraints share the schema's constraint namespace (ChooseConstraintName).
  for (const auto& [name, domain] : catalog_->domains)
    for (const auto& [cname, c] : domain.constraints) constraint_names_.insert({name.schema, cname});
  names_valid_ = true;
}

bool InterpContext::RelationNameTaken(const model::QualifiedName& name) {
  if (catalog_->RelationExists(name)) return true;
  if (!names_valid_) RebuildNames();
  return implicit_relations_.count(name) > 0;
}

bool InterpContext::ConstraintNameTaken(const std::string& schema, const std::string& name) {
  if (!names_valid_) RebuildNames();
  return constraint_names_.count({schema, name}) > 0;
}

void InterpContext::NoteImplicitRelation(const model::QualifiedName& name) {
  if (names_valid_) implicit_relations_.insert(name);
}

void InterpContext::NoteConstraint(const std::string& schema, const std::string& name) {
  if (names_valid_) constraint_names_.insert({schema, name});
}

void InterpContext::Unmodelled(const std::string& what, int location) {
  Warning("SD-P100", what + " is not modelled yet; schemadiff ignores it", location);
}

std::vector<model::Table*> InterpContext::PartitionsOf(const model::QualifiedName& parent) {
  auto& tables = catalog().tables;
  for (int attempt = 0; attempt < 2; ++attempt) {
    if (!partitions_exact_) {
      partitions_by_parent_.clear();
      for (const auto& [name, t] : tables)
        if (t.partition_of) partitions_by_parent_[*t.partition_of].push_back(name);
      partitions_exact_ = true;
    }
    std::vector<model::Table*> out;
    bool stale = false;
    auto it = partitions_by_parent_.find(parent);
    if (it != partitions_by_parent_.end()) {
      for (const auto& name : it->second) {
        auto t = tables.find(name);
        if (t == tables.end() || !t->second.partition_of || *t->second.partition_of != parent) stale = true;
        else out.push_back(&t->second);
      }
    }
    if (!stale) {
      // Name order and no repeats, as a scan of the catalog gives.
      std::sort(out.begin(), out.end(), [](const model::Table* a, const model::Table* b) { return a->name < b->name; });
      out.erase(std::unique(out.begin(), out.end()), out.end());
      return out;
    }
    partitions_exact_ = false;  // a detached, dropped or renamed partition: rebuild once
  }
  return {};
}

}  // namespace sd::parser
