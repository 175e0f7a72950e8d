#include "verify_cluster.h"

#include <dirent.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "process.h"

namespace sd::tools {

namespace fs = std::filesystem;

namespace {

// The socket lives in the cluster directory, so any port number is private.
constexpr const char* kPort = "5432";
constexpr const char* kSuperuser = "postgres";

// The newest /usr/lib/postgresql/<major>/bin holding initdb and pg_ctl.
std::string NewestDebianBindir() {
  std::vector<std::pair<int, std::string>> found;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator("/usr/lib/postgresql", ec)) {
    std::string major = entry.path().filename().string();
    fs::path bin = entry.path() / "bin";
    if (major.empty() || !std::all_of(major.begin(), major.end(), ::isdigit)) continue;
    if (fs::exists(bin / "initdb", ec) && fs::exists(bin / "pg_ctl", ec)) found.emplace_back(std::stoi(major), bin);
  }
  if (found.empty()) return "";
  std::sort(found.begin(), found.end());
  return found.back().second;
}

// A value in a key=value connection string.
std::string ConninfoValue(const std::string& value) {
  std::string out = "'";
  for (char c : value) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

bool IsUri(const std::string& s) { return s.rfind("postgresql://", 0) == 0 || s.rfind("postgres://", 0) == 0; }

// Replaces the database of a URI (and drops a dbname= query parameter, which
// would override it).
std::string UriWithDatabase(const std::string& uri, const std::string& db) {
  size_t start = uri.find("://") + 3;
  size_t path = uri.find_first_of("/?", start);
  std::string head = uri.substr(0, path == std::string::npos ? uri.size() : path);
  std::string query;
  size_t q = uri.find('?', start);
  if (q != std::string::npos) {
    std::stringstream params(uri.substr(q + 1));
    for (std::string p; std::getline(params, p, '&');)
      if (p.rfind("dbname=", 0) != 0 && !p.empty()) query += (query.empty() ? "?" : "&") + p;
  }
  return head + "/" + db + query;
}

// Environment shared by every client: deterministic session settings, and
// nothing from the user's psqlrc.
std::vector<std::string> ClientEnvironment() {
  std::string options = "-c client_min_messages=warning";
  if (const char* user = std::getenv("PGOPTIONS")) options = std::string(user) + " " + options;
  return {"PGOPTIONS=" + options, "PGAPPNAME=schemadiff-verify", "PGTZ=UTC", "PGDATESTYLE=ISO, MDY",
          "PGCLIENTENCODING=UTF8", "LC_MESSAGES=C", "LANG=C.UTF-8"};
}

std::string Tail(const std::string& text, size_t lines) {
  std::vector<std::string> all;
  std::stringstream in(text);
  for (std::string line; std::getline(in, line);) all.push_back(line);
  std::string out;
  for (size_t i = all.size() > lines ? all.size() - lines : 0; i < all.size(); ++i) out += all[i] + "\n";
  return out;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

bool FindPgPrograms(const std::string& bindir, bool need_server, PgPrograms* programs, std::string* error) {
  std::string dir = bindir.empty() ? NewestDebianBindir() : bindir;
  std::vector<std::string> dirs;
  if (!dir.empty()) dirs.push_back(dir);
  programs->bindir = dir;
  auto find = [&](const char* name, std::string* out) {
    // An explicit --pg-bindir is used alone; otherwise PATH is the fallback.
    *out = bindir.empty() ? FindExecutable(name, dirs) : FindExecutable(bindir + "/" + name, {});
    if (out->empty()) *error += std::string(error->empty() ? "" : ", ") + name;
  };
  find("psql", &programs->psql);
  find("pg_dump", &programs->pg_dump);
  if (need_server) {
    find("initdb", &programs->initdb);
    find("pg_ctl", &programs->pg_ctl);
  }
  if (!error->empty()) {
    *error = "PostgreSQL programs not found: " + *error +
             (bindir.empty() ? " (install postgresql, or give --pg-bindir DIR)" : " in " + bindir);
    return false;
  }
  return true;
}

std::string Connection::ForDatabase(const std::string& db) const {
  if (IsUri(conninfo)) return UriWithDatabase(conninfo, db);
  // In a key=value string the last dbname wins.
  return conninfo + " dbname=" + ConninfoValue(db);
}

bool DevConnection(const std::string& url, Connection* connection, std::string* error) {
  if (!IsUri(url) && url.find('=') == std::string::npos) {
    *error = "--dev-url must be a postgresql:// URL or a key=value connection string, not '" + url + "'";
    return false;
  }
  connection->conninfo = url;
  connection->set_env = ClientEnvironment();
  return true;
}

Connection PrivateCluster::connection() const {
  Connection c;
  c.conninfo = "host=" + ConninfoValue(dir_) + " port=" + kPort + " user=" + kSuperuser + " dbname=postgres";
  c.set_env = ClientEnvironment();
  // Nothing from the caller's environment may redirect us to another server.
  c.unset_env = {"PGHOSTADDR", "PGSERVICE", "PGSERVICEFILE", "PGPASSWORD", "PGPASSFILE", "PGSSLMODE",
                 "PGREQUIRESSL", "PGTARGETSESSIONATTRS", "PGCONNECT_TIMEOUT"};
  return c;
}

// Can `uid` walk down to `dir`? (Root's own checks say nothing about it.)
static bool Reachable(const std::string& dir, uid_t uid) {
  for (fs::path p = dir; !p.empty(); p = p.parent_path()) {
    struct stat st;
    if (stat(p.c_str(), &st) != 0) return false;
    if (!(st.st_mode & S_IXOTH) && st.st_uid != uid) return false;
    if (p == p.parent_path()) break;
  }
  return true;
}

bool PrivateCluster::MakeDirectory(std::string* error) {
  // A unix socket path is limited to 107 bytes: prefer TMPDIR, fall back to
  // /tmp (also when the postgres user could not reach TMPDIR).
  struct passwd* pw = geteuid() == 0 ? getpwnam(kSuperuser) : nullptr;
  std::string base = "/tmp";
  if (const char* tmp = std::getenv("TMPDIR"); tmp && tmp[0] == '/' && std::strlen(tmp) < 60) base = tmp;
  while (base.size() > 1 && base.back() == '/') base.pop_back();
  if (pw && !Reachable(base, pw->pw_uid)) base = "/tmp";
  std::string templ = base + "/schemadiff-verify-XXXXXX";
  std::vector<char> buf(templ.begin(), templ.end());
  buf.push_back('\0');
  if (!mkdtemp(buf.data())) {
    *error = "cannot create a temporary directory in " + base + ": " + std::strerror(errno);
    return false;
  }
  dir_ = buf.data();
  if (geteuid() == 0) {
    // initdb refuses to run as root: the server runs as `postgres`.
    if (!pw) {
      *error = "running as root needs a `postgres` user to run the private server";
      return false;
    }
    if (chown(dir_.c_str(), pw->pw_uid, pw->pw_gid) != 0) {
      *error = "cannot hand " + dir_ + " to the postgres user: " + std::strerror(errno);
      return false;
    }
    run_as_ = kSuperuser;
  }
  return true;
}

bool PrivateCluster::RunServerProgram(const std::vector<std::string>& args, bool interruptible, std::string* output,
                                      std::string* error) {
  ProcessSpec spec;
  if (!run_as_.empty()) spec.argv = {FindExecutable("runuser", {"/usr/sbin", "/sbin"}), "-u", run_as_, "--"};
  spec.argv.insert(spec.argv.end(), args.begin(), args.end());
  spec.set_env = {"LC_ALL=C", "TZ=UTC"};
  spec.unset_env = {"PGDATA", "PGPORT", "PGHOST"};
  spec.interruptible = interruptible;
  ProcessResult result;
  if (!RunProcess(spec, &result, error)) return false;
  if (output) *output = result.out + result.err;
  if (!result.ok()) {
    *error = DescribeExit(result);
    return false;
  }
  return true;
}

bool PrivateCluster::Start(std::string* error) {
  if (!MakeDirectory(error)) return false;
  // pg_ctl detaches the server; as a subreaper we adopt it instead of init,
  // and reap it ourselves when it stops (init in a container may not).
  prctl(PR_SET_CHILD_SUBREAPER, 1);
  std::string data = dir_ + "/data";
  std::string output;
  if (!RunServerProgram({programs_.initdb, "-D", data, "-A", "trust", "-U", kSuperuser, "-E", "UTF8", "--locale=C",
                         "--no-sync", "--no-instructions"},
                        true, &output, error)) {
    *error = "initdb failed (" + *error + ")" + (output.empty() ? "" : ":\n" + Tail(output, 8));
    if (!run_as_.empty()) *error += "\n(the postgres user must be able to reach " + dir_ + "; check TMPDIR)";
    return false;
  }
  std::ofstream conf(data + "/postgresql.conf", std::ios::app);
  conf << "\n# schemadiff verify: private throwaway server\n"
       << "listen_addresses = ''\n"
       << "unix_socket_directories = '" << dir_ << "'\n"
       << "unix_socket_permissions = 0700\n"
       << "port = " << kPort << "\n"
       << "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
       << "shared_buffers = 32MB\nmax_connections = 20\nautovacuum = off\njit = off\n"
       << "logging_collector = off\nlog_min_messages = warning\n"
       << "timezone = 'UTC'\ndatestyle = 'iso, mdy'\nlc_messages = 'C'\n";
  conf.close();
  if (!conf) {
    *error = "cannot write " + data + "/postgresql.conf";
    return false;
  }
  start_attempted_ = true;
  std::string log = dir_ + "/server.log";
  if (!RunServerProgram({programs_.pg_ctl, "-D", data, "-l", log, "-w", "-t", "60", "-s", "start"}, true, &output,
                        error)) {
    *error = "the private PostgreSQL server did not start (" + *error + ")";
    std::string server_log = ReadFile(log);
    if (!server_log.empty()) *error += ":\n" + Tail(server_log, 8);
    return false;
  }
  return true;
}

void PrivateCluster::KillLeftovers() {
  // Any process whose command line names our directory is ours: the
  // postmaster (-D DIR/data), or an initdb or pg_ctl cut short.
  for (int round = 0; round < 50; ++round) {
    std::vector<pid_t> found;
    if (DIR* proc = opendir("/proc")) {
      while (struct dirent* e = readdir(proc)) {
        if (!std::all_of(e->d_name, e->d_name + std::strlen(e->d_name), ::isdigit)) continue;
        std::string cmdline = ReadFile(std::string("/proc/") + e->d_name + "/cmdline");
        if (cmdline.find(dir_) != std::string::npos) found.push_back(std::atoi(e->d_name));
      }
      closedir(proc);
    }
    if (found.empty()) return;
    for (pid_t pid : found) kill(pid, round < 10 ? SIGQUIT : SIGKILL);
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

void PrivateCluster::Stop() {
  if (dir_.empty()) return;
  if (start_attempted_) {
    std::string data = dir_ + "/data", ignored_output, ignored_error;
    if (fs::exists(data + "/postmaster.pid"))
      RunServerProgram({programs_.pg_ctl, "-D", data, "-m", "immediate", "-w", "-t", "30", "-s", "stop"}, false,
                       &ignored_output, &ignored_error);
  }
  KillLeftovers();
  while (waitpid(-1, nullptr, WNOHANG) > 0) {
  }
  std::error_code ec;
  fs::remove_all(dir_, ec);
  dir_.clear();
  start_attempted_ = false;
}

}  // namespace sd::tools
