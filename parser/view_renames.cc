#include "parser/view_renames.h"

#include <set>

#include "parser/pg_tree.h"
#include "parser/query_canon.h"

namespace sd::parser {
namespace {

using Node = PgQuery__Node;

bool Names(const PgQuery__RangeVar* rv, const model::QualifiedName& relation) {
  return rv->relname && rv->schemaname && relation.name == rv->relname && relation.schema == rv->schemaname;
}

// What the stored query qualifies the columns of a FROM item with.
std::string RefName(const PgQuery__RangeVar* rv) {
  if (rv->alias && rv->alias->aliasname && *rv->alias->aliasname) return rv->alias->aliasname;
  return rv->relname ? rv->relname : "";
}

void SetString(Node* node, const std::string& value) {
  if (node && node->node_case == PG_QUERY__NODE__NODE_STRING)
    node->string->sval = ActiveArena().CopyString(value);
}

// Re-reads the query of `view` after `edit` rewrote its tree (returning
// whether it changed anything), against the catalog as it is now. The
// stored query is resolved (relations schema-qualified, columns qualified by
// their FROM item), so names in it can be matched without a scope walk. A
// query that does not read back is left as it was.
template <typename Edit>
void Rewrite(model::View& view, InterpContext& ctx, Edit edit) {
  ParseTree tree;
  std::string error;
  int offset = 0;
  if (!tree.Parse(view.query, &error, &offset) || tree.result()->n_stmts != 1) return;
  Node** slot = &tree.result()->stmts[0]->stmt;
  if (!edit(*slot)) return;
  CanonicalQuery q;
  if (!CanonicaliseQuery(slot, view.column_list, ctx, &q, &error)) return;
  view.query = std::move(q.text);
  view.query_key = std::move(q.key);
  view.columns = std::move(q.columns);
  view.column_types = std::move(q.column_types);
  view.depends_on = std::move(q.depends_on);
}

bool Reads(const model::View& view, const model::QualifiedName& relation) {
  for (const auto& d : view.depends_on)
    if (d.name == relation && d.kind != model::ObjectKind::kFunction) return true;
  return false;
}

}  // namespace

void FollowRelationRename(const model::QualifiedName& from, const model::QualifiedName& to, InterpContext& ctx) {
  for (auto& [name, view] : ctx.catalog().views) {
    if (!Reads(view, from) && !Reads(view, to)) continue;
    Rewrite(view, ctx, [&](Node* root) {
      bool changed = false, unaliased = false;
      ForEachNode(root, [&](Node* n) {
        if (n->node_case != PG_QUERY__NODE__NODE_RANGE_VAR || !Names(n->range_var, from)) return;
        PgQuery__RangeVar* rv = n->range_var;
        unaliased = unaliased || RefName(rv) == from.name;
        rv->schemaname = ActiveArena().CopyString(to.schema);
        rv->relname = ActiveArena().CopyString(to.name);
        changed = true;
      });
      // Without an alias the relation's own (new) name qualifies its columns.
      ForEachNode(root, [&](Node* n) {
        if (n->node_case != PG_QUERY__NODE__NODE_COLUMN_REF) return;
        PgQuery__ColumnRef* ref = n->column_ref;
        if (ref->n_fields >= 3 && StringOf(ref->fields[0]) == from.schema && StringOf(ref->fields[1]) == from.name) {
          SetString(ref->fields[0], to.schema);
          SetString(ref->fields[1], to.name);
        } else if (unaliased && ref->n_fields == 2 && StringOf(ref->fields[0]) == from.name) {
          SetString(ref->fields[0], to.name);
        }
      });
      return changed;
    });
  }
}

void FollowColumnRename(const model::QualifiedName& table, const std::string& from, const std::string& to,
                        InterpContext& ctx) {
  const model::ObjectRef column{model::ObjectKind::kColumn, table, from};
  for (auto& [name, view] : ctx.catalog().views) {
    bool reads = false;
    for (const auto& d : view.depends_on) reads = reads || d == column;
    if (!reads) continue;
    Rewrite(view, ctx, [&](Node* root) {
      // FROM items reading the table under its own column names (an alias
      // column list renames them for the query).
      std::set<std::string> items;
      ForEachNode(root, [&](Node* n) {
        if (n->node_case != PG_QUERY__NODE__NODE_RANGE_VAR || !Names(n->range_var, table)) return;
        const PgQuery__RangeVar* rv = n->range_var;
        if (!rv->alias || !rv->alias->n_colnames) items.insert(RefName(rv));
      });
      auto renamed = [&](const Node* n) {
        if (!n || n->node_case != PG_QUERY__NODE__NODE_COLUMN_REF) return false;
        const PgQuery__ColumnRef* ref = n->column_ref;
        if (ref->n_fields == 2) return items.count(StringOf(ref->fields[0])) && StringOf(ref->fields[1]) == from;
        return ref->n_fields == 3 && StringOf(ref->fields[0]) == table.schema &&
               StringOf(ref->fields[1]) == table.name && StringOf(ref->fields[2]) == from;
      };
      bool changed = false;
      ForEachNode(root, [&](Node* n) {
        // An output column keeps the name it had (parents are visited first).
        if (n->node_case == PG_QUERY__NODE__NODE_RES_TARGET && renamed(n->res_target->val) &&
            (!n->res_target->name || !*n->res_target->name))
          n->res_target->name = ActiveArena().CopyString(from);
        if (renamed(n)) {
          SetString(n->column_ref->fields[n->column_ref->n_fields - 1], to);
          changed = true;
        }
      });
      return changed;
    });
  }
}

}  // namespace sd::parser
