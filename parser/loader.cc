#include "parser/loader.h"

#include <cctype>

#include "parser/interp_context.h"
#include "parser/pg_tree.h"
#include "parser/annotations.h"
#include "parser/batch_split.h"
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
    case PG_QUERY__NODE__NODE_VIEW_STMT: return ApplyCreateView(node->view_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT: return ApplyCreateTableAs(node->create_table_as_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT: return ApplyCreateFunction(node->create_function_stmt, ctx);
    case PG_QUERY__NODE__NODE_ALTER_FUNCTION_STMT: return ApplyAlterFunction(node->alter_function_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT: return ApplyCreateTrigger(node->create_trig_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT: return ApplyCreateDomain(node->create_domain_stmt, ctx);
    case PG_QUERY__NODE__NODE_ALTER_DOMAIN_STMT: return ApplyAlterDomain(node->alter_domain_stmt, ctx);
    case PG_QUERY__NODE__NODE_COMPOSITE_TYPE_STMT: return ApplyCreateComposite(node->composite_type_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_RANGE_STMT: return ApplyCreateRange(node->create_range_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT: return ApplyCreatePolicy(node->create_policy_stmt, ctx);
    case PG_QUERY__NODE__NODE_ALTER_POLICY_STMT: return ApplyAlterPolicy(node->alter_policy_stmt, ctx);
    case PG_QUERY__NODE__NODE_GRANT_STMT: return ApplyGrant(node->grant_stmt, ctx);
    case PG_QUERY__NODE__NODE_ALTER_DEFAULT_PRIVILEGES_STMT:
      return ApplyAlterDefaultPrivileges(node->alter_default_privileges_stmt, ctx);
    case PG_QUERY__NODE__NODE_ALTER_OWNER_STMT: return ApplyAlterOwner(node->alter_owner_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_EVENT_TRIG_STMT:
    case PG_QUERY__NODE__NODE_ALTER_EVENT_TRIG_STMT:
      // Event triggers belong to the database, not to a schema.
      return ctx.Unmodelled(std::string(node->node_case == PG_QUERY__NODE__NODE_CREATE_EVENT_TRIG_STMT ? "CREATE" : "ALTER") +
                            " EVENT TRIGGER (event triggers are database-wide, not part of a schema)");
    case PG_QUERY__NODE__NODE_DEFINE_STMT:
      if (node->define_stmt->kind == PG_QUERY__OBJECT_TYPE__OBJECT_AGGREGATE)
        return ctx.Unmodelled("CREATE AGGREGATE");
      if (node->define_stmt->kind == PG_QUERY__OBJECT_TYPE__OBJECT_OPERATOR)
        return ctx.Unmodelled("CREATE OPERATOR");
      return ctx.Unmodelled(StatementLabel(node));
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

// First byte of a statement's text after leading whitespace and comments, so
// that a caret lands on its first keyword.
int StatementStart(std::string_view text, int offset, int end) {
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
  return offset;
}

// Statements are parsed in batches of about this many bytes: a whole large
// dump parsed at once holds its complete parse tree (many times the text's
// size) in memory; batches keep only one batch's tree alive.
constexpr size_t kBatchBytes = 64 << 10;

// Applies the statements of one parsed batch; `base` is the batch's offset
// in the file (node locations are relative to the batch).
void ApplyBatch(PgQuery__ParseResult* result, const SourceFile& file, size_t base, size_t batch_end,
                InterpContext& ctx) {
  std::string_view text = file.text();
  ctx.set_location_base(static_cast<int>(base));
  for (size_t i = 0; i < result->n_stmts; ++i) {
    PgQuery__RawStmt* raw = result->stmts[i];
    int offset = static_cast<int>(base) + raw->stmt_location;
    int end = raw->stmt_len ? offset + raw->stmt_len : static_cast<int>(batch_end);
    ctx.BeginStatement(&file, StatementStart(text, offset, end));
    if (raw->stmt) ApplyStatement(raw->stmt, ctx);
  }
  ctx.set_location_base(0);
}

// Loads one file. Its text is scanned once whole (annotations), then parsed
// batch by batch; a mapped file gives back what parsing is done with.
bool ApplyFile(SourceFile& file, InterpContext& ctx) {
  for (int offset : file.meta_commands()) {
    ctx.BeginStatement(&file, offset);
    ctx.Note("SD-P003", "psql meta-command skipped");
  }
  ctx.set_search_path({"$user", "public"});
  ctx.set_rename_annotations(FindRenameAnnotations(file.text()));
  ctx.set_backfill_annotations(FindCommentAnnotations(file.text(), {"schemadiff:backfill"}));
  file.Unload();
  std::string_view text = file.text();
  std::vector<size_t> ends = SplitIntoBatches(text, kBatchBytes);
  size_t start = 0;
  for (size_t b = 0; b < ends.size(); ++b) {
    ParseTree tree;
    std::string error;
    int error_offset = -1;
    size_t end = ends[b];
    bool ok = tree.Parse(std::string(text.substr(start, end - start)), &error, &error_offset);
    // A cut can split a statement the grammar keeps whole (a BEGIN ATOMIC
    // body has `;` inside): the batch is parsed again with the next one.
    for (int extra = 0; !ok && extra < 2 && b + 1 < ends.size(); ++extra) {
      end = ends[++b];  // a failed Parse allocated nothing in the tree
      error_offset = -1;
      ok = tree.Parse(std::string(text.substr(start, end - start)), &error, &error_offset);
    }
    if (!ok && end < text.size()) {
      // Still failing: parse the rest of the file at once, which also finds
      // the true first error if there is one.
      end = text.size();
      ParseTree rest;
      error_offset = -1;
      if (rest.Parse(std::string(text.substr(start)), &error, &error_offset)) {
        ApplyBatch(rest.result(), file, start, end, ctx);
        break;
      }
      ok = false;
    }
    if (!ok) {
      ctx.BeginStatement(&file, error_offset >= 0 ? static_cast<int>(start) + error_offset : static_cast<int>(start));
      ctx.Error("SD-P001", error);
      return false;
    }
    ApplyBatch(tree.result(), file, start, end, ctx);
    file.ReleaseBefore(end);
    start = end;
  }
  return !ctx.failed();
}

// `source` by value: a caller that is done with its input moves it in, and a
// large file is then held once, not twice, while it loads.
bool ApplyInput(const std::string& name, std::string source, InterpContext& ctx) {
  SourceFile file(name, std::move(source));
  return ApplyFile(file, ctx);
}

// Loads inputs.size() files into an empty catalog; `text(i)` hands over
// file i's text (a copy, or the caller's own string moved in) unless the
// input is a mapped file.
template <class TakeText>
bool LoadEach(const std::vector<Input>& inputs, TakeText text, model::Catalog* catalog,
              std::vector<model::Diagnostic>* diagnostics) {
  *catalog = model::Catalog::Empty();
  InterpContext ctx(catalog, diagnostics);
  bool ok = true;
  for (size_t i = 0; i < inputs.size(); ++i) {
    if (inputs[i].mapped) {
      SourceFile file(inputs[i].name, inputs[i].mapped);
      ok = ApplyFile(file, ctx) && ok;
    } else {
      ok = ApplyInput(inputs[i].name, text(i), ctx) && ok;
    }
  }
  PruneOrphanedPrivileges(*catalog);
  return ok;
}

}  // namespace

bool LoadSchema(const std::vector<Input>& inputs, model::Catalog* catalog,
                std::vector<model::Diagnostic>* diagnostics) {
  return LoadEach(inputs, [&](size_t i) { return inputs[i].text; }, catalog, diagnostics);
}

bool LoadSchema(std::vector<Input>&& inputs, model::Catalog* catalog, std::vector<model::Diagnostic>* diagnostics) {
  return LoadEach(inputs, [&](size_t i) { return std::move(inputs[i].text); }, catalog, diagnostics);
}

bool ApplyStatements(const Input& input, model::Catalog* catalog, std::vector<model::Diagnostic>* diagnostics) {
  InterpContext ctx(catalog, diagnostics);
  return ApplyInput(input.name, input.text, ctx);
}

}  // namespace sd::parser
