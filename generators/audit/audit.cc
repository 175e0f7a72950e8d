#include "audit/audit.h"

namespace sd::audit {

std::string RenderAudit(const std::vector<diff::Change>& changes, const model::Catalog& from,
                        const model::Catalog& to, const plan::Plan& up) {
  return "-- schemadiff data audit: not implemented yet\n";
}

}  // namespace sd::audit
