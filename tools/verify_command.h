// `schemadiff verify OLD NEW`: proves the forward and backward migrations on a
// real PostgreSQL (see docs/verify.md).
#pragma once

namespace sd::tools {

/// Runs the verify command; argv[0] is "verify". Returns the exit code:
/// 0 both directions hold, 2 differences, 1 error, 128+N interrupted by signal N.
int RunVerify(int argc, char** argv);

}  // namespace sd::tools
