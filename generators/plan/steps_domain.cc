// Domains and their constraints, composite types and range types.
//
// What ALTER cannot change (a domain's base type or collation, a range
// type's definition, a composite type's attribute order) is re-created. When
// table columns use the type, this is the enum type swap: rename the old
// type away, create the new one, convert every column with USING, drop the
// old type, all in one step.
#include <algorithm>
#include <cctype>
#include <functional>

#include "model/quote.h"
#include "plan/ddl.h"
#include "plan/deps.h"
#include "plan/steps.h"
#include "plan/type_change.h"

namespace sd::plan {
namespace {

using model::ObjectKind;

std::string DomainTarget(const model::QualifiedName& name) { return "DOMAIN " + model::QuoteQualified(name); }
std::string TypeTarget(const model::QualifiedName& name) { return "TYPE " + model::QuoteQualified(name); }
std::string AlterDomain(const model::QualifiedName& name) { return "ALTER DOMAIN " + model::QuoteQualified(name); }
std::string ConstraintTarget(const model::QualifiedName& domain, const std::string& name) {
  return "CONSTRAINT " + model::QuoteIdent(name) + " ON DOMAIN " + model::QuoteQualified(domain);
}

bool IsType(const model::TypeRef& type, const model::QualifiedName& name) {
  return type.schema == name.schema && type.name == name.name;
}

// Table columns of type `name` (or arrays of it) in `catalog`.
std::vector<std::pair<model::QualifiedName, const model::Column*>> ColumnsOfType(const model::Catalog& catalog,
                                                                               const model::QualifiedName& name) {
  std::vector<std::pair<model::QualifiedName, const model::Column*>> out;
  for (const auto& [tname, table] : catalog.tables)
    for (const auto& col : table.columns)
      if (IsType(col.type, name)) out.push_back({tname, &col});
  return out;
}

std::vector<ObjectRef> WithSchema(const std::string& schema, const std::vector<ObjectRef>& deps) {
  std::vector<ObjectRef> out{SchemaRef(schema)};
  out.insert(out.end(), deps.begin(), deps.end());
  return out;
}

// Functions of `catalog` that the domain's checks or default call, found by
// name in the expression text (expressions record no function references):
// a check calling a function needs it created first and dropped after.
std::vector<ObjectRef> FunctionsCalled(const model::Domain& d, const model::Catalog& catalog) {
  std::vector<std::string> texts;
  for (const auto& [name, c] : d.constraints) texts.push_back(c.check.text);
  if (d.default_value) texts.push_back(d.default_value->text);
  std::vector<ObjectRef> out;
  for (const auto& [ref, f] : catalog.functions) {
    const std::string call = ref.name.name + "(";
    for (const auto& text : texts) {
      size_t at = text.find(call);
      bool word_start = at != std::string::npos &&
                        (at == 0 || !(std::isalnum(static_cast<unsigned char>(text[at - 1])) || text[at - 1] == '_'));
      if (word_start) {
        out.push_back(ref);
        break;
      }
    }
  }
  return out;
}

std::string DomainComments(const model::Domain& d) {
  std::string sql;
  if (d.comment) sql += CommentSql(DomainTarget(d.name), d.comment);
  for (const auto& [name, c] : d.constraints)
    if (c.comment) sql += CommentSql(ConstraintTarget(d.name, name), c.comment);
  return sql;
}

std::string AttributeTarget(const model::QualifiedName& type, const std::string& attr) {
  return "COLUMN " + model::QuoteQualified(type) + "." + model::QuoteIdent(attr);
}

std::string CompositeComments(const model::CompositeType& t) {
  std::string sql;
  if (t.comment) sql += CommentSql(TypeTarget(t.name), t.comment);
  for (const auto& a : t.attributes)
    if (a.comment) sql += CommentSql(AttributeTarget(t.name, a.name), a.comment);
  return sql;
}

/// How a swap names the type it replaces, and converts a column's value.
struct Swap {
  const diff::Change& change;
  model::QualifiedName name;
  std::string keyword;      ///< DOMAIN or TYPE
  std::string create_sql;   ///< the new type, comments included
  std::vector<ObjectRef> old_deps, new_deps;
  /// USING expression converting `column` (old type, `dims` array suffix) to `to`.
  std::function<std::string(const std::string& column, const model::TypeRef& to)> convert;
  bool lossless = false;
  /// Park the columns as text, drop the old type, create the new one and
  /// convert back: for types whose old copy cannot live beside the new one
  /// (a range type's multirange constructor functions keep their names).
  bool via_text = false;
  std::string what;  ///< for the destructive reason: "the base type of domain public.d changes"
};

std::string Dims(const model::TypeRef& type) {
  std::string out;
  for (int i = 0; i < type.array_dims; ++i) out += "[]";
  return out;
}

void PlanSwap(const Swap& swap, StepContext& ctx) {
  const model::QualifiedName& name = swap.name;
  std::string old_name = name.name.substr(0, 63 - 16) + "__schemadiff_old";
  Step step;
  step.rank = kRankType;
  step.description = diff::Describe(swap.change);
  step.creates = {swap.change.target};
  step.drops = {swap.change.target};
  step.needs_new = WithSchema(name.schema, swap.new_deps);
  step.needs_old = swap.old_deps;
  std::string lift_before, convert, park, lift_after;
  bool used = false;
  for (const auto& [tname, col] : ColumnsOfType(ctx.from, name)) {
    auto to_table = ctx.to.tables.find(tname);
    const model::Column* to_col = to_table == ctx.to.tables.end() ? nullptr : to_table->second.FindColumn(col->name);
    if (!to_col) {
      step.waits_for_drop.push_back(ColumnRef(tname, col->name));
      continue;
    }
    if (!IsType(to_col->type, name)) {
      step.needs_new.push_back(ColumnRef(tname, col->name));
      continue;
    }
    used = true;
    std::string alter = AlterTable(tname) + " ALTER COLUMN " + model::QuoteIdent(col->name);
    LiftDependents(tname, col->name, ctx, &step, &lift_before, &lift_after);
    if (col->default_value) (swap.via_text ? park : convert) += alter + " DROP DEFAULT;\n";
    if (swap.via_text)
      park += alter + " TYPE text" + Dims(to_col->type) + " USING " + model::QuoteIdent(col->name) + "::text" +
              Dims(to_col->type) + ";\n";
    convert += alter + " TYPE " + model::TypeSql(to_col->type) + " USING " + swap.convert(col->name, to_col->type) +
               ";\n";
    if (to_col->default_value) convert += alter + " SET DEFAULT " + DefaultSql(*to_col->default_value) + ";\n";
    step.needs_old.push_back(ColumnRef(tname, col->name));
    step.creates.push_back(ColumnRef(tname, col->name));
  }
  if (!used) {
    // Nothing stores values of the type: drop it and create it anew.
    step.sql = "DROP " + swap.keyword + " " + model::QuoteQualified(name) + ";\n" + swap.create_sql;
    ctx.steps.push_back(std::move(step));
    return;
  }
  if (swap.via_text) {
    step.sql = lift_before + park + "DROP " + swap.keyword + " " + model::QuoteQualified(name) + ";\n" +
               swap.create_sql + convert + lift_after;
  } else {
    step.sql = "ALTER " + swap.keyword + " " + model::QuoteQualified(name) + " RENAME TO " + model::QuoteIdent(old_name) +
             ";\n" + swap.create_sql + lift_before + convert + lift_after + "DROP " + swap.keyword + " " +
             model::QuoteQualified({name.schema, old_name}) + ";\n";
  }
  if (!swap.lossless) {
    step.destructive = true;
    step.destructive_reason = swap.what + "; columns of the type are converted and values may not fit";
  }
  ctx.steps.push_back(std::move(step));
}

void PlanDomain(const diff::Change& change, StepContext& ctx) {
  std::string desc = diff::Describe(change);
  if (change.kind == diff::ChangeKind::kCreate) {
    const auto& d = std::get<model::Domain>(change.after);
    Step& s = ctx.Add(CreateDomainSql(d) + DomainComments(d), kRankType, desc);
    s.creates = {change.target};
    for (const auto& [name, c] : d.constraints) s.creates.push_back({ObjectKind::kDomainConstraint, d.name, name});
    s.needs_new = WithSchema(d.name.schema, d.depends_on);
    for (auto& f : FunctionsCalled(d, ctx.to)) s.needs_new.push_back(f);
    if (d.default_value)
      for (const auto& seq : d.default_value->sequences) s.needs_new.push_back({ObjectKind::kSequence, seq, ""});
    return;
  }
  if (change.kind == diff::ChangeKind::kDrop) {
    const auto& d = std::get<model::Domain>(change.before);
    Step& s = ctx.Add("DROP DOMAIN " + model::QuoteQualified(d.name) + ";\n", kRankDropType, desc);
    s.drops = {change.target};
    for (const auto& [name, c] : d.constraints) s.drops.push_back({ObjectKind::kDomainConstraint, d.name, name});
    s.needs_old = WithSchema(d.name.schema, d.depends_on);
    for (auto& f : FunctionsCalled(d, ctx.from)) s.needs_old.push_back(f);
    if (d.default_value)
      for (const auto& seq : d.default_value->sequences) s.needs_old.push_back({ObjectKind::kSequence, seq, ""});
    return;
  }
  const auto& a = std::get<model::Domain>(change.before);
  const auto& b = std::get<model::Domain>(change.after);
  switch (change.aspect) {
    case diff::Aspect::kRecreate: {
      Swap swap{change, b.name, "DOMAIN", CreateDomainSql(b) + DomainComments(b), a.depends_on, b.depends_on};
      // Through the new base type, then into the new domain (whose checks run).
      swap.convert = [&](const std::string& column, const model::TypeRef& to) {
        model::TypeRef base = b.base_type;
        base.array_dims += to.array_dims;
        return model::QuoteIdent(column) + "::" + model::TypeSql(base) + "::" + model::TypeSql(to);
      };
      swap.lossless = a.base_type == b.base_type || IsLosslessConversion(a.base_type, b.base_type);
      swap.what = "changes the base type of domain " + b.name.schema + "." + b.name.name + " from " +
                  model::TypeSql(a.base_type) + " to " + model::TypeSql(b.base_type);
      PlanSwap(swap, ctx);
      return;
    }
    case diff::Aspect::kDomainDefault: {
      std::string sql = AlterDomain(b.name) +
                        (b.default_value ? " SET DEFAULT " + DefaultSql(*b.default_value) : " DROP DEFAULT") + ";\n";
      Step& s = ctx.Add(sql, kRankAlterColumn, desc);
      s.needs_new = {change.target};
      if (b.default_value)
        for (const auto& seq : b.default_value->sequences) s.needs_new.push_back({ObjectKind::kSequence, seq, ""});
      if (a.default_value)
        for (const auto& seq : a.default_value->sequences) s.needs_old.push_back({ObjectKind::kSequence, seq, ""});
      return;
    }
    case diff::Aspect::kDomainNotNull: {
      Step& s = ctx.Add(AlterDomain(b.name) + (b.not_null ? " SET NOT NULL" : " DROP NOT NULL") + ";\n",
                        kRankAlterColumn, desc);
      s.needs_new = {change.target};
      return;
    }
    case diff::Aspect::kComment:
      ctx.Add(CommentSql(DomainTarget(b.name), b.comment), kRankComment, desc).needs_new = {change.target};
      return;
    default: return;
  }
}

void PlanDomainConstraint(const diff::Change& change, StepContext& ctx) {
  std::string desc = diff::Describe(change);
  ObjectRef domain{ObjectKind::kDomain, change.target.name, ""};
  if (change.kind == diff::ChangeKind::kCreate) {
    const auto& c = std::get<diff::DomainConstraintObject>(change.after);
    std::string sql = AlterDomain(c.domain) + " ADD " + DomainConstraintSql(c.constraint) +
                      (c.constraint.not_valid ? " NOT VALID" : "") + ";\n";
    if (c.constraint.comment) sql += CommentSql(ConstraintTarget(c.domain, c.constraint.name), c.constraint.comment);
    Step& s = ctx.Add(sql, kRankAddConstraint, desc);
    s.creates = {change.target};
    s.needs_new = {domain};
    return;
  }
  if (change.kind == diff::ChangeKind::kDrop) {
    const auto& c = std::get<diff::DomainConstraintObject>(change.before);
    Step& s = ctx.Add(AlterDomain(c.domain) + " DROP CONSTRAINT " + model::QuoteIdent(c.constraint.name) + ";\n",
                      kRankDropConstraint, desc);
    s.drops = {change.target};
    s.needs_old = {domain};
    return;
  }
  const auto& c = std::get<diff::DomainConstraintObject>(change.after);
  if (change.aspect == diff::Aspect::kConstraintValidate && c.constraint.not_valid) {
    // Back to NOT VALID (the backward migration of a validation).
    Step& s = ctx.Add(AlterDomain(c.domain) + " DROP CONSTRAINT " + model::QuoteIdent(c.constraint.name) + ";\n" +
                          AlterDomain(c.domain) + " ADD " + DomainConstraintSql(c.constraint) + " NOT VALID;\n",
                      kRankAddConstraint, desc);
    s.needs_new = {domain};
  } else if (change.aspect == diff::Aspect::kConstraintValidate) {
    ctx.Add(AlterDomain(c.domain) + " VALIDATE CONSTRAINT " + model::QuoteIdent(c.constraint.name) + ";\n",
            kRankAddConstraint, desc)
        .needs_new = {change.target};
  } else if (change.aspect == diff::Aspect::kComment) {
    ctx.Add(CommentSql(ConstraintTarget(c.domain, c.constraint.name), c.constraint.comment), kRankComment, desc)
        .needs_new = {change.target};
  }
}

// ALTER TYPE can drop attributes, append new ones and retype others; any
// other reshaping (reorder, insertion before an existing attribute) needs
// the type re-created.
bool AttributesAlterable(const model::CompositeType& a, const model::CompositeType& b) {
  auto has = [](const model::CompositeType& t, const std::string& name) {
    return std::any_of(t.attributes.begin(), t.attributes.end(), [&](const auto& x) { return x.name == name; });
  };
  std::vector<std::string> kept_old, kept_new;
  for (const auto& x : a.attributes)
    if (has(b, x.name)) kept_old.push_back(x.name);
  bool added_seen = false;
  for (const auto& y : b.attributes) {
    if (has(a, y.name)) {
      if (added_seen) return false;  // an existing attribute after a new one
      kept_new.push_back(y.name);
    } else {
      added_seen = true;
    }
  }
  return kept_old == kept_new;
}

bool RetypesAttribute(const model::CompositeType& a, const model::CompositeType& b) {
  for (const auto& x : a.attributes)
    for (const auto& y : b.attributes)
      if (x.name == y.name && !x.SameDefinition(y)) return true;
  return false;
}

// Drop, retype and append attributes in one ALTER TYPE.
void AlterAttributes(const diff::Change& change, const model::CompositeType& a, const model::CompositeType& b,
                     StepContext& ctx) {
  auto find = [](const model::CompositeType& t, const std::string& name) -> const model::CompositeAttribute* {
    for (const auto& x : t.attributes)
      if (x.name == name) return &x;
    return nullptr;
  };
  std::vector<std::string> actions, lost;
  for (const auto& x : a.attributes)
    if (!find(b, x.name)) {
      actions.push_back("DROP ATTRIBUTE " + model::QuoteIdent(x.name));
      lost.push_back(x.name);
    }
  for (const auto& y : b.attributes) {
    const model::CompositeAttribute* x = find(a, y.name);
    std::string type = model::TypeSql(y.type) + (y.collation.empty() ? "" : " COLLATE " + model::QuoteIdent(y.collation));
    if (!x) {
      actions.push_back("ADD ATTRIBUTE " + model::QuoteIdent(y.name) + " " + type);
    } else if (!x->SameDefinition(y)) {
      actions.push_back("ALTER ATTRIBUTE " + model::QuoteIdent(y.name) + " TYPE " + type);
      if (!IsLosslessConversion(x->type, y.type)) lost.push_back(y.name);
    }
  }
  std::string sql = "ALTER TYPE " + model::QuoteQualified(b.name);
  for (size_t i = 0; i < actions.size(); ++i) sql += (i ? ",\n  " : " ") + actions[i];
  sql += ";\n";
  // New attributes' comments go with them.
  for (const auto& y : b.attributes)
    if (!find(a, y.name) && y.comment) sql += CommentSql(AttributeTarget(b.name, y.name), y.comment);
  Step& s = ctx.Add(sql, kRankType, diff::Describe(change));
  s.creates = {change.target};
  s.needs_new = b.depends_on;
  s.needs_old = a.depends_on;
  if (!lost.empty() && !ColumnsOfType(ctx.from, a.name).empty()) {
    s.destructive = true;
    s.destructive_reason = "drops or narrows attribute";
    for (size_t i = 0; i < lost.size(); ++i) s.destructive_reason += (i ? ", " : " ") + lost[i];
    s.destructive_reason += " of type " + b.name.schema + "." + b.name.name + ", which table columns store";
  }
}

void PlanComposite(const diff::Change& change, StepContext& ctx) {
  std::string desc = diff::Describe(change);
  if (change.kind == diff::ChangeKind::kCreate) {
    const auto& t = std::get<model::CompositeType>(change.after);
    Step& s = ctx.Add(CreateCompositeSql(t) + CompositeComments(t), kRankType, desc);
    s.creates = {change.target};
    s.needs_new = WithSchema(t.name.schema, t.depends_on);
    return;
  }
  if (change.kind == diff::ChangeKind::kDrop) {
    const auto& t = std::get<model::CompositeType>(change.before);
    Step& s = ctx.Add("DROP TYPE " + model::QuoteQualified(t.name) + ";\n", kRankDropType, desc);
    s.drops = {change.target};
    s.needs_old = WithSchema(t.name.schema, t.depends_on);
    return;
  }
  const auto& a = std::get<model::CompositeType>(change.before);
  const auto& b = std::get<model::CompositeType>(change.after);
  switch (change.aspect) {
    case diff::Aspect::kCompositeAttributes:
      // PostgreSQL cannot retype an attribute of a type that table columns store.
      if (AttributesAlterable(a, b) && !(RetypesAttribute(a, b) && !ColumnsOfType(ctx.from, a.name).empty()))
        return AlterAttributes(change, a, b, ctx);
      [[fallthrough]];
    case diff::Aspect::kRecreate: {
      Swap swap{change, b.name, "TYPE", CreateCompositeSql(b) + CompositeComments(b), a.depends_on, b.depends_on};
      // A row built from the old value's attributes by name (new ones NULL).
      swap.convert = [&](const std::string& column, const model::TypeRef& to) {
        // Arrays cannot be rebuilt element by element in USING (no
        // subqueries): they go through text, by attribute position.
        if (to.array_dims) return model::QuoteIdent(column) + "::text::" + model::TypeSql(to);
        std::string row = "ROW(";
        for (size_t i = 0; i < b.attributes.size(); ++i) {
          const auto& y = b.attributes[i];
          bool existed = std::any_of(a.attributes.begin(), a.attributes.end(), [&](const auto& x) { return x.name == y.name; });
          row += (i ? ", " : "") + (existed ? "(" + model::QuoteIdent(column) + ")." + model::QuoteIdent(y.name) : "NULL") +
                 "::" + model::TypeSql(y.type);
        }
        return row + ")::" + model::TypeSql(to);
      };
      // Lossless when no attribute goes away or narrows.
      swap.lossless = true;
      for (const auto& x : a.attributes) {
        auto y = std::find_if(b.attributes.begin(), b.attributes.end(), [&](const auto& o) { return o.name == x.name; });
        if (y == b.attributes.end() || (y->type != x.type && !IsLosslessConversion(x.type, y->type))) swap.lossless = false;
      }
      swap.what = "re-creates composite type " + b.name.schema + "." + b.name.name + " (attributes reordered or retyped)";
      PlanSwap(swap, ctx);
      return;
    }
    case diff::Aspect::kComment: {
      std::string sql;
      if (a.comment != b.comment) sql += CommentSql(TypeTarget(b.name), b.comment);
      for (const auto& y : b.attributes) {
        const model::CompositeAttribute* x = nullptr;
        for (const auto& o : a.attributes)
          if (o.name == y.name) x = &o;
        // New attributes get theirs with ADD ATTRIBUTE or the re-creation.
        if (x && x->comment != y.comment) sql += CommentSql(AttributeTarget(b.name, y.name), y.comment);
      }
      if (sql.empty()) return;
      ctx.Add(sql, kRankComment, desc).needs_new = {change.target};
      return;
    }
    default: return;
  }
}

void PlanRange(const diff::Change& change, StepContext& ctx) {
  std::string desc = diff::Describe(change);
  auto comment = [](const model::RangeType& t) { return t.comment ? CommentSql(TypeTarget(t.name), t.comment) : ""; };
  if (change.kind == diff::ChangeKind::kCreate) {
    const auto& t = std::get<model::RangeType>(change.after);
    Step& s = ctx.Add(CreateRangeSql(t) + comment(t), kRankType, desc);
    s.creates = {change.target};
    s.needs_new = WithSchema(t.name.schema, t.depends_on);
    return;
  }
  if (change.kind == diff::ChangeKind::kDrop) {
    const auto& t = std::get<model::RangeType>(change.before);
    Step& s = ctx.Add("DROP TYPE " + model::QuoteQualified(t.name) + ";\n", kRankDropType, desc);
    s.drops = {change.target};
    s.needs_old = WithSchema(t.name.schema, t.depends_on);
    return;
  }
  const auto& a = std::get<model::RangeType>(change.before);
  const auto& b = std::get<model::RangeType>(change.after);
  if (change.aspect == diff::Aspect::kComment) {
    ctx.Add(CommentSql(TypeTarget(b.name), b.comment), kRankComment, desc).needs_new = {change.target};
    return;
  }
  if (change.aspect != diff::Aspect::kRecreate) return;
  Swap swap{change, b.name, "TYPE", CreateRangeSql(b) + comment(b), a.depends_on, b.depends_on};
  // Ranges convert through their text form; the columns hold text while
  // the type is replaced.
  swap.via_text = true;
  swap.convert = [&](const std::string& column, const model::TypeRef& to) {
    return model::QuoteIdent(column) + "::" + model::TypeSql(to);
  };
  swap.lossless = false;
  swap.what = "re-creates range type " + b.name.schema + "." + b.name.name;
  PlanSwap(swap, ctx);
}

}  // namespace

void PlanDomainChange(const diff::Change& change, StepContext& ctx) {
  switch (change.target.kind) {
    case ObjectKind::kDomain: return PlanDomain(change, ctx);
    case ObjectKind::kDomainConstraint: return PlanDomainConstraint(change, ctx);
    case ObjectKind::kCompositeType: return PlanComposite(change, ctx);
    case ObjectKind::kRangeType: return PlanRange(change, ctx);
    default: return;
  }
}

}  // namespace sd::plan
