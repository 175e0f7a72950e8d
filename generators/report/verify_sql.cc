#include "report/verify_sql.h"

#include <map>
#include <set>

#include "model/quote.h"
#include "model/type_ref.h"
#include "report/plan_report.h"

namespace sd::report {
namespace {

using model::ObjectKind;
using model::ObjectRef;
using model::QualifiedName;

std::string Lit(const std::string& text) { return model::QuoteLiteral(text); }

// Catalog lookups by name that yield NULL, never an error, when the object
// is missing: a regclass cast would abort the script at the first FAIL.
std::string RelOid(const QualifiedName& name, const std::string& relkinds) {
  return "(SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = " +
         Lit(name.schema) + " AND c.relname = " + Lit(name.name) + " AND c.relkind IN (" + relkinds + "))";
}
std::string TableOid(const QualifiedName& name) { return RelOid(name, "'r', 'p'"); }
std::string TypeOid(const QualifiedName& name) {
  return "(SELECT t.oid FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = " +
         Lit(name.schema) + " AND t.typname = " + Lit(name.name) + ")";
}
std::string Attr(const QualifiedName& table, const std::string& column, const std::string& expr) {
  return "(SELECT " + expr + " FROM pg_attribute a WHERE a.attrelid = " + TableOid(table) +
         " AND a.attname = " + Lit(column) + " AND a.attnum > 0 AND NOT a.attisdropped)";
}
std::string Con(const QualifiedName& table, const std::string& name, const std::string& expr) {
  return "(SELECT " + expr + " FROM pg_constraint k WHERE k.conrelid = " + TableOid(table) +
         " AND k.conname = " + Lit(name) + ")";
}
std::string Exists(const std::string& scalar) { return scalar + " IS NOT NULL"; }

std::string Quoted(const QualifiedName& name) { return model::QuoteQualified(name); }
std::string Quoted(const QualifiedName& table, const std::string& member) {
  return Quoted(table) + "." + model::QuoteIdent(member);
}

const char* ConstraintType(model::ConstraintKind kind) {
  switch (kind) {
    case model::ConstraintKind::kPrimaryKey: return "p";
    case model::ConstraintKind::kUnique: return "u";
    case model::ConstraintKind::kForeignKey: return "f";
    case model::ConstraintKind::kCheck: return "c";
    case model::ConstraintKind::kExclusion: return "x";
  }
  return "c";
}
const char* ConstraintKindName(model::ConstraintKind kind) {
  switch (kind) {
    case model::ConstraintKind::kPrimaryKey: return "primary key";
    case model::ConstraintKind::kUnique: return "unique";
    case model::ConstraintKind::kForeignKey: return "foreign key";
    case model::ConstraintKind::kCheck: return "check";
    case model::ConstraintKind::kExclusion: return "exclusion";
  }
  return "check";
}

// The checks of the script, each said once, in the order first asked for.
class Checks {
 public:
  void Add(const std::string& what, const std::string& condition, const std::string& found = "NULL") {
    if (!seen_.insert(what).second) return;
    body_ += "INSERT INTO pg_temp.schemadiff_verify (ok, what, found)\nSELECT coalesce(" + condition + ", false), " +
             Lit(what) + ", " + found + "\nRETURNING " + kLine + ";\n";
  }
  void Comment(const std::string& text) { body_ += "-- " + text + "\n"; }
  const std::string& body() const { return body_; }

 private:
  static constexpr const char* kLine =
      "CASE WHEN ok THEN 'OK ' || what ELSE 'FAIL ' || what || coalesce(' (found: ' || found || ')', '') END";
  std::set<std::string> seen_;
  std::string body_;
};

class Verifier {
 public:
  Verifier(const model::Catalog& to, Checks* checks) : to_(to), checks_(*checks) {}

