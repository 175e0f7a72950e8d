// Views and materialized views.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/boxed.h"
#include "model/object_ref.h"

namespace sd::model {

/// A view or materialized view. `query_key` decides equality; `query` is
/// what CREATE emits.
struct View {
  QualifiedName name;
  bool materialized = false;
  std::string query;      ///< the SELECT as emitted (deparsed, valid SQL)
  std::string query_key;  ///< canonical form: equal keys mean PostgreSQL stores the same query
  std::vector<std::string> columns;  ///< output column names in order (empty when unknown)
  std::vector<std::string> column_types;  ///< canonical type per output column, "" when not known
  std::vector<std::string> column_list;   ///< the column list as declared, CREATE VIEW v (a, b) (output only)
  std::vector<std::string> options;  ///< reloptions as "name=value", sorted (security_barrier, check_option, ...)
  bool with_data = true;             ///< materialized views: WITH [NO] DATA (not compared: pg_dump always says NO DATA)
  std::vector<ObjectRef> depends_on;  ///< relations, columns, functions and types the query uses
  Comment comment;
  std::map<std::string, std::string> column_comments;
  std::string renamed_from;  ///< rename annotation in the schema file (not compared)

  ObjectRef Ref() const { return {materialized ? ObjectKind::kMaterializedView : ObjectKind::kView, name, ""}; }
};

}  // namespace sd::model
