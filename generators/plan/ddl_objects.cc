// Indexes, sequences and enum types as SQL.
#include "model/quote.h"
#include "plan/ddl.h"

namespace sd::plan {

std::string CreateIndexSql(const model::Index& index, bool concurrently) {
  std::string out = index.unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ";
  if (concurrently) out += "CONCURRENTLY ";
  out += model::QuoteIdent(index.name.name) + " ON " + model::QuoteQualified(index.table);
  if (index.method != "btree") out += " USING " + index.method;
  out += " (";
  for (size_t i = 0; i < index.keys.size(); ++i) out += (i ? ", " : "") + IndexKeySql(index.keys[i]);
  out += ")";
  if (!index.include.empty()) {
    out += " INCLUDE (";
    for (size_t i = 0; i < index.include.size(); ++i) out += (i ? ", " : "") + model::QuoteIdent(index.include[i]);
    out += ")";
  }
  if (index.nulls_not_distinct) out += " NULLS NOT DISTINCT";
  if (!index.options.empty()) {
    out += " WITH (";
    for (size_t i = 0; i < index.options.size(); ++i) out += (i ? ", " : "") + index.options[i];
    out += ")";
  }
  if (index.where) out += " WHERE (" + index.where->text + ")";
  return out + ";\n";
}

std::string SequenceOptionsSql(const model::SequenceOptions& o, const std::string& column_type) {
  std::string out;
  // Identity sequences take their type from the column.
  if (column_type.empty() || column_type != o.type) out += "AS " + o.type + " ";
  out += "START WITH " + std::to_string(o.start) + " INCREMENT BY " + std::to_string(o.increment) +
         " MINVALUE " + std::to_string(o.min_value) + " MAXVALUE " + std::to_string(o.max_value) + " CACHE " +
         std::to_string(o.cache) + (o.cycle ? " CYCLE" : " NO CYCLE");
  return out;
}

std::string CreateSequenceSql(const model::Sequence& seq) {
  return "CREATE SEQUENCE " + model::QuoteQualified(seq.name) + " " + SequenceOptionsSql(seq.options) + ";\n";
}

std::string CreateEnumSql(const model::EnumType& type) {
  std::string out = "CREATE TYPE " + model::QuoteQualified(type.name) + " AS ENUM (";
  for (size_t i = 0; i < type.values.size(); ++i) out += (i ? ", " : "") + model::QuoteLiteral(type.values[i]);
  return out + ");\n";
}

}  // namespace sd::plan