  void Created(const diff::Object& object) {
    if (const auto* s = std::get_if<model::Schema>(&object)) return Schema(s->name);
    if (const auto* e = std::get_if<model::Extension>(&object)) return Extension(*e);
    if (const auto* e = std::get_if<model::EnumType>(&object)) return Enum(*e);
    if (const auto* s = std::get_if<model::Sequence>(&object)) return Sequence(*s, true);
    if (const auto* t = std::get_if<model::Table>(&object)) return Table(*t);
    if (const auto* c = std::get_if<diff::ColumnObject>(&object)) return Column(c->table, c->column);
    if (const auto* c = std::get_if<diff::ConstraintObject>(&object)) return Constraint(c->table, c->constraint);
    if (const auto* i = std::get_if<model::Index>(&object)) return Index(*i);
    if (const auto* v = std::get_if<model::View>(&object)) return Present(v->Ref());
  }

  void Altered(const diff::Change& change) {
    const auto* column = std::get_if<diff::ColumnObject>(&change.after);
    switch (change.aspect) {
      case diff::Aspect::kColumnType:
        if (column) return ColumnType(column->table, column->column);
        break;
      case diff::Aspect::kColumnNotNull:
        if (column) return ColumnNotNull(column->table, column->column);
        break;
      case diff::Aspect::kColumnDefault:
        if (column) return ColumnDefault(column->table, column->column);
        break;
      case diff::Aspect::kColumnIdentity:
        if (column) return ColumnIdentity(column->table, column->column);
        break;
      case diff::Aspect::kColumnDropExpression:
        if (column) return ColumnPlain(column->table, column->column);
        break;
      case diff::Aspect::kConstraintValidate:
        if (const auto* c = std::get_if<diff::ConstraintObject>(&change.after))
          return ConstraintValidated(c->table, c->constraint);
        break;
      case diff::Aspect::kEnumValues:
        if (const auto* e = std::get_if<model::EnumType>(&change.after)) return Enum(*e);
        break;
      case diff::Aspect::kSequenceOptions:
      case diff::Aspect::kSequenceOwner:
        if (const auto* s = std::get_if<model::Sequence>(&change.after)) return Sequence(*s, false);
        break;
      case diff::Aspect::kExtensionVersion:
      case diff::Aspect::kExtensionSchema:
        if (const auto* e = std::get_if<model::Extension>(&change.after)) return Extension(*e);
        break;
      case diff::Aspect::kTablePersistence:
        if (const auto* t = std::get_if<model::Table>(&change.after)) return Persistence(*t);
        break;
      default:
        break;
    }
    Present(change.target);
  }

  void Renamed(const diff::Change& change) {
    const auto* from = std::get_if<ObjectRef>(&change.before);
    const auto* to = std::get_if<ObjectRef>(&change.after);
    if (!from || !to) return;
    Present(*to);
    ObjectRef old = *from;
    if (old.kind == ObjectKind::kColumn || old.kind == ObjectKind::kConstraint) old.name = to->name;  // same table
    if (!InNew(old)) Absent(old);
  }

  void Dropped(const ObjectRef& ref) {
    if (!InNew(ref)) Absent(ref);  // else dropped to be recreated (changed definition)
  }

  // Whether NEW has an object of that kind and name. Kinds verify.sql does
  // not look up count as present, so that no absence is claimed for them.
  bool InNew(const ObjectRef& ref) const {
    switch (ref.kind) {
      case ObjectKind::kSchema: return to_.schemas.count(ref.name.name) > 0;
      case ObjectKind::kExtension: return to_.extensions.count(ref.name.name) > 0;
      case ObjectKind::kEnumType: return to_.enums.count(ref.name) > 0;
      case ObjectKind::kSequence: return to_.sequences.count(ref.name) > 0;
      case ObjectKind::kTable: return to_.tables.count(ref.name) > 0;
      case ObjectKind::kIndex: return to_.indexes.count(ref.name) > 0;
      case ObjectKind::kView:
      case ObjectKind::kMaterializedView: return to_.views.count(ref.name) > 0;
      case ObjectKind::kColumn:
      case ObjectKind::kConstraint: {
        auto it = to_.tables.find(ref.name);
        if (it == to_.tables.end()) return false;
        return ref.kind == ObjectKind::kColumn ? it->second.FindColumn(ref.sub) != nullptr
                                               : it->second.FindConstraint(ref.sub) != nullptr;
      }
      default: return true;
    }
  }

