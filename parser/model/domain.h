// Domains, composite types and range types.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/expr.h"
#include "model/object_ref.h"
#include "model/type_ref.h"

namespace sd::model {

/// A named CHECK constraint of a domain.
struct DomainConstraint {
  std::string name;
  Expr check;
  bool not_valid = false;
  Comment comment;
};

/// CREATE DOMAIN.
struct Domain {
  QualifiedName name;
  TypeRef base_type;
  std::string collation;
  Boxed<Expr> default_value;
  bool not_null = false;
  std::map<std::string, DomainConstraint> constraints;
  std::vector<ObjectRef> depends_on;
  Comment comment;
  std::string renamed_from;

  ObjectRef Ref() const { return {ObjectKind::kDomain, name, ""}; }
};

/// One attribute of a composite type.
struct CompositeAttribute {
  std::string name;
  TypeRef type;
  std::string collation;
  Comment comment;  ///< COMMENT ON COLUMN type.attribute
  /// Same type and collation (what ALTER ATTRIBUTE TYPE changes).
  bool SameDefinition(const CompositeAttribute& o) const {
    return name == o.name && type == o.type && collation == o.collation;
  }
};

/// CREATE TYPE ... AS (...).
struct CompositeType {
  QualifiedName name;
  std::vector<CompositeAttribute> attributes;
  std::vector<ObjectRef> depends_on;
  Comment comment;
  std::string renamed_from;

  ObjectRef Ref() const { return {ObjectKind::kCompositeType, name, ""}; }
};

/// CREATE TYPE ... AS RANGE (...).
struct RangeType {
  QualifiedName name;
  TypeRef subtype;
  std::vector<std::string> options;  ///< other options as "name=value", sorted
  QualifiedName multirange;          ///< always set: the declared or PostgreSQL's default name
  std::vector<ObjectRef> depends_on;
  Comment comment;
  std::string renamed_from;

  ObjectRef Ref() const { return {ObjectKind::kRangeType, name, ""}; }
};

}  // namespace sd::model
