// model.h - the schema gen_pair generates, as data: what exists, what each
// object refers to, and the removals that keep it valid.
//
// Objects carry stable integer ids. Expressions, keys and foreign keys refer
// to columns and tables by id, never by name, so a rename changes one field
// and every reference follows; and a mutation recorded against ids still
// finds (or cleanly misses) its target when the shrinker has removed other
// mutations or objects.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace sdr {

/// Base types the generator uses; arrays and serials are flags of Type.
enum class Base { Int2, Int4, Int8, Numeric, Float8, Text, Varchar, Bool, Date, Timestamp, Timestamptz, Jsonb, Uuid, Bytea, Enum, Interval };

/// A column type.
struct Type {
  Base base = Base::Int4;
  int p = 0;          ///< numeric precision or varchar length; 0 = unconstrained
  int s = 0;          ///< numeric scale
  int enum_id = -1;   ///< for Base::Enum
  bool array = false;
  bool serial = false;  ///< rendered serial / bigserial (implicit owned sequence and default)
  bool operator==(const Type&) const = default;
};

/// Values of a type family convert into each other keeping the meaning of
/// the expressions over them (checks, index expressions); across families
/// those dependents are removed.
std::string Family(const Type& t);
/// True for smallint, integer, bigint (identity and nextval defaults).
bool IsInteger(const Type& t);

/// An SQL expression over the columns of one table: `{0}`, `{1}`… stand for
/// the columns `cols[0]`, `cols[1]`…, rendered with their current names.
struct Expr {
  std::string text;
  std::vector<int> cols;
  std::vector<std::string> labels;  ///< enum labels the text quotes (removed with them)
  bool empty() const { return text.empty(); }
};

/// A column default: nextval of a sequence, an enum label, or SQL text.
struct Default {
  std::string sql;       ///< literal or function call; "" with seq/label unset = none
  int seq = -1;          ///< nextval('<sequence>'::regclass)
  std::string label;     ///< enum label
  int label_enum = -1;
  bool none() const { return sql.empty() && seq < 0 && label.empty(); }
};

struct Column {
  int id = 0;
  std::string name;
  std::string old_name;  ///< the name in OLD; "" for a column added by a mutation
  Type type;
  int spelling = 0;      ///< which of the equivalent type spellings to print
  Default def;
  bool not_null = false;
  std::string identity;  ///< "" / "ALWAYS" / "BY DEFAULT"
  int identity_start = 0, identity_increment = 0;  ///< 0 = PostgreSQL's default
  Expr generated;        ///< STORED generated column when not empty
  std::string comment;
};

struct Check {
  int id = 0;
  std::string name;
  Expr expr;
  std::string comment;
};

struct Unique {
  int id = 0;
  std::string name;
  std::vector<int> cols;
};

struct ForeignKey {
  int id = 0;
  std::string name;
  std::vector<int> cols;
  int ref_table = -1;  ///< references that table's primary key
  std::string on_delete;  ///< "" / CASCADE / SET NULL / RESTRICT
  bool deferrable = false;
};

struct Index {
  int id = 0;
  std::string name;
  bool unique = false;
  std::string method;           ///< "" = btree; "gin"
  std::vector<Expr> keys;       ///< `{0}` alone is a plain column key
  std::vector<bool> desc;       ///< per key
  Expr where;
  std::string comment;
};

struct Table {
  int id = 0;
  int schema = 0;
  std::string name;
  std::string old_name;  ///< the name in OLD; "" for a table added by a mutation
  std::vector<Column> columns;
  std::string pk_name;   ///< "" = no primary key
  std::vector<int> pk;
  std::vector<Unique> uniques;
  std::vector<Check> checks;
  std::vector<ForeignKey> fks;
  std::vector<Index> indexes;
  std::string comment;

  Column* Col(int id);
  const Column* Col(int id) const;
  bool HasName(const std::string& column_name) const;
};

struct EnumValue {
  std::string label;
  std::string old_label;  ///< the label in OLD; "" for an added value
};

struct Enum {
  int id = 0;
  int schema = 0;
  std::string name;
  std::vector<EnumValue> values;
  std::string comment;
  bool Has(const std::string& label) const;
};

struct Sequence {
  int id = 0;
  int schema = 0;
  std::string name;
  std::string as;  ///< "" / "integer" / "bigint"
  int start = 1, increment = 1, cache = 1;
  long long maxvalue = 0;  ///< 0 = the type's default
  bool cycle = false;
  std::string comment;
};

struct View {
  int id = 0;
  int schema = 0;
  std::string name;
  int table = -1;
  std::vector<int> cols;
  Expr where;
  std::string comment;
};

struct Schema {
  int id = 0;
  std::string name;
  std::string comment;
};

/// The whole schema. Schema 0 is always `public`.
struct Model {
  std::vector<Schema> schemas;
  std::vector<Enum> enums;
  std::vector<Sequence> sequences;
  std::vector<Table> tables;
  std::vector<View> views;
  int next_id = 1;  ///< ids of new objects; gen_pair restarts it per mutation

  int NewId() { return next_id++; }
  Schema* SchemaById(int id);
  Table* TableById(int id);
  Enum* EnumById(int id);
  Sequence* SequenceById(int id);
  View* ViewById(int id);
  const Schema* SchemaById(int id) const;
  const Table* TableById(int id) const;
  const Enum* EnumById(int id) const;
  const Sequence* SequenceById(int id) const;
  /// True when some relation, type or index of schema `schema` is called `name`.
  bool NameTaken(int schema, const std::string& name) const;
  std::string SchemaName(int schema_id) const;

  // Removals. Each one also removes what would stop being valid without the
  // object (as DROP … CASCADE would), so the model always renders to a schema
  // PostgreSQL accepts.
  void RemoveTable(int table);
  void RemoveColumn(int table, int column);
  void RemovePrimaryKey(int table);
  void RemoveEnum(int enum_id);
  void RemoveEnumLabel(int enum_id, const std::string& label);
  void RemoveSequence(int seq);
  void RemoveSchema(int schema);
  void RemoveView(int view);
  /// Removes checks, expression or partial indexes, generated columns and
  /// views whose expressions use `column` (before a type change that leaves
  /// its family; plain keys and view columns stay).
  void RemoveExpressionDependents(int table, int column);
  /// True when `column` is in a foreign key of its table or in a primary key
  /// some foreign key references.
  bool InForeignKey(int table, int column) const;
  /// True when a generated column of `table` uses `column`.
  bool UsedByGenerated(int table, int column) const;
};

}  // namespace sdr
