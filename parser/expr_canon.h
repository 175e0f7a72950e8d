// Expression nodes to model::Expr: text for output, canonical key for comparison.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "model/expr.h"
#include "model/type_ref.h"
#include "parser/interp_context.h"

namespace sd::parser {

/// Builds an Expr from the parse node in `slot`. The node is canonicalised in
/// place (and may be replaced), so call this last for that subtree. Reports
/// deparse failures through `ctx`.
model::Expr MakeExpr(PgQuery__Node** slot, InterpContext& ctx);

/// Canonicalises one expression of a view query in place, by the same rules
/// as an Expr's key except that column qualifiers are kept: in a query they
/// say which FROM item a column comes from.
void CanonicaliseQueryExpr(PgQuery__Node** slot, InterpContext& ctx);

/// Rewrites a cast's type name in place to its canonical spelling (builtin
/// names as PostgreSQL prints them, user types schema-qualified).
void CanonicaliseCastType(PgQuery__TypeName* type, InterpContext& ctx);

/// Builds an Expr from SQL expression text (e.g. a generated nextval default).
model::Expr MakeExprFromText(const std::string& text, InterpContext& ctx);

/// Rebuilds `expr` with column `from` renamed to `to` (ALTER TABLE RENAME COLUMN).
void RenameColumnInExpr(model::Expr* expr, const std::string& from, const std::string& to,
                        InterpContext& ctx);

/// Rebuilds `expr` with nextval() references to sequence `from` pointing at `to`.
void RenameSequenceInExpr(model::Expr* expr, const model::QualifiedName& from,
                          const model::QualifiedName& to, InterpContext& ctx);

/// True when the canonical expression is the NULL constant (PostgreSQL stores
/// no default at all for DEFAULT NULL).
bool IsNullConstant(const model::Expr& expr);

/// True when PostgreSQL stores no default for `DEFAULT expr` on a column of
/// `type`: the expression is the NULL constant and coercing it needs no length
/// coercion. A type with a typmod keeps it (`varchar(16) DEFAULT NULL` is stored
/// as `NULL::character varying`, and pg_dump prints it).
bool IsDiscardedNullDefault(const model::Expr& expr, const model::TypeRef& type);

/// A default is coerced to its column's type: a quoted literal compares as
/// the value it becomes ('f' on boolean = false, '0' on integer = 0).
void CanonicaliseDefaultForType(model::Expr* expr, const model::TypeRef& type);

/// The column names an expression references, in order of first appearance.
std::vector<std::string> ReferencedColumns(PgQuery__Node* node);

/// The relations a tree reads (RangeVar nodes: FROM items, INSERT targets),
/// schema empty when unqualified, in order of first appearance.
std::vector<model::QualifiedName> ReferencedRelations(PgQuery__Node* node);

/// The functions an expression calls, schema-qualified where `resolve`
/// (unqualified name → schema, or "") knows the schema; calls it resolves
/// are rewritten in place to the qualified name, as pg_dump spells them
/// under an empty search_path. Call before MakeExpr on the same node.
std::vector<model::QualifiedName> QualifyFunctionCalls(
    PgQuery__Node* node, const std::function<std::string(const std::string&)>& resolve);

/// PostgreSQL's name for an index expression column (FigureIndexColname):
/// the function name for a call, "expr" for anything else unnamed.
std::string IndexExpressionName(const PgQuery__Node* node);

}  // namespace sd::parser