 private:
  // The object `ref` names, as NEW declares it, exists.
  void Present(const ObjectRef& ref) {
    switch (ref.kind) {
      case ObjectKind::kSchema: return Schema(ref.name.name);
      case ObjectKind::kTable: return TableExists(ref.name);
      case ObjectKind::kView:
      case ObjectKind::kMaterializedView:
        return checks_.Add(model::Describe(ref) + " exists",
                           Exists(RelOid(ref.name, ref.kind == ObjectKind::kView ? "'v'" : "'m'")));
      case ObjectKind::kColumn: return ColumnExists(ref.name, ref.sub);
      case ObjectKind::kConstraint: {
        auto table = to_.tables.find(ref.name);
        const model::Constraint* c = table == to_.tables.end() ? nullptr : table->second.FindConstraint(ref.sub);
        if (c) return ConstraintExists(ref.name, *c);
        return checks_.Add("constraint " + Quoted(ref.name, ref.sub) + " exists", Exists(Con(ref.name, ref.sub, "1")));
      }
      case ObjectKind::kIndex: {
        auto index = to_.indexes.find(ref.name);
        if (index != to_.indexes.end()) return Index(index->second);
        break;
      }
      case ObjectKind::kSequence: return SequenceExists(ref.name);
      case ObjectKind::kEnumType: return EnumExists(ref.name);
      case ObjectKind::kExtension:
        return checks_.Add("extension " + model::QuoteIdent(ref.name.name) + " exists",
                           "EXISTS (SELECT 1 FROM pg_extension x WHERE x.extname = " + Lit(ref.name.name) + ")");
      default: break;
    }
    checks_.Comment("not checked (kind not covered by verify.sql): " + model::Describe(ref));
  }

  void Absent(const ObjectRef& ref) {
    std::string what;
    std::string lookup;
    switch (ref.kind) {
      case ObjectKind::kSchema:
        what = "schema " + model::QuoteIdent(ref.name.name);
        lookup = "(SELECT 1 FROM pg_namespace n WHERE n.nspname = " + Lit(ref.name.name) + ")";
        break;
      case ObjectKind::kTable:
      case ObjectKind::kIndex:
      case ObjectKind::kSequence:
      case ObjectKind::kView:
      case ObjectKind::kMaterializedView:
        what = std::string(model::KindName(ref.kind)) + " " + Quoted(ref.name);
        lookup = RelOid(ref.name, "'r', 'p', 'i', 'I', 'S', 'v', 'm', 'f'");
        break;
      case ObjectKind::kEnumType:
        what = "type " + Quoted(ref.name);
        lookup = TypeOid(ref.name);
        break;
      case ObjectKind::kColumn:
        what = "column " + Quoted(ref.name, ref.sub);
        lookup = Attr(ref.name, ref.sub, "1");
        break;
      case ObjectKind::kConstraint:
        what = "constraint " + Quoted(ref.name, ref.sub);
        lookup = Con(ref.name, ref.sub, "1");
        break;
      default:
        return;
    }
    // A member is gone from a table that is there: on a database the
    // migration never ran on, the table may be missing altogether.
    std::string table_there = ref.kind == ObjectKind::kColumn || ref.kind == ObjectKind::kConstraint
                                  ? Exists(TableOid(ref.name)) + " AND "
                                  : "";
    checks_.Add(what + " is gone", table_there + "NOT EXISTS " + lookup);
  }

  void Schema(const std::string& name) {
    checks_.Add("schema " + model::QuoteIdent(name) + " exists",
                "EXISTS (SELECT 1 FROM pg_namespace n WHERE n.nspname = " + Lit(name) + ")");
  }

