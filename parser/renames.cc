#include "parser/renames.h"

#include <algorithm>

#include "parser/catalog_rename.h"
#include "parser/ident_list.h"

namespace sd::parser {
namespace {

using model::ObjectKind;
using model::ObjectRef;
using model::QualifiedName;

// "name" or "schema.name" as written in an annotation; unqualified names are
// in `schema`.
QualifiedName OldName(const std::string& annotation, const std::string& schema) {
  std::vector<std::string> parts = SplitIdentifierList(annotation, '.');
  if (parts.size() >= 2) return {parts[parts.size() - 2], parts.back()};
  return {schema, parts.empty() ? "" : parts.back()};
}

// The last component only, for members (columns, constraints).
std::string OldMember(const std::string& annotation) {
  std::vector<std::string> parts = SplitIdentifierList(annotation, '.');
  return parts.empty() ? "" : parts.back();
}

class Resolver {
 public:
  Resolver(model::Catalog* old_catalog, const model::Catalog& new_catalog, std::vector<model::Diagnostic>* diags)
      : old_(*old_catalog), new_(new_catalog), ctx_(old_catalog, diags) {}

  std::vector<model::Rename> Run() {
    for (const auto& [name, table] : new_.tables) Members(table);
    for (const auto& [name, index] : new_.indexes) Index(index);
    for (const auto& [name, type] : new_.enums) EnumValues(type);
    for (const auto& [name, type] : new_.enums)
      Relation(ObjectKind::kEnumType, name, type.renamed_from, old_.enums.count(OldOf(name, type.renamed_from)) > 0,
               [&](const QualifiedName& from, const QualifiedName& to) { RenameEnumType(old_, from, to); });
    for (const auto& [name, seq] : new_.sequences)
      Relation(ObjectKind::kSequence, name, seq.renamed_from, old_.sequences.count(OldOf(name, seq.renamed_from)) > 0,
               [&](const QualifiedName& from, const QualifiedName& to) { RenameSequence(old_, from, to, ctx_); });
    for (const auto& [name, table] : new_.tables)
      Relation(ObjectKind::kTable, name, table.renamed_from, old_.tables.count(OldOf(name, table.renamed_from)) > 0,
               [&](const QualifiedName& from, const QualifiedName& to) { RenameTable(old_, from, to, ctx_); });
    for (const auto& [name, view] : new_.views)
      Relation(view.Ref().kind, name, view.renamed_from, old_.views.count(OldOf(name, view.renamed_from)) > 0,
               [&](const QualifiedName& from, const QualifiedName& to) { RenameView(old_, from, to, ctx_); });
    for (const auto& [name, schema] : new_.schemas) Schema(schema);
    return std::move(renames_);
  }

 private:
  // The schema an object of NEW lived in, in OLD (following a schema rename).
  std::string OldSchema(const std::string& schema) const {
    auto it = new_.schemas.find(schema);
    if (it == new_.schemas.end() || it->second.renamed_from.empty()) return schema;
    std::string from = OldMember(it->second.renamed_from);
    return old_.schemas.count(from) && !old_.schemas.count(schema) ? from : schema;
  }

  // OLD's name of a relation or type of NEW, following both annotations.
  QualifiedName OldOf(const QualifiedName& name, const std::string& renamed_from) const {
    std::string schema = OldSchema(name.schema);
    if (renamed_from.empty()) return {schema, name.name};
    QualifiedName from = OldName(renamed_from, schema);
    return from;
  }

  // The table of OLD that a table of NEW continues, or null.
  model::Table* OldTable(const model::Table& table) {
    QualifiedName from = OldOf(table.name, table.renamed_from);
    auto it = old_.tables.find(from);
    if (it != old_.tables.end()) return &it->second;
    it = old_.tables.find({OldSchema(table.name.schema), table.name.name});
    return it == old_.tables.end() ? nullptr : &it->second;
  }

