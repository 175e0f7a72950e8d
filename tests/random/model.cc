// model.cc - lookups and cascading removals of the generator's schema model.
#include "model.h"

#include <algorithm>

namespace sdr {

namespace {

bool Uses(const Expr& e, int column) { return std::find(e.cols.begin(), e.cols.end(), column) != e.cols.end(); }
bool Contains(const std::vector<int>& v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); }

template <class T, class Pred>
void EraseIf(std::vector<T>& v, Pred p) {
  v.erase(std::remove_if(v.begin(), v.end(), p), v.end());
}

template <class T>
T* ById(std::vector<T>& v, int id) {
  for (auto& x : v)
    if (x.id == id) return &x;
  return nullptr;
}
template <class T>
const T* ById(const std::vector<T>& v, int id) {
  for (const auto& x : v)
    if (x.id == id) return &x;
  return nullptr;
}

}  // namespace

std::string Family(const Type& t) {
  if (t.array) return "array";
  switch (t.base) {
    case Base::Int2: case Base::Int4: case Base::Int8: case Base::Numeric: case Base::Float8: return "num";
    case Base::Text: case Base::Varchar: return "str";
    case Base::Timestamp: case Base::Timestamptz: return "time";
    case Base::Enum: return "enum" + std::to_string(t.enum_id);
    default: return std::to_string(static_cast<int>(t.base));
  }
}

bool IsInteger(const Type& t) {
  return !t.array && (t.base == Base::Int2 || t.base == Base::Int4 || t.base == Base::Int8);
}

Column* Table::Col(int id) { return ById(columns, id); }
const Column* Table::Col(int id) const { return ById(columns, id); }
bool Table::HasName(const std::string& n) const {
  for (const auto& c : columns)
    if (c.name == n) return true;
  return false;
}

bool Enum::Has(const std::string& label) const {
  for (const auto& v : values)
    if (v.label == label) return true;
  return false;
}

Schema* Model::SchemaById(int id) { return ById(schemas, id); }
Table* Model::TableById(int id) { return ById(tables, id); }
Enum* Model::EnumById(int id) { return ById(enums, id); }
Sequence* Model::SequenceById(int id) { return ById(sequences, id); }
View* Model::ViewById(int id) { return ById(views, id); }
const Schema* Model::SchemaById(int id) const { return ById(schemas, id); }
const Table* Model::TableById(int id) const { return ById(tables, id); }
const Enum* Model::EnumById(int id) const { return ById(enums, id); }
const Sequence* Model::SequenceById(int id) const { return ById(sequences, id); }

std::string Model::SchemaName(int schema_id) const {
  const Schema* s = SchemaById(schema_id);
  return s ? s->name : "public";
}

bool Model::NameTaken(int schema, const std::string& name) const {
  for (const auto& t : tables) {
    if (t.schema != schema) continue;
    if (t.name == name || t.pk_name == name) return true;
    for (const auto& u : t.uniques)
      if (u.name == name) return true;
    for (const auto& i : t.indexes)
      if (i.name == name) return true;
    // serial columns own <table>_<column>_seq
    for (const auto& c : t.columns)
      if (c.type.serial && t.name + "_" + c.name + "_seq" == name) return true;
  }
  for (const auto& e : enums)
    if (e.schema == schema && e.name == name) return true;
  for (const auto& s : sequences)
    if (s.schema == schema && s.name == name) return true;
  for (const auto& v : views)
    if (v.schema == schema && v.name == name) return true;
  return false;
}

void Model::RemoveView(int view) {
  EraseIf(views, [&](const View& v) { return v.id == view; });
}

void Model::RemoveTable(int table) {
  for (auto& t : tables) EraseIf(t.fks, [&](const ForeignKey& f) { return f.ref_table == table; });
  EraseIf(views, [&](const View& v) { return v.table == table; });
  EraseIf(tables, [&](const Table& t) { return t.id == table; });
}

void Model::RemovePrimaryKey(int table) {
  Table* t = TableById(table);
  if (!t) return;
  t->pk.clear();
  t->pk_name.clear();
  for (auto& o : tables) EraseIf(o.fks, [&](const ForeignKey& f) { return f.ref_table == table; });
}

