#include "parser/backfill_annotation.h"

#include "parser/expr_canon.h"
#include "parser/pg_tree.h"

namespace sd::parser {

bool ParseBackfill(const std::string& sql, BackfillTarget target, model::Backfill* out, std::string* error) {
  // Wrapped so that the text must be exactly one expression or INSERT source:
  // a `;` or a second statement in it fails to parse or is counted below.
  bool column = target == BackfillTarget::kColumn;
  std::string statement = column ? "SELECT (" + sql + "\n)" : "INSERT INTO schemadiff_backfill_target " + sql + "\n";
  ParseTree tree;
  int offset = -1;
  if (!tree.Parse(statement, error, &offset)) return false;
  PgQuery__ParseResult* result = tree.result();
  if (!result || result->n_stmts != 1 || !result->stmts[0]->stmt) {
    *error = "expected one " + std::string(column ? "expression" : "INSERT source (`(columns) SELECT …` or `VALUES …`)");
    return false;
  }
  PgQuery__Node* stmt = result->stmts[0]->stmt;
  out->sql = sql;
  out->relations = ReferencedRelations(stmt);
  out->columns = ReferencedColumns(stmt);
  return true;
}

}  // namespace sd::parser