  void Members(const model::Table& table) {
    model::Table* old_table = OldTable(table);
    if (!old_table) return;
    for (const auto& col : table.columns) {
      if (col.renamed_from.empty()) continue;
      std::string from = OldMember(col.renamed_from);
      if (!old_table->FindColumn(from) || old_table->FindColumn(col.name)) {
        Skip("column", col.renamed_from);
        continue;
      }
      renames_.push_back({{ObjectKind::kColumn, old_table->name, from}, {ObjectKind::kColumn, table.name, col.name}});
      RenameColumn(old_, *old_table, from, col.name, ctx_);
    }
    for (const auto& c : table.constraints) {
      if (c.renamed_from.empty()) continue;
      std::string from = OldMember(c.renamed_from);
      model::Constraint* old_c = old_table->FindConstraint(from);
      if (!old_c || old_table->FindConstraint(c.name)) {
        Skip("constraint", c.renamed_from);
        continue;
      }
      renames_.push_back(
          {{ObjectKind::kConstraint, old_table->name, from}, {ObjectKind::kConstraint, table.name, c.name}});
      old_c->name = c.name;
      ctx_.InvalidateNames();
    }
  }

  // Enum values annotated in NEW: renamed in OLD's type (under its old name,
  // as members are renamed before their type).
  void EnumValues(const model::EnumType& type) {
    if (type.value_renamed_from.empty()) return;
    auto it = old_.enums.find(OldOf(type.name, type.renamed_from));
    if (it == old_.enums.end()) it = old_.enums.find({OldSchema(type.name.schema), type.name.name});
    if (it == old_.enums.end()) return;
    auto& values = it->second.values;
    for (const auto& [to, from] : type.value_renamed_from) {
      auto v = std::find(values.begin(), values.end(), from);
      if (v == values.end() || std::find(values.begin(), values.end(), to) != values.end()) {
        Skip("enum value", from);
        continue;
      }
      renames_.push_back({{ObjectKind::kEnumType, it->first, from}, {ObjectKind::kEnumType, type.name, to}});
      RenameEnumValue(old_, it->first, from, to);
    }
  }

  void Index(const model::Index& index) {
    if (index.renamed_from.empty()) return;
    QualifiedName from = OldOf(index.name, index.renamed_from);
    if (!old_.indexes.count(from) || old_.indexes.count({from.schema, index.name.name})) {
      Skip("index", index.renamed_from);
      return;
    }
    renames_.push_back({{ObjectKind::kIndex, from, ""}, {ObjectKind::kIndex, index.name, ""}});
    RenameIndex(old_, from, index.name.name);
  }

  template <typename Apply>
  void Relation(ObjectKind kind, const QualifiedName& name, const std::string& renamed_from, bool exists, Apply apply) {
    if (renamed_from.empty()) return;
    QualifiedName from = OldOf(name, renamed_from);
    QualifiedName to{from.schema, name.name};  // schema renames follow later
    if (!exists || from == to) {
      Skip(model::KindName(kind), renamed_from);
      return;
    }
    renames_.push_back({{kind, from, ""}, {kind, name, ""}});
    apply(from, to);
  }

  void Schema(const model::Schema& schema) {
    if (schema.renamed_from.empty()) return;
    std::string from = OldMember(schema.renamed_from);
    if (!old_.schemas.count(from) || old_.schemas.count(schema.name)) {
      Skip("schema", schema.renamed_from);
      return;
    }
    renames_.push_back({{ObjectKind::kSchema, {"", from}, ""}, {ObjectKind::kSchema, {"", schema.name}, ""}});
    RenameSchema(old_, from, schema.name, ctx_);
  }

  void Skip(const std::string& kind, const std::string& from) {
    ctx_.Note("SD-R001", "rename annotation: no " + kind + " \"" + from +
                             "\" to rename in OLD (or its new name is taken); treated as already renamed");
  }

  model::Catalog& old_;
  const model::Catalog& new_;
  InterpContext ctx_;
  std::vector<model::Rename> renames_;
};

}  // namespace

std::vector<model::Rename> ApplyRenameAnnotations(model::Catalog* old_catalog, const model::Catalog& new_catalog,
                                                  std::vector<model::Diagnostic>* diagnostics) {
  return Resolver(old_catalog, new_catalog, diagnostics).Run();
}

}  // namespace sd::parser
