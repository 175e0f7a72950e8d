// Per-kind diffs of the object kinds beyond tables (one file each: diff_<kind>.cc).
#pragma once

#include <vector>

#include "diff/change.h"

namespace sd::diff {

void DiffViews(const model::Catalog& from, const model::Catalog& to, std::vector<Change>* out);
void DiffFunctions(const model::Catalog& from, const model::Catalog& to, std::vector<Change>* out);
void DiffTriggers(const model::Catalog& from, const model::Catalog& to, std::vector<Change>* out);
void DiffPolicies(const model::Catalog& from, const model::Catalog& to, std::vector<Change>* out);
void DiffDomains(const model::Catalog& from, const model::Catalog& to, std::vector<Change>* out);
void DiffCompositeTypes(const model::Catalog& from, const model::Catalog& to, std::vector<Change>* out);
void DiffRangeTypes(const model::Catalog& from, const model::Catalog& to, std::vector<Change>* out);
/// Grants and owners. Runs after every other diff: objects that `out`
/// drops and creates again get their grants and owner re-applied.
void DiffPrivileges(const model::Catalog& from, const model::Catalog& to, std::vector<Change>* out);
/// The change target of a grant: {kPrivilege, object name, readable summary}.
model::ObjectRef PrivilegeTarget(const model::Grant& grant);

}  // namespace sd::diff
