// verify.sql of the bundle: catalog checks that up.sql did what it says.
#pragma once

#include <string>
#include <vector>

#include "diff/change.h"
#include "model/catalog.h"
#include "plan/plan.h"
#include "render/sql_render.h"

namespace sd::report {

/// A psql script to run after up.sql: for every object the forward plan
/// creates, alters or renames (tables, columns with type, nullability,
/// default and identity, constraints, indexes, sequences, enum values,
/// schemas, extensions, views) a query against pg_catalog printing
/// "OK <what>" or "FAIL <what>"; objects it drops are checked absent. It ends
/// with a DO block that raises, so psql exits nonzero (ON_ERROR_STOP), when
/// any check failed. Changes whose steps `options` withholds (destructive,
/// not allowed) are not checked: up.sql does not apply them. `changes`
/// are what `up` was built from (step.change_index indexes them), `to` is NEW.
std::string RenderVerify(const std::vector<diff::Change>& changes, const model::Catalog& to, const plan::Plan& up,
                         const render::SqlOptions& options);

}  // namespace sd::report
