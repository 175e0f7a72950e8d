#include "process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <map>
#include <sstream>

extern char** environ;

namespace sd::tools {

namespace {

std::atomic<int> g_interrupt_signal{0};
// Self-pipe: the handler writes one byte; poll loops watch the read end and
// never drain it, so every waiting loop (in any thread) sees the request.
int g_interrupt_pipe[2] = {-1, -1};

void OnInterrupt(int sig) {
  int expected = 0;
  g_interrupt_signal.compare_exchange_strong(expected, sig);
  if (g_interrupt_pipe[1] >= 0) {
    char c = 'x';
    ssize_t n = write(g_interrupt_pipe[1], &c, 1);
    (void)n;
  }
}

// Closes both ends of a pipe that are still open.
struct Pipe {
  int fd[2] = {-1, -1};
  bool Open() { return pipe2(fd, O_CLOEXEC) == 0; }
  void Close(int i) {
    if (fd[i] >= 0) close(fd[i]);
    fd[i] = -1;
  }
  ~Pipe() {
    Close(0);
    Close(1);
  }
};

// The child's environment: ours, minus unset names, with set_env applied.
std::vector<std::string> ChildEnvironment(const ProcessSpec& spec) {
  std::map<std::string, std::string> env;
  for (char** e = environ; e && *e; ++e) {
    std::string entry = *e;
    auto eq = entry.find('=');
    if (eq != std::string::npos) env[entry.substr(0, eq)] = entry;
  }
  for (const auto& name : spec.unset_env) env.erase(name);
  for (const auto& entry : spec.set_env) env[entry.substr(0, entry.find('='))] = entry;
  std::vector<std::string> out;
  for (auto& [name, entry] : env) out.push_back(std::move(entry));
  return out;
}

// Runs in the forked child: only async-signal-safe calls until exec.
[[noreturn]] void ExecChild(const char* path, char* const* argv, char* const* envp, const char* cwd, int in_fd,
                            int out_fd, int err_fd, int status_fd) {
  setpgid(0, 0);
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGQUIT}) sigaction(sig, &dfl, nullptr);
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, nullptr);
  if (dup2(in_fd, 0) >= 0 && dup2(out_fd, 1) >= 0 && dup2(err_fd, 2) >= 0 && (!cwd[0] || chdir(cwd) == 0))
    execve(path, argv, envp);
  // Tell the parent why (the status pipe closes on a successful exec).
  int e = errno;
  ssize_t n = write(status_fd, &e, sizeof e);
  (void)n;
  _exit(127);
}

void SetNonBlocking(int fd) { fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK); }

// Moves data between the child's pipes and the result until both outputs
// reach end of file. Terminates the child's group on an interrupt request.
void PumpPipes(pid_t pid, const ProcessSpec& spec, Pipe* in, Pipe* out, Pipe* err, ProcessResult* result) {
  size_t written = 0;
  if (spec.stdin_text.empty()) in->Close(1);
  bool killed = false;
  int timeouts = 0;
  char buffer[65536];
  while (out->fd[0] >= 0 || err->fd[0] >= 0) {
    if (spec.interruptible && !killed && g_interrupt_signal.load() != 0) {
      kill(-pid, SIGTERM);
      kill(pid, SIGTERM);
      killed = true;
      result->interrupted = true;
      in->Close(1);
    }
    struct pollfd fds[4];
    int n = 0;
    int idx_in = -1, idx_out = -1, idx_err = -1;
    if (in->fd[1] >= 0) fds[idx_in = n++] = {in->fd[1], POLLOUT, 0};
    if (out->fd[0] >= 0) fds[idx_out = n++] = {out->fd[0], POLLIN, 0};
    if (err->fd[0] >= 0) fds[idx_err = n++] = {err->fd[0], POLLIN, 0};
    if (spec.interruptible && !killed && g_interrupt_pipe[0] >= 0) fds[n++] = {g_interrupt_pipe[0], POLLIN, 0};
    // Once terminated, a child that ignores SIGTERM gets SIGKILL after 5 s.
    int ready = poll(fds, n, killed ? 5000 : -1);
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0) break;
    if (ready == 0) {
      // Still open after SIGKILL: something outside the group holds the pipes.
      if (++timeouts > 1) break;
      kill(-pid, SIGKILL);
      kill(pid, SIGKILL);
      continue;
    }
    if (idx_in >= 0 && fds[idx_in].revents) {
      ssize_t w = write(in->fd[1], spec.stdin_text.data() + written, spec.stdin_text.size() - written);
      if (w > 0) written += static_cast<size_t>(w);
      if (w < 0 && errno != EAGAIN && errno != EINTR) written = spec.stdin_text.size();  // child closed stdin
      if (written >= spec.stdin_text.size()) in->Close(1);
    }
    for (auto [idx, pipe, sink] : {std::tuple{idx_out, out, &result->out}, std::tuple{idx_err, err, &result->err}}) {
      if (idx < 0 || !fds[idx].revents) continue;
      ssize_t r = read(pipe->fd[0], buffer, sizeof buffer);
      if (r > 0) sink->append(buffer, static_cast<size_t>(r));
      if (r == 0 || (r < 0 && errno != EAGAIN && errno != EINTR)) pipe->Close(0);
    }
  }
}

}  // namespace

