// `schemadiff check --schema FILE --migrations DIR`: does the migrations
// directory produce the declared schema, are its files the summed ones, and
// does every down undo its up (docs/check.md)?
#pragma once

namespace sd::tools {

/// Runs the check command; argv[0] is "check". Returns the exit code: 0 the
/// directory is consistent (or --fix made it so), 2 drift, a bad down or a
/// schemadiff.sum mismatch, 1 error (bad SQL, unreadable files, no server),
/// 3 --fix would need destructive statements and --allow-destructive is
/// absent, 128+N interrupted by signal N (--verify).
int RunCheck(int argc, char** argv);

}  // namespace sd::tools