  void Extension(const model::Extension& e) {
    std::string ext = "(SELECT x.* FROM pg_extension x WHERE x.extname = " + Lit(e.name) + ")";
    checks_.Add("extension " + model::QuoteIdent(e.name) + " exists", "EXISTS " + ext);
    if (!e.schema.empty())
      checks_.Add("extension " + model::QuoteIdent(e.name) + " in schema " + model::QuoteIdent(e.schema),
                  "(SELECT n.nspname = " + Lit(e.schema) +
                      " FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace WHERE x.extname = " +
                      Lit(e.name) + ")",
                  "(SELECT n.nspname::text FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace "
                  "WHERE x.extname = " + Lit(e.name) + ")");
    if (!e.version.empty())
      checks_.Add("extension " + model::QuoteIdent(e.name) + " version " + e.version,
                  "(SELECT x.extversion = " + Lit(e.version) + " FROM pg_extension x WHERE x.extname = " +
                      Lit(e.name) + ")",
                  "(SELECT x.extversion FROM pg_extension x WHERE x.extname = " + Lit(e.name) + ")");
  }

  void EnumExists(const QualifiedName& name) {
    checks_.Add("type " + Quoted(name) + " exists", Exists(TypeOid(name)));
  }

  void Enum(const model::EnumType& e) {
    EnumExists(e.name);
    // Labels quoted the way the query below quotes them, so equal lists
    // compare equal as text.
    std::string expected;
    for (const auto& v : e.values) expected += (expected.empty() ? "" : ", ") + model::QuoteLiteral(v);
    std::string labels =
        "(SELECT string_agg('''' || replace(e.enumlabel, '''', '''''') || '''', ', ' ORDER BY e.enumsortorder) "
        "FROM pg_enum e WHERE e.enumtypid = " + TypeOid(e.name) + ")";
    checks_.Add("type " + Quoted(e.name) + " values (" + expected + ")", labels + " = " + Lit(expected), labels);
  }

  void SequenceExists(const QualifiedName& name) {
    checks_.Add("sequence " + Quoted(name) + " exists", Exists(RelOid(name, "'S'")));
  }

  void Sequence(const model::Sequence& s, bool created) {
    SequenceExists(s.name);
    const model::SequenceOptions& o = s.options;
    std::string expected = "as " + o.type + " start " + std::to_string(o.start) + " increment " +
                           std::to_string(o.increment) + " minvalue " + std::to_string(o.min_value) + " maxvalue " +
                           std::to_string(o.max_value) + " cache " + std::to_string(o.cache) +
                           (o.cycle ? " cycle" : " no cycle");
    std::string actual =
        "(SELECT 'as ' || format_type(s.seqtypid, NULL) || ' start ' || s.seqstart || ' increment ' || "
        "s.seqincrement || ' minvalue ' || s.seqmin || ' maxvalue ' || s.seqmax || ' cache ' || s.seqcache || "
        "CASE WHEN s.seqcycle THEN ' cycle' ELSE ' no cycle' END FROM pg_sequence s WHERE s.seqrelid = " +
        RelOid(s.name, "'S'") + ")";
    checks_.Add("sequence " + Quoted(s.name) + " " + expected, actual + " = " + Lit(expected), actual);
    if (!s.owned_by) return;
    std::string owner = Quoted(s.owned_by->table, s.owned_by->column);
    std::string owned =
        "(SELECT a.attname::text FROM pg_depend d JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = "
        "d.refobjsubid WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND "
        "d.objid = " + RelOid(s.name, "'S'") + " AND d.refobjid = " + TableOid(s.owned_by->table) +
        " AND d.deptype = 'a')";
    checks_.Add("sequence " + Quoted(s.name) + " owned by " + owner, owned + " = " + Lit(s.owned_by->column));
  }

  void TableExists(const QualifiedName& name) {
    checks_.Add("table " + Quoted(name) + " exists", Exists(TableOid(name)));
  }

