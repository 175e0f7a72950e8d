// Functions and procedures.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/expr.h"
#include "model/object_ref.h"
#include "model/type_ref.h"

namespace sd::model {

/// One declared parameter of a function or procedure.
struct FunctionArg {
  std::string mode;  ///< "" (IN), "OUT", "INOUT" or "VARIADIC"; PostgreSQL's default IN is ""
  std::string name;  ///< empty when unnamed
  TypeRef type;      ///< typmods dropped: PostgreSQL does not keep them on parameters
  Boxed<Expr> default_value;
  bool operator==(const FunctionArg& o) const {
    return mode == o.mode && name == o.name && type == o.type &&
           default_value.has_value() == o.default_value.has_value() &&
           (!default_value || SameExpr(*default_value, *o.default_value));
  }
};

/// A function or procedure, identified by name and input argument types
/// (overloads are distinct objects). Every attribute holds PostgreSQL's
/// default when the statement leaves it out, so spelled-out defaults compare
/// equal to omitted ones.
struct Function {
  QualifiedName name;
  std::string identity_args;  ///< canonical input argument types, "integer, text": the ref's `sub`
  bool procedure = false;
  std::vector<FunctionArg> args;           ///< parameters in order (RETURNS TABLE columns excluded)
  std::vector<FunctionArg> table_columns;  ///< RETURNS TABLE (...) columns
  std::optional<TypeRef> returns;          ///< none for procedures and RETURNS TABLE
  bool returns_set = false;                ///< SETOF, or RETURNS TABLE
  std::string language = "sql";            ///< lower case
  std::vector<std::string> as;  ///< the AS strings as written: body, or object file and link symbol
  std::string sql_body;         ///< SQL-standard body (RETURN … / BEGIN ATOMIC … END) as emitted
  std::string sql_body_key;     ///< its canonical form
  char volatility = 'v';        ///< 'i'mmutable, 's'table, 'v'olatile
  bool strict = false;
  bool security_definer = false;
  bool leakproof = false;
  char parallel = 'u';          ///< 's'afe, 'r'estricted, 'u'nsafe
  bool window = false;
  std::string cost;             ///< as PostgreSQL prints it; defaults filled in ("100", "1")
  std::string rows;             ///< "1000" for set-returning functions, "" otherwise
  std::string support;          ///< SUPPORT function, qualified SQL text, or ""
  std::vector<std::pair<std::string, std::string>> config;  ///< SET name TO values (SQL text), in order
  std::vector<ObjectRef> depends_on;  ///< types and relations PostgreSQL records as dependencies
  std::vector<ObjectRef> body_uses;   ///< relations a LANGUAGE sql string body reads: ordering only
  Comment comment;

  ObjectRef Ref() const { return {ObjectKind::kFunction, name, identity_args}; }
};

}  // namespace sd::model
