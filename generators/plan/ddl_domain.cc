// Domains, composite types and range types as SQL.
#include "model/quote.h"
#include "plan/ddl.h"

namespace sd::plan {

std::string DomainConstraintSql(const model::DomainConstraint& c) {
  return "CONSTRAINT " + model::QuoteIdent(c.name) + " CHECK (" + c.check.text + ")";
}

std::string CreateDomainSql(const model::Domain& d) {
  std::string out = "CREATE DOMAIN " + model::QuoteQualified(d.name) + " AS " + model::TypeSql(d.base_type);
  if (!d.collation.empty()) out += " COLLATE " + model::QuoteIdent(d.collation);
  if (d.default_value) out += " DEFAULT " + DefaultSql(*d.default_value);
  if (d.not_null) out += " NOT NULL";
  // NOT VALID constraints cannot be declared in CREATE DOMAIN: they follow
  // as ALTER DOMAIN ... ADD ... NOT VALID.
  std::string later;
  for (const auto& [name, c] : d.constraints) {
    if (c.not_valid) {
      later += "ALTER DOMAIN " + model::QuoteQualified(d.name) + " ADD " + DomainConstraintSql(c) + " NOT VALID;\n";
    } else {
      out += " " + DomainConstraintSql(c);
    }
  }
  return out + ";\n" + later;
}

std::string CreateCompositeSql(const model::CompositeType& type) {
  std::string out = "CREATE TYPE " + model::QuoteQualified(type.name) + " AS (";
  for (size_t i = 0; i < type.attributes.size(); ++i) {
    const auto& a = type.attributes[i];
    out += (i ? ", " : "") + model::QuoteIdent(a.name) + " " + model::TypeSql(a.type);
    if (!a.collation.empty()) out += " COLLATE " + model::QuoteIdent(a.collation);
  }
  return out + ");\n";
}

std::string CreateRangeSql(const model::RangeType& type) {
  std::string out = "CREATE TYPE " + model::QuoteQualified(type.name) + " AS RANGE (subtype = " +
                    model::TypeSql(type.subtype);
  for (const auto& option : type.options) {
    size_t eq = option.find('=');
    out += ", " + option.substr(0, eq) + " = " + option.substr(eq + 1);
  }
  out += ", multirange_type_name = " + model::QuoteQualified(type.multirange);
  return out + ");\n";
}

}  // namespace sd::plan