  void Persistence(const model::Table& t) {
    bool unlogged = t.persistence == model::Persistence::kUnlogged;
    std::string actual = "(SELECT CASE c.relpersistence WHEN 'u' THEN 'unlogged' ELSE 'logged' END FROM pg_class c "
                         "WHERE c.oid = " + TableOid(t.name) + ")";
    checks_.Add("table " + Quoted(t.name) + (unlogged ? " unlogged" : " logged"),
                actual + " = " + Lit(unlogged ? "unlogged" : "logged"), actual);
  }

  void Table(const model::Table& t) {
    TableExists(t.name);
    if (t.persistence == model::Persistence::kUnlogged) Persistence(t);
    for (const auto& column : t.columns) Column(t.name, column);
    for (const auto& constraint : t.constraints) Constraint(t.name, constraint);
  }

  void ColumnExists(const QualifiedName& table, const std::string& column) {
    checks_.Add("column " + Quoted(table, column) + " exists", Exists(Attr(table, column, "1")));
  }

  void Column(const QualifiedName& table, const model::Column& column) {
    ColumnExists(table, column.name);
    ColumnType(table, column);
    ColumnNotNull(table, column);
    ColumnDefault(table, column);
    ColumnIdentity(table, column);
  }

  // format_type under search_path = pg_catalog spells builtin types the way
  // TypeSql does and qualifies every user type.
  void ColumnType(const QualifiedName& table, const model::Column& column) {
    std::string type = model::TypeSql(column.type);
    std::string actual = Attr(table, column.name, "format_type(a.atttypid, a.atttypmod)");
    checks_.Add("column " + Quoted(table, column.name) + " type " + type, actual + " = " + Lit(type), actual);
  }

  void ColumnNotNull(const QualifiedName& table, const model::Column& column) {
    std::string actual = Attr(table, column.name, "CASE WHEN a.attnotnull THEN 'NOT NULL' ELSE 'nullable' END");
    std::string expected = column.not_null ? "NOT NULL" : "nullable";
    checks_.Add("column " + Quoted(table, column.name) + " " + expected, actual + " = " + Lit(expected), actual);
  }

  // Presence only: the default's text is compared by the round-trip tests,
  // and pg_get_expr spells it differently from the schema file.
  void ColumnDefault(const QualifiedName& table, const model::Column& column) {
    bool has = column.default_value.has_value() || column.generated.has_value();
    std::string actual = Attr(table, column.name, "CASE WHEN a.atthasdef THEN 'a default' ELSE 'no default' END");
    std::string expected = has ? "a default" : "no default";
    checks_.Add("column " + Quoted(table, column.name) + " has " + expected, actual + " = " + Lit(expected), actual);
  }

  void ColumnIdentity(const QualifiedName& table, const model::Column& column) {
    std::string expected = !column.identity                ? "no identity"
                           : column.identity->kind == 'a' ? "identity always"
                                                          : "identity by default";
    std::string actual = Attr(table, column.name,
                              "CASE a.attidentity WHEN 'a' THEN 'identity always' WHEN 'd' THEN 'identity by "
                              "default' ELSE 'no identity' END");
    checks_.Add("column " + Quoted(table, column.name) + " " + expected, actual + " = " + Lit(expected), actual);
  }

  void ColumnPlain(const QualifiedName& table, const model::Column& column) {
    checks_.Add("column " + Quoted(table, column.name) + " not generated",
                Attr(table, column.name, "a.attgenerated = ''"));
  }

  void ConstraintExists(const QualifiedName& table, const model::Constraint& c) {
    std::string actual = Con(table, c.name, "k.contype::text");
    checks_.Add("constraint " + Quoted(table, c.name) + " exists (" + ConstraintKindName(c.kind) + ")",
                actual + " = " + Lit(ConstraintType(c.kind)), actual);
  }

  void ConstraintValidated(const QualifiedName& table, const model::Constraint& c) {
    ConstraintExists(table, c);
    std::string expected = c.not_valid ? "not valid" : "validated";
    std::string actual = Con(table, c.name, "CASE WHEN k.convalidated THEN 'validated' ELSE 'not valid' END");
    checks_.Add("constraint " + Quoted(table, c.name) + " " + expected, actual + " = " + Lit(expected), actual);
  }