void Model::RemoveExpressionDependents(int table, int column) {
  Table* t = TableById(table);
  if (!t) return;
  EraseIf(t->checks, [&](const Check& c) { return Uses(c.expr, column); });
  EraseIf(t->indexes, [&](const Index& ix) {
    if (Uses(ix.where, column)) return true;
    for (const auto& k : ix.keys)
      if (Uses(k, column) && k.text != "{0}") return true;
    return false;
  });
  EraseIf(views, [&](const View& v) { return v.table == table && Uses(v.where, column); });
  std::vector<int> generated;
  for (const auto& c : t->columns)
    if (!c.generated.empty() && Uses(c.generated, column)) generated.push_back(c.id);
  for (int g : generated) RemoveColumn(table, g);
}

void Model::RemoveColumn(int table, int column) {
  Table* t = TableById(table);
  if (!t || !t->Col(column)) return;
  RemoveExpressionDependents(table, column);
  t = TableById(table);
  if (Contains(t->pk, column)) RemovePrimaryKey(table);
  t = TableById(table);
  EraseIf(t->uniques, [&](const Unique& u) { return Contains(u.cols, column); });
  EraseIf(t->fks, [&](const ForeignKey& f) { return Contains(f.cols, column); });
  EraseIf(t->indexes, [&](const Index& ix) {
    for (const auto& k : ix.keys)
      if (Uses(k, column)) return true;
    return false;
  });
  EraseIf(views, [&](const View& v) { return v.table == table && Contains(v.cols, column); });
  EraseIf(t->columns, [&](const Column& c) { return c.id == column; });
}

void Model::RemoveEnumLabel(int enum_id, const std::string& label) {
  for (auto& t : tables) {
    for (auto& c : t.columns)
      if (c.def.label_enum == enum_id && c.def.label == label) c.def = Default{};
    auto quotes = [&](const Expr& e) { return std::find(e.labels.begin(), e.labels.end(), label) != e.labels.end(); };
    EraseIf(t.checks, [&](const Check& c) { return quotes(c.expr); });
    EraseIf(t.indexes, [&](const Index& ix) {
      if (quotes(ix.where)) return true;
      for (const auto& k : ix.keys)
        if (quotes(k)) return true;
      return false;
    });
    EraseIf(views, [&](const View& v) { return v.table == t.id && quotes(v.where); });
  }
  if (Enum* e = EnumById(enum_id)) EraseIf(e->values, [&](const EnumValue& v) { return v.label == label; });
}

void Model::RemoveEnum(int enum_id) {
  for (auto& t : tables) {
    std::vector<int> users;
    for (const auto& c : t.columns)
      if (c.type.base == Base::Enum && c.type.enum_id == enum_id) users.push_back(c.id);
    int tid = t.id;
    for (int c : users) RemoveColumn(tid, c);
  }
  EraseIf(enums, [&](const Enum& e) { return e.id == enum_id; });
}

void Model::RemoveSequence(int seq) {
  for (auto& t : tables)
    for (auto& c : t.columns)
      if (c.def.seq == seq) c.def = Default{};
  EraseIf(sequences, [&](const Sequence& s) { return s.id == seq; });
}

void Model::RemoveSchema(int schema) {
  std::vector<int> ids;
  for (const auto& v : views)
    if (v.schema == schema) ids.push_back(v.id);
  for (int v : ids) RemoveView(v);
  ids.clear();
  for (const auto& t : tables)
    if (t.schema == schema) ids.push_back(t.id);
  for (int t : ids) RemoveTable(t);
  ids.clear();
  for (const auto& s : sequences)
    if (s.schema == schema) ids.push_back(s.id);
  for (int s : ids) RemoveSequence(s);
  ids.clear();
  for (const auto& e : enums)
    if (e.schema == schema) ids.push_back(e.id);
  for (int e : ids) RemoveEnum(e);
  EraseIf(schemas, [&](const Schema& s) { return s.id == schema; });
}

bool Model::InForeignKey(int table, int column) const {
  const Table* t = TableById(table);
  if (!t) return false;
  for (const auto& f : t->fks)
    if (Contains(f.cols, column)) return true;
  if (Contains(t->pk, column))
    for (const auto& o : tables)
      for (const auto& f : o.fks)
        if (f.ref_table == table) return true;
  return false;
}

bool Model::UsedByGenerated(int table, int column) const {
  const Table* t = TableById(table);
  if (!t) return false;
  for (const auto& c : t->columns)
    if (!c.generated.empty() && Uses(c.generated, column)) return true;
  return false;
}

}  // namespace sdr