std::string FindExecutable(const std::string& name, const std::vector<std::string>& dirs) {
  auto executable = [](const std::string& path) {
    struct stat st;
    return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && access(path.c_str(), X_OK) == 0;
  };
  if (name.find('/') != std::string::npos) return executable(name) ? name : "";
  std::vector<std::string> search = dirs;
  const char* path_env = std::getenv("PATH");
  std::stringstream path(path_env ? path_env : "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin");
  for (std::string dir; std::getline(path, dir, ':');)
    if (!dir.empty()) search.push_back(dir);
  for (const auto& dir : search)
    if (executable(dir + "/" + name)) return dir + "/" + name;
  return "";
}

bool RunProcess(const ProcessSpec& spec, ProcessResult* result, std::string* error) {
  *result = ProcessResult{};
  if (spec.argv.empty()) {
    *error = "no program to run";
    return false;
  }
  std::string path = FindExecutable(spec.argv[0], {});
  if (path.empty()) {
    *error = spec.argv[0] + ": program not found";
    return false;
  }
  if (spec.interruptible && g_interrupt_signal.load() != 0) {
    result->interrupted = true;
    return true;
  }
  // Everything the child needs is built before fork: no allocation after it.
  std::vector<std::string> env = ChildEnvironment(spec);
  std::vector<char*> argv, envp;
  for (const auto& a : spec.argv) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  for (const auto& e : env) envp.push_back(const_cast<char*>(e.c_str()));
  envp.push_back(nullptr);
  Pipe in, out, err, exec_status;
  if (!in.Open() || !out.Open() || !err.Open() || !exec_status.Open()) {
    *error = std::string("pipe: ") + std::strerror(errno);
    return false;
  }
  pid_t pid = fork();
  if (pid < 0) {
    *error = std::string("fork: ") + std::strerror(errno);
    return false;
  }
  if (pid == 0)
    ExecChild(path.c_str(), argv.data(), envp.data(), spec.cwd.c_str(), in.fd[0], out.fd[1], err.fd[1], exec_status.fd[1]);
  setpgid(pid, pid);  // also in the parent: no race with an early kill(-pid)
  exec_status.Close(1);
  int exec_errno = 0;
  ssize_t got;
  while ((got = read(exec_status.fd[0], &exec_errno, sizeof exec_errno)) < 0 && errno == EINTR) {
  }
  if (got == sizeof exec_errno) {
    while (waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {
    }
    *error = path + ": cannot execute: " + std::strerror(exec_errno);
    return false;
  }
  in.Close(0);
  out.Close(1);
  err.Close(1);
  SetNonBlocking(in.fd[1]);
  SetNonBlocking(out.fd[0]);
  SetNonBlocking(err.fd[0]);
  PumpPipes(pid, spec, &in, &out, &err, result);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(status)) result->exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) result->term_signal = WTERMSIG(status);
  return true;
}

void InstallInterruptHandlers() {
  if (g_interrupt_pipe[0] < 0) {
    if (pipe2(g_interrupt_pipe, O_CLOEXEC | O_NONBLOCK) != 0) g_interrupt_pipe[0] = g_interrupt_pipe[1] = -1;
  }
  struct sigaction sa {};
  sa.sa_handler = OnInterrupt;
  sigemptyset(&sa.sa_mask);
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) sigaction(sig, &sa, nullptr);
  struct sigaction ign {};
  ign.sa_handler = SIG_IGN;
  sigaction(SIGPIPE, &ign, nullptr);
}

int InterruptRequested() { return g_interrupt_signal.load(); }

std::string DescribeExit(const ProcessResult& result) {
  if (result.interrupted) return "interrupted";
  if (result.term_signal) return "killed by signal " + std::to_string(result.term_signal);
  return "exit code " + std::to_string(result.exit_code);
}

}  // namespace sd::tools
