#include "parser/storage_options.h"

#include <algorithm>
#include <cctype>

namespace sd::parser {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// defGetString(): the text PostgreSQL keeps for an option's argument.
std::string ArgText(const PgQuery__Node* arg) {
  long long number = 0;
  if (!arg) return "true";
  if (arg->node_case == PG_QUERY__NODE__NODE_FLOAT) return arg->float_->fval;
  if (IntegerOf(arg, &number)) return std::to_string(number);
  if (arg->node_case == PG_QUERY__NODE__NODE_BOOLEAN) return arg->boolean->boolval ? "true" : "false";
  if (arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) {  // an unreserved word: off, on, local
    std::string out;
    for (size_t i = 0; i < arg->type_name->n_names; ++i)
      out += (i ? "." : "") + StringOf(arg->type_name->names[i]);
    return out;
  }
  if (arg->node_case == PG_QUERY__NODE__NODE_LIST) {  // an operator name
    std::string out;
    for (size_t i = 0; i < arg->list->n_items; ++i) out += (i ? "." : "") + StringOf(arg->list->items[i]);
    return out;
  }
  return StringOf(arg);
}

}  // namespace

std::string RelOptionText(const PgQuery__DefElem* def) {
  std::string name = def->defname ? def->defname : "";
  if (def->defnamespace && *def->defnamespace) name = std::string(def->defnamespace) + "." + name;
  return name + "=" + ArgText(def->arg);
}

std::string RelOptionName(const std::string& option) { return option.substr(0, option.find('=')); }

void SetRelOption(std::vector<std::string>* options, const std::string& option) {
  ResetRelOption(options, RelOptionName(option));
  options->insert(std::lower_bound(options->begin(), options->end(), option), option);
}

void ResetRelOption(std::vector<std::string>* options, const std::string& name) {
  options->erase(std::remove_if(options->begin(), options->end(),
                                [&](const std::string& o) { return RelOptionName(o) == name; }),
                 options->end());
}

model::ColumnStorage StorageFromName(const std::string& name) {
  std::string n = Lower(name);
  if (n == "plain") return model::ColumnStorage::kPlain;
  if (n == "external") return model::ColumnStorage::kExternal;
  if (n == "extended") return model::ColumnStorage::kExtended;
  if (n == "main") return model::ColumnStorage::kMain;
  return model::ColumnStorage::kDefault;
}

model::ColumnCompression CompressionFromName(const std::string& name, bool* known) {
  std::string n = Lower(name);
  *known = n == "pglz" || n == "lz4" || n == "default";
  if (n == "pglz") return model::ColumnCompression::kPglz;
  if (n == "lz4") return model::ColumnCompression::kLz4;
  return model::ColumnCompression::kDefault;
}

void SetColumnStorage(model::Column& column, const std::string& storage, InterpContext& ctx, int location) {
  model::ColumnStorage wanted = StorageFromName(storage);
  if (wanted == model::ColumnStorage::kDefault) {
    ctx.Error("SD-P036", "invalid storage type \"" + storage + "\"", location);
    return;
  }
  model::ColumnStorage own = model::TypeStorage(column.type, ctx.catalog());
  if (own == model::ColumnStorage::kPlain && wanted != own) {
    ctx.Error("SD-P036", "column data type " + model::TypeSql(column.type) + " can only have storage PLAIN", location);
    return;
  }
  column.storage = wanted == own ? model::ColumnStorage::kDefault : wanted;
}

void SetColumnCompression(model::Column& column, const std::string& method, InterpContext& ctx, int location) {
  bool known = false;
  model::ColumnCompression wanted = CompressionFromName(method, &known);
  if (!known) {
    ctx.Error("SD-P036", "invalid compression method \"" + method + "\"", location);
    return;
  }
  if (wanted != model::ColumnCompression::kDefault && model::TypeStorage(column.type, ctx.catalog()) == model::ColumnStorage::kPlain) {
    ctx.Error("SD-P036", "column data type " + model::TypeSql(column.type) + " does not support compression", location);
    return;
  }
  column.compression = wanted;
}

void SetColumnStatistics(model::Column& column, long long target, InterpContext& ctx, int location) {
  if (target < -1) {
    ctx.Error("SD-P036", "statistics target " + std::to_string(target) + " is too low", location);
    return;
  }
  column.statistics = static_cast<int16_t>(std::min(target, 10000LL));
}

void ResetColumnStorageForType(model::Column& column) {
  column.storage = model::ColumnStorage::kDefault;
  column.compression = model::ColumnCompression::kDefault;
}

}  // namespace sd::parser