  void Constraint(const QualifiedName& table, const model::Constraint& c) { ConstraintValidated(table, c); }

  // Valid matters after CREATE INDEX CONCURRENTLY: a failed build leaves an
  // invalid index behind under the right name.
  void Index(const model::Index& index) {
    std::string expected = std::string(index.unique ? "unique" : "not unique") + ", valid";
    std::string actual =
        "(SELECT CASE WHEN i.indisunique THEN 'unique' ELSE 'not unique' END || CASE WHEN i.indisvalid THEN "
        "', valid' ELSE ', invalid' END FROM pg_index i WHERE i.indexrelid = " + RelOid(index.name, "'i', 'I'") +
        " AND i.indrelid = " + TableOid(index.table) + ")";
    checks_.Add("index " + Quoted(index.name) + " on " + Quoted(index.table) + " exists (" + expected + ")",
                actual + " = " + Lit(expected), actual);
  }

  const model::Catalog& to_;
  Checks& checks_;
};

const char* kHeader =
    "-- schemadiff post-migration verification: run with psql after up.sql, e.g.\n"
    "--   psql -X -f verify.sql\n"
    "-- One line per check, \"OK <what>\" or \"FAIL <what> (found: ...)\"; exits nonzero when any check fails.\n"
    "\\set ON_ERROR_STOP 1\n"
    "\\set QUIET 1\n"
    "\\pset format unaligned\n"
    "\\pset tuples_only on\n"
    "SET client_min_messages = warning;\n"
    "-- Every user type prints schema-qualified in format_type, as the expected types are spelled.\n"
    "SET search_path = pg_catalog;\n"
    "CREATE TEMPORARY TABLE schemadiff_verify (ok boolean NOT NULL, what text NOT NULL, found text);\n";

const char* kFooter =
    "DO $schemadiff$\n"
    "DECLARE\n"
    "  failed bigint := (SELECT count(*) FROM pg_temp.schemadiff_verify WHERE NOT ok);\n"
    "  total bigint := (SELECT count(*) FROM pg_temp.schemadiff_verify);\n"
    "BEGIN\n"
    "  IF failed > 0 THEN\n"
    "    RAISE EXCEPTION 'schemadiff verify: % of % check(s) failed', failed, total;\n"
    "  END IF;\n"
    "END\n"
    "$schemadiff$;\n";

}  // namespace

std::string RenderVerify(const std::vector<diff::Change>& changes, const model::Catalog& to, const plan::Plan& up,
                         const render::SqlOptions& options) {
  // Which changes up.sql applies: withheld steps are comments in it, and a
  // drop with no statement of its own (implied by another step) is not
  // claimed either.
  std::set<int> withheld, implied, applied;
  for (const auto& step : up.steps)
    if (step.sql.empty()) implied.insert(step.change_index);
  for (const auto& listed : ListSteps(up, options))
    (listed.withheld ? withheld : applied).insert(listed.step->change_index);

  Checks checks;
  Verifier verifier(to, &checks);
  for (int i = 0; i < static_cast<int>(changes.size()); ++i) {
    const diff::Change& change = changes[i];
    if (withheld.count(i)) {
      checks.Comment("not checked, withheld from up.sql: " + diff::Describe(change));
      continue;
    }
    if (change.kind == diff::ChangeKind::kCreate) {
      verifier.Created(change.after);
    } else if (change.kind == diff::ChangeKind::kDrop) {
      if (applied.count(i) && !implied.count(i)) verifier.Dropped(change.target);
    } else if (change.aspect == diff::Aspect::kRename) {
      verifier.Renamed(change);
    } else {
      verifier.Altered(change);
    }
  }
  std::string body = checks.body();
  if (body.empty()) body = "-- nothing to check: the migration creates, alters and drops nothing\n";
  return std::string(kHeader) + body + kFooter;
}

}  // namespace sd::report
