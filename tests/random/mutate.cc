// mutate.cc - the mutation kinds. Each drawer looks at the current model,
// picks a target and parameters with the Rng, and returns a Mutation whose
// closure captures only ids and values; the closure re-checks everything it
// relies on, because under the shrinker it may run on a model where earlier
// mutations or base objects were left out.
#include "mutate.h"

#include <algorithm>
#include <optional>

#include "render.h"

namespace sdr {

namespace {

struct Ctx {
  Rng& rng;
  Model& m;  // the model as the mutations so far left it (ids are allocated here)
  const Kinds& kinds;
};

using Drawer = std::optional<Mutation> (*)(Ctx&);

template <class T, class Pred>
const T* PickIf(Rng& rng, const std::vector<T>& v, Pred p) {
  std::vector<const T*> ok;
  for (const auto& x : v)
    if (p(x)) ok.push_back(&x);
  return ok.empty() ? nullptr : ok[rng.Below(static_cast<int>(ok.size()))];
}

const Table* AnyTable(Ctx& c) { return PickIf(c.rng, c.m.tables, [](const Table&) { return true; }); }

std::string QName(const Model& m, const Table& t) { return m.SchemaName(t.schema) + "." + t.name; }
std::string QCol(const Model& m, const Table& t, const Column& col) { return QName(m, t) + "." + col.name; }

// The column `col` of table `table`, when both exist and the column still has type `type`.
Column* ColumnAs(Model& m, int table, int col, const Type& type) {
  Table* t = m.TableById(table);
  Column* c = t ? t->Col(col) : nullptr;
  return c && c->type == type ? c : nullptr;
}

// True when every column `e` uses exists in `t` with the family it had when `e` was
// drawn, and every enum label it quotes still exists.
struct ExprGuard {
  std::vector<std::pair<int, std::string>> families;
  std::vector<std::string> labels;
};
ExprGuard GuardOf(const Model& m, const Table& t, const std::vector<const Expr*>& exprs) {
  ExprGuard g;
  for (const Expr* e : exprs) {
    for (int col : e->cols) g.families.push_back({col, Family(t.Col(col)->type)});
    for (const auto& l : e->labels) g.labels.push_back(l);
  }
  (void)m;
  return g;
}
bool GuardHolds(const Model& m, const Table& t, const ExprGuard& g) {
  for (const auto& [col, fam] : g.families) {
    const Column* c = t.Col(col);
    if (!c || Family(c->type) != fam || !c->generated.empty()) return false;
  }
  for (const auto& l : g.labels) {
    bool found = false;
    for (const auto& e : m.enums) found = found || e.Has(l);
    if (!found) return false;
  }
  return true;
}

// ---------------------------------------------------------------- tables

std::optional<Mutation> AddTable(Ctx& c) {
  Table t;
  t.id = c.m.NewId();
  t.schema = c.rng.Pick(c.m.schemas).id;
  t.name = "t" + std::to_string(t.id);
  Column id;
  id.id = c.m.NewId();
  id.name = "id";
  id.type.base = c.rng.Percent(50) ? Base::Int8 : Base::Int4;
  id.not_null = true;
  if (c.kinds.count("identity") && c.rng.Percent(50)) id.identity = "BY DEFAULT";
  t.columns.push_back(id);
  t.pk = {id.id};
  t.pk_name = t.name + "_pkey";
  int n = c.rng.Range(1, 4);
  for (int i = 0; i < n; ++i) t.columns.push_back(RandomColumn(c.rng, c.m, c.kinds));
  if (c.kinds.count("check") && c.rng.Percent(30))
    if (auto ck = RandomCheck(c.rng, c.m, t)) t.checks.push_back(*ck);
  if (c.kinds.count("index") && c.rng.Percent(40))
    if (auto ix = RandomIndex(c.rng, c.m, t)) t.indexes.push_back(*ix);
  if (c.kinds.count("fk") && c.rng.Percent(40)) {
    // A key to an existing table, or to itself.
    const Table* r = PickIf(c.rng, c.m.tables, [](const Table& x) { return !x.pk.empty(); });
    int ref = r && c.rng.Percent(80) ? r->id : t.id;
    Type rt = r && ref == r->id ? r->Col(r->pk[0])->type : id.type;
    rt.serial = false;
    Column fc;
    fc.id = c.m.NewId();
    fc.name = "c" + std::to_string(fc.id);
    fc.type = rt;
    t.columns.push_back(fc);
    t.fks.push_back({c.m.NewId(), "", {fc.id}, ref, c.rng.Percent(30) ? "CASCADE" : "", false});
    t.fks.back().name = "fk" + std::to_string(t.fks.back().id);
  }
  if (c.kinds.count("comment") && c.rng.Percent(25)) t.comment = RandomComment(c.rng);
  std::string what = "add table " + c.m.SchemaName(t.schema) + "." + t.name;
  return Mutation{"table", what, [t](Model& m) {
                    if (!m.SchemaById(t.schema) || m.NameTaken(t.schema, t.name)) return false;
                    Table copy = t;
                    // Types and defaults that name enums or sequences left out meanwhile are not possible.
                    for (const auto& col : copy.columns) {
                      if (col.type.base == Base::Enum && !m.EnumById(col.type.enum_id)) return false;
                      if (col.def.seq >= 0 && !m.SequenceById(col.def.seq)) return false;
                      if (col.def.label_enum >= 0) {
                        const Enum* e = m.EnumById(col.def.label_enum);
                        if (!e || !e->Has(col.def.label)) return false;
                      }
                    }
                    for (const auto& ck : copy.checks)
                      if (!GuardHolds(m, copy, GuardOf(m, copy, {&ck.expr}))) return false;
                    for (auto& f : copy.fks) {
                      const Table* r = f.ref_table == copy.id ? &copy : m.TableById(f.ref_table);
                      if (!r || r->pk.empty()) return false;
                      Type rt = r->Col(r->pk[0])->type;
                      rt.serial = false;
                      if (!(rt == copy.Col(f.cols[0])->type)) return false;
                    }
                    m.tables.push_back(copy);
                    return true;
                  }};
}

std::optional<Mutation> DropTable(Ctx& c) {
  const Table* t = AnyTable(c);
  if (!t) return std::nullopt;
  int id = t->id;
  return Mutation{"table", "drop table " + QName(c.m, *t), [id](Model& m) {
                    if (!m.TableById(id)) return false;
                    m.RemoveTable(id);
                    return true;
                  }};
}

std::optional<Mutation> RenameTable(Ctx& c) {
  const Table* t = PickIf(c.rng, c.m.tables, [](const Table& x) {
    for (const auto& col : x.columns)
      if (col.type.serial) return false;  // its sequence keeps the old table's name
    return true;
  });
  if (!t) return std::nullopt;
  int id = t->id;
  std::string name = "t" + std::to_string(c.m.NewId());
  return Mutation{"rename", "rename table " + QName(c.m, *t) + " to " + name, [id, name](Model& m) {
                    Table* x = m.TableById(id);
                    if (!x || m.NameTaken(x->schema, name)) return false;
                    x->name = name;
                    return true;
                  }};
}

// ---------------------------------------------------------------- columns

std::optional<Mutation> AddColumn(Ctx& c) {
  const Table* t = AnyTable(c);
  if (!t) return std::nullopt;
  Column col = RandomColumn(c.rng, c.m, c.kinds);
  int tid = t->id;
  return Mutation{"table", "add column " + QCol(c.m, *t, col), [tid, col](Model& m) {
                    Table* x = m.TableById(tid);
                    if (!x || x->HasName(col.name)) return false;
                    if (col.type.base == Base::Enum && !m.EnumById(col.type.enum_id)) return false;
                    if (col.def.seq >= 0 && !m.SequenceById(col.def.seq)) return false;
                    if (col.def.label_enum >= 0) {
                      const Enum* e = m.EnumById(col.def.label_enum);
                      if (!e || !e->Has(col.def.label)) return false;
                    }
                    x->columns.push_back(col);
                    return true;
                  }};
}

std::optional<Mutation> DropColumn(Ctx& c) {
  const Table* t = PickIf(c.rng, c.m.tables, [](const Table& x) { return x.columns.size() > 1; });
  if (!t) return std::nullopt;
  const Column& col = c.rng.Pick(t->columns);
  int tid = t->id, cid = col.id;
  return Mutation{"table", "drop column " + QCol(c.m, *t, col), [tid, cid](Model& m) {
                    Table* x = m.TableById(tid);
                    if (!x || !x->Col(cid) || x->columns.size() < 2) return false;
                    m.RemoveColumn(tid, cid);
                    return true;
                  }};
}

std::optional<Mutation> RenameColumn(Ctx& c) {
  const Table* t = AnyTable(c);
  if (!t) return std::nullopt;
  const Column* col = PickIf(c.rng, t->columns, [](const Column& x) { return !x.type.serial; });
  if (!col) return std::nullopt;
  int tid = t->id, cid = col->id;
  std::string name = "r" + std::to_string(c.m.NewId());
  return Mutation{"rename", "rename column " + QCol(c.m, *t, *col) + " to " + name, [tid, cid, name](Model& m) {
                    Table* x = m.TableById(tid);
                    if (!x || !x->Col(cid) || x->HasName(name)) return false;
                    x->Col(cid)->name = name;
                    return true;
                  }};
}

// The next type for a column of type `from`: widening, narrowing, varchar <-> text,
// int <-> bigint, to an enum, to text, timestamp <-> timestamptz.
std::optional<Type> NextType(Ctx& c, const Type& from) {
  Type to = from;
  if (from.array) return std::nullopt;
  switch (from.base) {
    case Base::Int2: to.base = c.rng.Percent(70) ? Base::Int4 : Base::Int8; break;
    case Base::Int4: to.base = c.rng.Pick(std::vector<Base>{Base::Int8, Base::Int8, Base::Int2, Base::Numeric, Base::Text}); break;
    case Base::Int8:
      to.base = c.rng.Pick(std::vector<Base>{Base::Int4, Base::Numeric, Base::Text});
      if (to.base == Base::Numeric) to.p = c.rng.Percent(50) ? 0 : 20;
      break;
    case Base::Numeric:
      if (from.p > 0 && c.rng.Percent(60)) {
        to.p = from.p + c.rng.Pick(std::vector<int>{-2, 2, 4});
        to.s = std::min(to.p, std::max(0, from.s + c.rng.Range(-1, 1)));
      } else if (from.p > 0) {
        to.p = 0, to.s = 0;
      } else {
        to.p = 12, to.s = 2;
      }
      break;
    case Base::Float8: to.base = Base::Numeric; to.p = 0; break;
    case Base::Text:
      if (!c.m.enums.empty() && c.rng.Percent(30)) {
        to.base = Base::Enum;
        to.enum_id = c.rng.Pick(c.m.enums).id;
      } else {
        to.base = Base::Varchar;
        to.p = c.rng.Pick(std::vector<int>{0, 20, 100});
      }
      break;
    case Base::Varchar:
      if (!c.m.enums.empty() && c.rng.Percent(20)) {
        to.base = Base::Enum;
        to.enum_id = c.rng.Pick(c.m.enums).id;
      } else if (c.rng.Percent(40)) {
        to.base = Base::Text, to.p = 0;
      } else {
        to.p = from.p == 0 ? 50 : std::max(1, from.p + c.rng.Pick(std::vector<int>{-5, 10, 100}));
      }
      break;
    case Base::Timestamp: to.base = Base::Timestamptz; break;
    case Base::Timestamptz: to.base = Base::Timestamp; break;
    case Base::Date: to.base = Base::Timestamp; break;
    case Base::Enum: to = Type{Base::Text}; break;
    default: return std::nullopt;
  }
  if (to == from) return std::nullopt;
  return to;
}

std::optional<Mutation> ChangeType(Ctx& c) {
  for (int attempt = 0; attempt < 8; ++attempt) {
    const Table* t = AnyTable(c);
    if (!t) return std::nullopt;
    const Column& col = c.rng.Pick(t->columns);
    if (col.type.serial || !col.generated.empty() || c.m.InForeignKey(t->id, col.id)) continue;
    auto to = NextType(c, col.type);
    if (!to) continue;
    if (!col.identity.empty() && !IsInteger(*to)) continue;
    Type from = col.type;
    bool keep_default = col.def.seq >= 0 ? IsInteger(*to)
                        : (IsInteger(from) && IsInteger(*to)) || (Family(from) == "str" && Family(*to) == "str") ||
                              (Family(from) == "time" && Family(*to) == "time");
    Default def = keep_default ? col.def : RandomDefault(c.rng, c.m, *to, c.kinds);
    int tid = t->id, cid = col.id;
    std::string what = "alter column " + QCol(c.m, *t, col) + " type " + TypeName(c.m, from) + " -> " + TypeName(c.m, *to);
    return Mutation{"table", what, [tid, cid, from, to = *to, def](Model& m) {
                      Column* x = ColumnAs(m, tid, cid, from);
                      if (!x || x->type.serial || !x->generated.empty() || m.InForeignKey(tid, cid)) return false;
                      if (to.base == Base::Enum && !m.EnumById(to.enum_id)) return false;
                      if (def.seq >= 0 && !m.SequenceById(def.seq)) return false;
                      if (def.label_enum >= 0 && (!m.EnumById(def.label_enum) || !m.EnumById(def.label_enum)->Has(def.label)))
                        return false;
                      if (Family(from) != Family(to)) m.RemoveExpressionDependents(tid, cid);
                      x = m.TableById(tid)->Col(cid);
                      x->type = to;
                      if (x->identity.empty()) x->def = def;
                      return true;
                    }};
  }
  return std::nullopt;
}

std::optional<Mutation> ChangeDefault(Ctx& c) {
  const Table* t = AnyTable(c);
  if (!t) return std::nullopt;
  const Column* col = PickIf(c.rng, t->columns, [](const Column& x) { return IsPlain(x); });
  if (!col) return std::nullopt;
  Default def = RandomDefault(c.rng, c.m, col->type, c.kinds);
  int tid = t->id, cid = col->id;
  Type type = col->type;
  std::string what = (def.none() ? "drop default of " : "set default of ") + QCol(c.m, *t, *col);
  return Mutation{"table", what, [tid, cid, type, def](Model& m) {
                    Column* x = ColumnAs(m, tid, cid, type);
                    if (!x || !IsPlain(*x)) return false;
                    if (def.seq >= 0 && !m.SequenceById(def.seq)) return false;
                    if (def.label_enum >= 0 && (!m.EnumById(def.label_enum) || !m.EnumById(def.label_enum)->Has(def.label)))
                      return false;
                    x->def = def;
                    return true;
                  }};
}

std::optional<Mutation> ToggleNotNull(Ctx& c) {
  const Table* t = AnyTable(c);
  if (!t) return std::nullopt;
  const Column* col = PickIf(c.rng, t->columns, [&](const Column& x) {
    return x.identity.empty() && std::find(t->pk.begin(), t->pk.end(), x.id) == t->pk.end();
  });
  if (!col) return std::nullopt;
  int tid = t->id, cid = col->id;
  bool to = !col->not_null;
  return Mutation{"table", (to ? "set not null on " : "drop not null on ") + QCol(c.m, *t, *col), [tid, cid, to](Model& m) {
                    Table* x = m.TableById(tid);
                    Column* k = x ? x->Col(cid) : nullptr;
                    if (!k || !k->identity.empty() || std::find(x->pk.begin(), x->pk.end(), cid) != x->pk.end()) return false;
                    k->not_null = to;
                    return true;
                  }};
}

// ---------------------------------------------------------------- keys and constraints

std::optional<Mutation> AddCheck(Ctx& c) {
  const Table* t = AnyTable(c);
  if (!t) return std::nullopt;
  auto ck = RandomCheck(c.rng, c.m, *t);
  if (!ck) return std::nullopt;
  int tid = t->id;
  ExprGuard g = GuardOf(c.m, *t, {&ck->expr});
  return Mutation{"check", "add check " + ck->name + " on " + QName(c.m, *t), [tid, ck = *ck, g](Model& m) {
                    Table* x = m.TableById(tid);
                    if (!x || !GuardHolds(m, *x, g)) return false;
                    x->checks.push_back(ck);
                    return true;
                  }};
}

std::optional<Mutation> DropCheck(Ctx& c) {
  const Table* t = PickIf(c.rng, c.m.tables, [](const Table& x) { return !x.checks.empty(); });
  if (!t) return std::nullopt;
  int tid = t->id, id = c.rng.Pick(t->checks).id;
  return Mutation{"check", "drop a check of " + QName(c.m, *t), [tid, id](Model& m) {
                    Table* x = m.TableById(tid);
                    if (!x) return false;
                    auto n = x->checks.size();
                    std::erase_if(x->checks, [&](const Check& k) { return k.id == id; });
                    return n != x->checks.size();
                  }};
}

std::optional<Mutation> AddUnique(Ctx& c) {
  const Table* t = AnyTable(c);
  if (!t) return std::nullopt;
  Unique u;
  for (const auto& col : t->columns)
    if (!col.type.array && col.type.base != Base::Jsonb && (u.cols.empty() ? c.rng.Percent(50) : c.rng.Percent(15)))
      u.cols.push_back(col.id);
  if (u.cols.empty()) return std::nullopt;
  u.id = c.m.NewId();
  u.name = "uq" + std::to_string(u.id);
  int tid = t->id;
  return Mutation{"unique", "add unique " + u.name + " on " + QName(c.m, *t), [tid, u](Model& m) {
                    Table* x = m.TableById(tid);
                    if (!x || m.NameTaken(x->schema, u.name)) return false;
                    for (int col : u.cols)
                      if (!x->Col(col) || x->Col(col)->type.array || x->Col(col)->type.base == Base::Jsonb) return false;
                    // CREATE TABLE silently drops a UNIQUE that repeats the primary key or another UNIQUE
                    // (tests/cases/603): not a change anyone declares on purpose.
                    if (u.cols == x->pk) return false;
                    for (const auto& o : x->uniques)
                      if (o.cols == u.cols) return false;
                    x->uniques.push_back(u);
                    return true;
                  }};
}

std::optional<Mutation> DropUnique(Ctx& c) {
  const Table* t = PickIf(c.rng, c.m.tables, [](const Table& x) { return !x.uniques.empty(); });
  if (!t) return std::nullopt;
  int tid = t->id, id = c.rng.Pick(t->uniques).id;
  return Mutation{"unique", "drop a unique constraint of " + QName(c.m, *t), [tid, id](Model& m) {
                    Table* x = m.TableById(tid);
                    if (!x) return false;
                    auto n = x->uniques.size();
                    std::erase_if(x->uniques, [&](const Unique& k) { return k.id == id; });
                    return n != x->uniques.size();
                  }};
}

std::optional<Mutation> DropPrimaryKey(Ctx& c) {
  const Table* t = PickIf(c.rng, c.m.tables, [](const Table& x) { return !x.pk.empty(); });
  if (!t) return std::nullopt;
  int tid = t->id;
  return Mutation{"table", "drop primary key of " + QName(c.m, *t), [tid](Model& m) {
                    Table* x = m.TableById(tid);
                    if (!x || x->pk.empty()) return false;
                    m.RemovePrimaryKey(tid);
                    return true;
                  }};
}

std::optional<Mutation> AddPrimaryKey(Ctx& c) {
  const Table* t = PickIf(c.rng, c.m.tables, [](const Table& x) { return x.pk.empty(); });
  if (!t) return std::nullopt;
  const Column* col = PickIf(c.rng, t->columns, [](const Column& x) {
    return !x.type.array && x.type.base != Base::Jsonb && x.generated.empty();
  });
  if (!col) return std::nullopt;
  int tid = t->id, cid = col->id;
  std::string name = "pk" + std::to_string(c.m.NewId());
  return Mutation{"table", "add primary key " + name + " on " + QCol(c.m, *t, *col), [tid, cid, name](Model& m) {
                    Table* x = m.TableById(tid);
                    if (!x || !x->pk.empty() || !x->Col(cid) || m.NameTaken(x->schema, name)) return false;
                    const Column* k = x->Col(cid);
                    if (k->type.array || k->type.base == Base::Jsonb || !k->generated.empty()) return false;
                    x->pk = {cid};
                    x->pk_name = name;
                    x->Col(cid)->not_null = true;
                    return true;
                  }};
}

std::optional<Mutation> AddForeignKey(Ctx& c) {
  const Table* t = AnyTable(c);
  const Table* r = PickIf(c.rng, c.m.tables, [](const Table& x) { return !x.pk.empty(); });
  if (!t || !r) return std::nullopt;
  Type rt = r->Col(r->pk[0])->type;
  rt.serial = false;
  // An existing column of the key's type, or a new one.
  const Column* existing = PickIf(c.rng, t->columns, [&](const Column& x) {
    return x.type == rt && IsPlain(x) && x.def.none() && !(t->id == r->id && x.id == r->pk[0]);
  });
  Column col;
  bool add = !existing || c.rng.Percent(50);
  if (add) {
    col.id = c.m.NewId();
    col.name = "c" + std::to_string(col.id);
    col.type = rt;
  } else {
    col = *existing;
  }
  ForeignKey f{c.m.NewId(), "", {col.id}, r->id, c.rng.Pick(std::vector<std::string>{"", "CASCADE", "SET NULL"}), c.rng.Percent(10)};
  f.name = "fk" + std::to_string(f.id);
  if (f.on_delete == "SET NULL" && col.not_null) f.on_delete = "";
  int tid = t->id;
  return Mutation{"fk", "add foreign key " + f.name + " " + QCol(c.m, *t, col) + " -> " + QName(c.m, *r),
                  [tid, col, add, f, rt](Model& m) {
                    Table* x = m.TableById(tid);
                    const Table* ref = m.TableById(f.ref_table);
                    if (!x || !ref || ref->pk.empty()) return false;
                    Type kt = ref->Col(ref->pk[0])->type;
                    kt.serial = false;
                    if (!(kt == rt)) return false;
                    if (add) {
                      if (x->HasName(col.name)) return false;
                      x->columns.push_back(col);
                    } else if (!ColumnAs(m, tid, col.id, rt)) {
                      return false;
                    }
                    x = m.TableById(tid);
                    x->fks.push_back(f);
                    return true;
                  }};
}

std::optional<Mutation> DropForeignKey(Ctx& c) {
  const Table* t = PickIf(c.rng, c.m.tables, [](const Table& x) { return !x.fks.empty(); });
  if (!t) return std::nullopt;
  int tid = t->id, id = c.rng.Pick(t->fks).id;
  return Mutation{"fk", "drop a foreign key of " + QName(c.m, *t), [tid, id](Model& m) {
                    Table* x = m.TableById(tid);
                    if (!x) return false;
                    auto n = x->fks.size();
                    std::erase_if(x->fks, [&](const ForeignKey& k) { return k.id == id; });
                    return n != x->fks.size();
                  }};
}

std::optional<Mutation> ChangeForeignKeyAction(Ctx& c) {
  const Table* t = PickIf(c.rng, c.m.tables, [](const Table& x) { return !x.fks.empty(); });
  if (!t) return std::nullopt;
  int tid = t->id, id = c.rng.Pick(t->fks).id;
  std::string action = c.rng.Pick(std::vector<std::string>{"", "CASCADE", "RESTRICT", "NO ACTION"});
  bool deferrable = c.rng.Percent(20);
  return Mutation{"fk", "change a foreign key's action on " + QName(c.m, *t), [tid, id, action, deferrable](Model& m) {
                    Table* x = m.TableById(tid);
                    if (!x) return false;
                    for (auto& f : x->fks)
                      if (f.id == id) {
                        f.on_delete = action;
                        f.deferrable = deferrable;
                        return true;
                      }
                    return false;
                  }};
}

// ---------------------------------------------------------------- indexes

std::optional<Mutation> AddIndex(Ctx& c) {
  const Table* t = AnyTable(c);
  if (!t) return std::nullopt;
  auto ix = RandomIndex(c.rng, c.m, *t);
  if (!ix) return std::nullopt;
  std::vector<const Expr*> exprs;
  for (const auto& k : ix->keys) exprs.push_back(&k);
  exprs.push_back(&ix->where);
  ExprGuard g = GuardOf(c.m, *t, exprs);
  int tid = t->id;
  return Mutation{"index", "add index " + ix->name + " on " + QName(c.m, *t), [tid, ix = *ix, g](Model& m) {
                    Table* x = m.TableById(tid);
                    if (!x || m.NameTaken(x->schema, ix.name)) return false;
                    // GuardHolds refuses generated columns; plain keys may use them.
                    for (const auto& [col, fam] : g.families)
                      if (!x->Col(col) || Family(x->Col(col)->type) != fam) return false;
                    for (const auto& l : g.labels) {
                      bool found = false;
                      for (const auto& e : m.enums) found = found || e.Has(l);
                      if (!found) return false;
                    }
                    x->indexes.push_back(ix);
                    return true;
                  }};
}

std::optional<Mutation> DropIndex(Ctx& c) {
  const Table* t = PickIf(c.rng, c.m.tables, [](const Table& x) { return !x.indexes.empty(); });
  if (!t) return std::nullopt;
  int tid = t->id, id = c.rng.Pick(t->indexes).id;
  return Mutation{"index", "drop an index of " + QName(c.m, *t), [tid, id](Model& m) {
                    Table* x = m.TableById(tid);
                    if (!x) return false;
                    auto n = x->indexes.size();
                    std::erase_if(x->indexes, [&](const Index& k) { return k.id == id; });
                    return n != x->indexes.size();
                  }};
}

// ---------------------------------------------------------------- enums

std::optional<Mutation> AddEnumValue(Ctx& c) {
  if (c.m.enums.empty()) return std::nullopt;
  const Enum& e = c.rng.Pick(c.m.enums);
  std::string label = NewLabel(c.rng, c.m);
  int where = c.rng.Below(static_cast<int>(e.values.size()) + 1);  // insert before this position
  std::string anchor = where < static_cast<int>(e.values.size()) ? e.values[where].label : "";
  int id = e.id;
  return Mutation{"enum", "add value " + label + " to enum " + e.name, [id, label, anchor](Model& m) {
                    Enum* x = m.EnumById(id);
                    if (!x || x->Has(label)) return false;
                    auto pos = std::find_if(x->values.begin(), x->values.end(), [&](const EnumValue& v) { return v.label == anchor; });
                    x->values.insert(pos, EnumValue{label, ""});
                    return true;
                  }};
}

std::optional<Mutation> RemoveEnumValue(Ctx& c) {
  const Enum* e = PickIf(c.rng, c.m.enums, [](const Enum& x) { return x.values.size() > 1; });
  if (!e) return std::nullopt;
  std::string label = c.rng.Pick(e->values).label;
  int id = e->id;
  return Mutation{"enum", "remove value " + label + " from enum " + e->name, [id, label](Model& m) {
                    Enum* x = m.EnumById(id);
                    if (!x || !x->Has(label) || x->values.size() < 2) return false;
                    m.RemoveEnumLabel(id, label);
                    return true;
                  }};
}

std::optional<Mutation> ReorderEnum(Ctx& c) {
  const Enum* e = PickIf(c.rng, c.m.enums, [](const Enum& x) { return x.values.size() > 1; });
  if (!e) return std::nullopt;
  int id = e->id;
  uint64_t salt = c.rng.Next();
  return Mutation{"enum", "reorder values of enum " + e->name, [id, salt](Model& m) {
                    Enum* x = m.EnumById(id);
                    if (!x || x->values.size() < 2) return false;
                    // A Fisher-Yates shuffle with its own Rng, so the order only depends on the salt.
                    Rng r(salt);
                    auto before = x->values;
                    for (int i = static_cast<int>(x->values.size()) - 1; i > 0; --i) std::swap(x->values[i], x->values[r.Below(i + 1)]);
                    if (before.size() == x->values.size() && std::equal(before.begin(), before.end(), x->values.begin(),
                                                                        [](auto& a, auto& b) { return a.label == b.label; }))
                      std::swap(x->values[0], x->values[1]);
                    return true;
                  }};
}

std::optional<Mutation> RenameEnumValue(Ctx& c) {
  if (c.m.enums.empty()) return std::nullopt;
  const Enum& e = c.rng.Pick(c.m.enums);
  if (e.values.empty()) return std::nullopt;
  std::string from = c.rng.Pick(e.values).label;
  std::string to = NewLabel(c.rng, c.m);
  int id = e.id;
  return Mutation{"rename", "rename value " + from + " of enum " + e.name + " to " + to, [id, from, to](Model& m) {
                    Enum* x = m.EnumById(id);
                    if (!x || !x->Has(from) || x->Has(to)) return false;
                    for (auto& v : x->values)
                      if (v.label == from) v.label = to;
                    // Every quote of the label follows (labels are unique in the model).
                    auto fix = [&](Expr& ex) {
                      for (auto& l : ex.labels)
                        if (l == from) {
                          l = to;
                          auto p = ex.text.find(Literal(from));
                          if (p != std::string::npos) ex.text.replace(p, Literal(from).size(), Literal(to));
                        }
                    };
                    for (auto& t : m.tables) {
                      for (auto& col : t.columns)
                        if (col.def.label_enum == id && col.def.label == from) col.def.label = to;
                      for (auto& k : t.checks) fix(k.expr);
                      for (auto& ix : t.indexes) fix(ix.where);
                    }
                    for (auto& v : m.views) fix(v.where);
                    return true;
                  }};
}

std::optional<Mutation> AddEnum(Ctx& c) {
  Enum e;
  e.id = c.m.NewId();
  e.schema = c.rng.Pick(c.m.schemas).id;
  e.name = "e" + std::to_string(e.id);
  int n = c.rng.Range(1, 4);
  for (int i = 0; i < n; ++i) e.values.push_back({NewLabel(c.rng, c.m), ""});
  return Mutation{"enum", "add enum " + e.name, [e](Model& m) {
                    if (!m.SchemaById(e.schema) || m.NameTaken(e.schema, e.name)) return false;
                    m.enums.push_back(e);
                    return true;
                  }};
}

std::optional<Mutation> DropEnum(Ctx& c) {
  if (c.m.enums.empty()) return std::nullopt;
  int id = c.rng.Pick(c.m.enums).id;
  return Mutation{"enum", "drop enum e" + std::to_string(id) + " and its columns", [id](Model& m) {
                    if (!m.EnumById(id)) return false;
                    m.RemoveEnum(id);
                    return true;
                  }};
}

// ---------------------------------------------------------------- sequences

std::optional<Mutation> ChangeSequence(Ctx& c) {
  if (c.m.sequences.empty()) return std::nullopt;
  const Sequence& s = c.rng.Pick(c.m.sequences);
  int id = s.id;
  int which = c.rng.Below(5);
  int v = c.rng.Range(2, 50);
  return Mutation{"sequence", "change an option of sequence " + s.name, [id, which, v](Model& m) {
                    Sequence* x = m.SequenceById(id);
                    if (!x) return false;
                    switch (which) {
                      case 0: x->increment = x->increment == v ? v + 1 : v; break;
                      case 1: x->cache = x->cache == 1 ? v : 1; break;
                      case 2: x->cycle = !x->cycle; break;
                      case 3: x->maxvalue = x->maxvalue ? 0 : 500000 + v; break;
                      default: x->start = x->start + v; break;  // START only: never below MINVALUE
                    }
                    if (x->maxvalue && x->start > x->maxvalue) x->maxvalue = 0;
                    return true;
                  }};
}

std::optional<Mutation> AddSequence(Ctx& c) {
  Sequence s;
  s.id = c.m.NewId();
  s.schema = c.rng.Pick(c.m.schemas).id;
  s.name = "sq" + std::to_string(s.id);
  s.start = c.rng.Range(1, 10);
  s.increment = c.rng.Range(1, 3);
  return Mutation{"sequence", "add sequence " + s.name, [s](Model& m) {
                    if (!m.SchemaById(s.schema) || m.NameTaken(s.schema, s.name)) return false;
                    m.sequences.push_back(s);
                    return true;
                  }};
}

std::optional<Mutation> DropSequence(Ctx& c) {
  if (c.m.sequences.empty()) return std::nullopt;
  int id = c.rng.Pick(c.m.sequences).id;
  return Mutation{"sequence", "drop sequence sq" + std::to_string(id), [id](Model& m) {
                    if (!m.SequenceById(id)) return false;
                    m.RemoveSequence(id);
                    return true;
                  }};
}

// ---------------------------------------------------------------- identity and generated

std::optional<Mutation> ChangeIdentity(Ctx& c) {
  const Table* t = AnyTable(c);
  if (!t) return std::nullopt;
  const Column* col = PickIf(c.rng, t->columns, [](const Column& x) {
    return !x.identity.empty() || (IsInteger(x.type) && IsPlain(x) && x.def.none());
  });
  if (!col) return std::nullopt;
  int tid = t->id, cid = col->id;
  Type type = col->type;
  // "" drops the identity; otherwise its kind and options.
  std::string kind = col->identity.empty() ? c.rng.Pick(std::vector<std::string>{"ALWAYS", "BY DEFAULT"})
                                           : c.rng.Pick(std::vector<std::string>{"", "ALWAYS", "BY DEFAULT"});
  int start = c.rng.Percent(30) ? c.rng.Range(2, 500) : 0;
  int increment = c.rng.Percent(20) ? c.rng.Range(2, 9) : 0;
  std::string what = (kind.empty() ? "drop identity of " : "identity " + kind + " on ") + QCol(c.m, *t, *col);
  return Mutation{"identity", what, [tid, cid, type, kind, start, increment](Model& m) {
                    Column* x = ColumnAs(m, tid, cid, type);
                    if (!x || !IsInteger(x->type) || x->type.serial || !x->generated.empty()) return false;
                    if (x->identity.empty() && (!x->def.none() || kind.empty())) return false;
                    x->identity = kind;
                    x->identity_start = kind.empty() ? 0 : start;
                    x->identity_increment = kind.empty() ? 0 : increment;
                    if (!kind.empty()) x->not_null = true;
                    return true;
                  }};
}

std::optional<Mutation> AddGenerated(Ctx& c) {
  const Table* t = AnyTable(c);
  if (!t) return std::nullopt;
  auto g = RandomGenerated(c.rng, c.m, *t);
  if (!g) return std::nullopt;
  int tid = t->id;
  ExprGuard guard = GuardOf(c.m, *t, {&g->generated});
  return Mutation{"generated", "add generated column " + QCol(c.m, *t, *g), [tid, g = *g, guard](Model& m) {
                    Table* x = m.TableById(tid);
                    if (!x || x->HasName(g.name) || !GuardHolds(m, *x, guard)) return false;
                    x->columns.push_back(g);
                    return true;
                  }};
}

std::optional<Mutation> ChangeGenerated(Ctx& c) {
  const Table* t = PickIf(c.rng, c.m.tables, [](const Table& x) {
    for (const auto& col : x.columns)
      if (!col.generated.empty()) return true;
    return false;
  });
  if (!t) return std::nullopt;
  const Column* col = PickIf(c.rng, t->columns, [](const Column& x) { return !x.generated.empty(); });
  std::string text = col->generated.text == "{0} * 3" ? "{0} * 4" : "{0} * 3";
  int tid = t->id, cid = col->id;
  return Mutation{"generated", "change expression of " + QCol(c.m, *t, *col), [tid, cid, text](Model& m) {
                    Table* x = m.TableById(tid);
                    Column* k = x ? x->Col(cid) : nullptr;
                    if (!k || k->generated.empty()) return false;
                    k->generated.text = text;
                    return true;
                  }};
}

// ---------------------------------------------------------------- schemas, views, comments

std::optional<Mutation> AddSchema(Ctx& c) {
  Schema s{c.m.NewId(), "", ""};
  s.name = "s" + std::to_string(s.id);
  return Mutation{"schema", "add schema " + s.name, [s](Model& m) {
                    if (m.SchemaById(s.id)) return false;
                    m.schemas.push_back(s);
                    return true;
                  }};
}

std::optional<Mutation> DropSchema(Ctx& c) {
  const Schema* s = PickIf(c.rng, c.m.schemas, [](const Schema& x) { return x.id != 0; });
  if (!s) return std::nullopt;
  int id = s->id;
  return Mutation{"schema", "drop schema " + s->name + " and everything in it", [id](Model& m) {
                    if (!m.SchemaById(id)) return false;
                    m.RemoveSchema(id);
                    return true;
                  }};
}

std::optional<Mutation> AddView(Ctx& c) {
  const Table* t = AnyTable(c);
  if (!t) return std::nullopt;
  auto v = RandomView(c.rng, c.m, *t);
  if (!v) return std::nullopt;
  ExprGuard g = GuardOf(c.m, *t, {&v->where});
  return Mutation{"view", "add view " + v->name + " of " + QName(c.m, *t), [v = *v, g](Model& m) {
                    Table* x = m.TableById(v.table);
                    if (!x || m.NameTaken(v.schema, v.name) || !m.SchemaById(v.schema)) return false;
                    for (int col : v.cols)
                      if (!x->Col(col)) return false;
                    for (const auto& [col, fam] : g.families)
                      if (!x->Col(col) || Family(x->Col(col)->type) != fam) return false;
                    m.views.push_back(v);
                    return true;
                  }};
}

std::optional<Mutation> DropView(Ctx& c) {
  if (c.m.views.empty()) return std::nullopt;
  int id = c.rng.Pick(c.m.views).id;
  return Mutation{"view", "drop view v" + std::to_string(id), [id](Model& m) {
                    if (!m.ViewById(id)) return false;
                    m.RemoveView(id);
                    return true;
                  }};
}

std::optional<Mutation> ChangeViewFilter(Ctx& c) {
  if (c.m.views.empty()) return std::nullopt;
  const View& v = c.rng.Pick(c.m.views);
  const Table* t = c.m.TableById(v.table);
  Expr where = c.rng.Percent(20) ? Expr{} : RandomPredicate(c.rng, c.m, *t);
  ExprGuard g = GuardOf(c.m, *t, {&where});
  int id = v.id;
  return Mutation{"view", "change the WHERE of view " + v.name, [id, where, g](Model& m) {
                    View* x = m.ViewById(id);
                    const Table* t = x ? m.TableById(x->table) : nullptr;
                    if (!t) return false;
                    for (const auto& [col, fam] : g.families)
                      if (!t->Col(col) || Family(t->Col(col)->type) != fam) return false;
                    x->where = where;
                    return true;
                  }};
}

std::optional<Mutation> ChangeComment(Ctx& c) {
  std::string text = c.rng.Percent(25) ? "" : RandomComment(c.rng);
  int which = c.rng.Below(6);
  int pick = static_cast<int>(c.rng.Next() % 1000);
  // Objects are chosen by position at apply time: comments never invalidate anything.
  return Mutation{"comment", "change a comment", [which, pick, text](Model& m) {
                    auto nth = [&](auto& v) -> decltype(&v[0]) { return v.empty() ? nullptr : &v[pick % v.size()]; };
                    switch (which) {
                      case 0: if (auto* t = nth(m.tables)) { t->comment = text; return true; } break;
                      case 1: if (auto* t = nth(m.tables)) if (auto* col = nth(t->columns)) { col->comment = text; return true; } break;
                      case 2: if (auto* e = nth(m.enums)) { e->comment = text; return true; } break;
                      case 3: if (auto* s = nth(m.sequences)) { s->comment = text; return true; } break;
                      case 4: if (auto* t = nth(m.tables)) if (auto* ix = nth(t->indexes)) { ix->comment = text; return true; } break;
                      default: if (auto* t = nth(m.tables)) if (auto* k = nth(t->checks)) { k->comment = text; return true; } break;
                    }
                    return false;
                  }};
}

struct DrawerEntry {
  const char* kind;
  int weight;
  Drawer draw;
};

const std::vector<DrawerEntry>& Drawers() {
  static const std::vector<DrawerEntry> kDrawers = {
      {"table", 2, AddTable},          {"table", 2, DropTable},         {"table", 5, AddColumn},
      {"table", 3, DropColumn},        {"table", 7, ChangeType},        {"table", 4, ChangeDefault},
      {"table", 3, ToggleNotNull},     {"table", 1, DropPrimaryKey},    {"table", 1, AddPrimaryKey},
      {"rename", 2, RenameColumn},     {"rename", 1, RenameTable},      {"rename", 1, RenameEnumValue},
      {"check", 2, AddCheck},          {"check", 2, DropCheck},         {"unique", 1, AddUnique},
      {"unique", 1, DropUnique},       {"fk", 2, AddForeignKey},        {"fk", 1, DropForeignKey},
      {"fk", 1, ChangeForeignKeyAction}, {"index", 3, AddIndex},        {"index", 2, DropIndex},
      {"enum", 2, AddEnumValue},       {"enum", 2, RemoveEnumValue},    {"enum", 1, ReorderEnum},
      {"enum", 1, AddEnum},            {"enum", 1, DropEnum},           {"sequence", 2, ChangeSequence},
      {"sequence", 1, AddSequence},    {"sequence", 1, DropSequence},   {"identity", 2, ChangeIdentity},
      {"generated", 1, AddGenerated},  {"generated", 1, ChangeGenerated}, {"schema", 1, AddSchema},
      {"schema", 1, DropSchema},       {"view", 2, AddView},            {"view", 1, DropView},
      {"view", 1, ChangeViewFilter},   {"comment", 3, ChangeComment},
  };
  return kDrawers;
}

}  // namespace

std::vector<Mutation> GenerateMutations(Rng& rng, const Model& base, int count, const Kinds& kinds) {
  std::vector<const DrawerEntry*> enabled;
  int total = 0;
  for (const auto& d : Drawers())
    if (kinds.count(d.kind)) {
      enabled.push_back(&d);
      total += d.weight;
    }
  std::vector<Mutation> out;
  if (total == 0) return out;
  Model m = base;
  Ctx ctx{rng, m, kinds};
  for (int i = 0; i < count; ++i) {
    m.next_id = (i + 1) * kIdsPerMutation;
    for (int attempt = 0; attempt < 50; ++attempt) {
      int r = rng.Below(total);
      const DrawerEntry* d = enabled.back();
      for (const auto* e : enabled) {
        if (r < e->weight) { d = e; break; }
        r -= e->weight;
      }
      auto mu = d->draw(ctx);
      // A drawer that found no target, or (a bug) drew an inapplicable change: draw again.
      if (mu && mu->apply(m)) {
        out.push_back(*mu);
        break;
      }
    }
  }
  return out;
}

}  // namespace sdr
