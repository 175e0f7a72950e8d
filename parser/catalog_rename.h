// Renaming objects inside a catalog, with every reference that PostgreSQL
// keeps by OID following along (foreign keys, owned sequences, defaults,
// expressions). Used by ALTER ... RENAME and by rename annotations.
#pragma once

#include <string>

#include "parser/interp_context.h"

namespace sd::parser {

/// A table, with what follows it in PostgreSQL: indexes, triggers, policies,
/// grants, owner, foreign keys to it and the queries of views reading it.
void RenameTable(model::Catalog& catalog, const model::QualifiedName& from, const model::QualifiedName& to,
                 InterpContext& ctx);
void RenameColumn(model::Catalog& catalog, model::Table& table, const std::string& from, const std::string& to,
                  InterpContext& ctx);
void RenameSequence(model::Catalog& catalog, const model::QualifiedName& from, const model::QualifiedName& to,
                    InterpContext& ctx);
/// An index, or the key constraint whose index has that name. False if neither exists.
bool RenameIndex(model::Catalog& catalog, const model::QualifiedName& from, const std::string& to);
/// A view or materialized view (and the indexes on it, its grants and owner);
/// the queries of views reading it name the new one.
void RenameView(model::Catalog& catalog, const model::QualifiedName& from, const model::QualifiedName& to,
                InterpContext& ctx);
void RenameEnumType(model::Catalog& catalog, const model::QualifiedName& from, const model::QualifiedName& to);
/// ALTER TYPE ... RENAME VALUE: PostgreSQL stores enum constants by OID, so
/// the literal follows in the defaults, checks and index expressions of
/// tables with a column of that type.
void RenameEnumValue(model::Catalog& catalog, const model::QualifiedName& type, const std::string& from,
                     const std::string& to);
/// Any user type (enum, domain, composite, range). False if none has that name.
bool RenameUserType(model::Catalog& catalog, const model::QualifiedName& from, const model::QualifiedName& to);
/// Points every use of type `from` (columns, domain bases, attributes, range
/// subtypes, dependencies) at `to`: PostgreSQL keeps them by OID.
void RetargetTypeReferences(model::Catalog& catalog, const model::QualifiedName& from, const model::QualifiedName& to);
/// Moves every object of schema `from` to `to`.
void RenameSchema(model::Catalog& catalog, const std::string& from, const std::string& to, InterpContext& ctx);

}  // namespace sd::parser
