// Running child processes with captured output, and Ctrl-C as a request to
// stop rather than an immediate death (so temporary servers are cleaned up).
#pragma once

#include <string>
#include <vector>

namespace sd::tools {

/// What to run. `argv[0]` is an absolute path or a name looked up on PATH.
struct ProcessSpec {
  std::vector<std::string> argv;
  std::string stdin_text;              ///< written to the child's standard input, then closed
  std::vector<std::string> set_env;    ///< "NAME=value" added to (or replacing in) our environment
  std::vector<std::string> unset_env;  ///< names removed from the child's environment
  std::string cwd = "/";               ///< server binaries fail in unreadable directories
  /// When true, an interrupt request (see InstallInterruptHandlers) terminates
  /// the child and RunProcess returns with `interrupted` set. Cleanup commands
  /// pass false so that they run to completion.
  bool interruptible = true;
};

/// How a child ended.
struct ProcessResult {
  int exit_code = -1;   ///< exit status, or -1 when killed by a signal or not started
  int term_signal = 0;  ///< the signal that killed it, else 0
  bool interrupted = false;
  std::string out;
  std::string err;
  bool ok() const { return exit_code == 0 && !interrupted; }
};

/// Runs a child to completion, feeding stdin and collecting stdout/stderr
/// without deadlock. The child gets its own process group, so Ctrl-C reaches
/// only us and we decide when it stops. Returns false with `error` set when the
/// program cannot be started (not found, fork failure); a non-zero exit is not
/// an error here.
bool RunProcess(const ProcessSpec& spec, ProcessResult* result, std::string* error);

/// Finds an executable: `name` itself when it contains a slash, else the first
/// match in `dirs`, then on PATH. Empty when none.
std::string FindExecutable(const std::string& name, const std::vector<std::string>& dirs);

/// Installs SIGINT/SIGTERM/SIGHUP handlers that only record the request (and
/// ignores SIGPIPE). Running interruptible children are then terminated; the
/// caller checks InterruptRequested() between steps and cleans up.
void InstallInterruptHandlers();

/// The signal number of the first interrupt request, or 0.
int InterruptRequested();

/// "exit code 3", "killed by signal 9", "interrupted".
std::string DescribeExit(const ProcessResult& result);

}  // namespace sd::tools
