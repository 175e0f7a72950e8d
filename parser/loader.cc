#include "parser/loader.h"

#include <cctype>

#include "parser/interp_context.h"
#include "parser/pg_tree.h"
#include "parser/rename_annotations.h"
#include "parser/source.h"
#include "parser/transforms.h"

namespace sd::parser {
namespace {

// A readable name for a statement node kind: "CreateFunctionStmt" → "CREATE FUNCTION".
std::string StatementLabel(const PgQuery__Node* node) {
  const ProtobufCMessageDescriptor* desc = &pg_query__node__descriptor;
  for (unsigned i = 0; i < desc->n_fields; ++i) {
    if (desc->fields[i].id != static_cast<unsigned>(node->node_case)) continue;
    std::string field = desc->fields[i].name;  // e.g. create_function_stmt
    if (field.size() > 5 && field.compare(field.size() - 5, 5, "_stmt") == 0) field.resize(field.size() - 5);
    for (char& c : field) c = c == '_' ? ' ' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return field;
  }
  return "statement";
}

void ApplyStatement(PgQuery__Node* node, InterpContext& ctx) {
  switch (node->node_case) {
    case PG_QUERY__NODE__NODE_CREATE_STMT: return ApplyCreateTable(node->create_stmt, ctx);
    case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT: return ApplyAlterTable(node->alter_table_stmt, ctx);
    case PG_QUERY__NODE__NODE_INDEX_STMT: return ApplyCreateIndex(node->index_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_SEQ_STMT: return ApplyCreateSequence(node->create_seq_stmt, ctx);
    case PG_QUERY__NODE__NODE_ALTER_SEQ_STMT: return ApplyAlterSequence(node->alter_seq_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_ENUM_STMT: return ApplyCreateEnum(node->create_enum_stmt, ctx);
    case PG_QUERY__NODE__NODE_ALTER_ENUM_STMT: return ApplyAlterEnum(node->alter_enum_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_SCHEMA_STMT: return ApplyCreateSchema(node->create_schema_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT: return ApplyCreateExtension(node->create_extension_stmt, ctx);
    case PG_QUERY__NODE__NODE_ALTER_EXTENSION_STMT: return ApplyAlterExtension(node->alter_extension_stmt, ctx);
    case PG_QUERY__NODE__NODE_COMMENT_STMT: return ApplyComment(node->comment_stmt, ctx);
    case PG_QUERY__NODE__NODE_DROP_STMT: return ApplyDrop(node->drop_stmt, ctx);
    case PG_QUERY__NODE__NODE_RENAME_STMT: return ApplyRename(node->rename_stmt, ctx);
    case PG_QUERY__NODE__NODE_VARIABLE_SET_STMT: return ApplySet(node->variable_set_stmt, ctx);
    case PG_QUERY__NODE__NODE_TRANSACTION_STMT:
      return;  // BEGIN/COMMIT around DDL do not change what it declares
    case PG_QUERY__NODE__NODE_SELECT_STMT:
      if (ApplySetConfig(node->select_stmt, ctx)) return;
      return ctx.Unmodelled("SELECT statement");
    case PG_QUERY__NODE__NODE_INSERT_STMT:
    case PG_QUERY__NODE__NODE_UPDATE_STMT:
    case PG_QUERY__NODE__NODE_DELETE_STMT:
    case PG_QUERY__NODE__NODE_COPY_STMT:
      return ctx.Warning("SD-P102", "data statement (" + StatementLabel(node) + ") ignored: schemadiff compares schemas");
    default:
      return ctx.Unmodelled(StatementLabel(node));
  }
}

bool ApplyInput(const Input& input, InterpContext& ctx) {
  SourceFile file(input.name, input.text);
  for (int offset : file.meta_commands()) {
    ctx.BeginStatement(&file, offset);
    ctx.Note("SD-P003", "psql meta-command skipped");
  }
  ParseTree tree;
  std::string error;
  int error_offset = -1;
  if (!tree.Parse(file.text(), &error, &error_offset)) {
    ctx.BeginStatement(&file, error_offset >= 0 ? error_offset : 0);
    ctx.Error("SD-P001", error);
    return false;
  }
  ctx.set_search_path({"$user", "public"});
  ctx.set_rename_annotations(FindRenameAnnotations(file.text()));
  PgQuery__ParseResult* result = tree.result();
  for (size_t i = 0; i < result->n_stmts; ++i) {
    PgQuery__RawStmt* raw = result->stmts[i];
    // stmt_location points at the start of the statement text; skip leading
    // whitespace and comments so the caret lands on the first keyword.
    int offset = raw->stmt_location;
    int end = raw->stmt_len ? offset + raw->stmt_len : static_cast<int>(file.text().size());
    const std::string& text = file.text();
    while (offset < end) {
      if (std::isspace(static_cast<unsigned char>(text[offset]))) {
        ++offset;
      } else if (text.compare(offset, 2, "--") == 0) {
        size_t nl = text.find('\n', offset);
        offset = nl == std::string::npos ? end : static_cast<int>(nl) + 1;
      } else if (text.compare(offset, 2, "/*") == 0) {
        size_t close = text.find("*/", offset + 2);
        offset = close == std::string::npos ? end : static_cast<int>(close) + 2;
      } else {
        break;
      }
    }
    ctx.BeginStatement(&file, offset);
    if (raw->stmt) ApplyStatement(raw->stmt, ctx);
  }
  return !ctx.failed();
}

}  // namespace

bool LoadSchema(const std::vector<Input>& inputs, model::Catalog* catalog,
                std::vector<model::Diagnostic>* diagnostics) {
  *catalog = model::Catalog::Empty();
  InterpContext ctx(catalog, diagnostics);
  bool ok = true;
  for (const auto& input : inputs) ok = ApplyInput(input, ctx) && ok;
  return ok;
}

bool ApplyStatements(const Input& input, model::Catalog* catalog, std::vector<model::Diagnostic>* diagnostics) {
  InterpContext ctx(catalog, diagnostics);
  return ApplyInput(input, ctx);
}

}  // namespace sd::parser
