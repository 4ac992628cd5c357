// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/cli/cli_runner.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

extern char **environ;

namespace castnet::test {

namespace {

std::string slurp(const std::filesystem::path &path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

} // namespace

CliRun runCastnet(const std::vector<std::string> &args,
                  std::optional<std::uint64_t> fileSizeLimit) {
    return RunningCastnet(args, fileSizeLimit).wait();
}

RunningCastnet::RunningCastnet(const std::vector<std::string> &args,
                               std::optional<std::uint64_t> fileSizeLimit) {
    const std::string outPath = m_capture.file("stdout");
    const std::string errPath = m_capture.file("stderr");

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);

    std::vector<std::string> argvStrings{CASTNET_EXECUTABLE};
    argvStrings.insert(argvStrings.end(), args.begin(), args.end());
    std::vector<char *> argv;
    for (std::string &s : argvStrings)
        argv.push_back(s.data());
    argv.push_back(nullptr);

    // Headless means headless: no display reaches the subcommands.
    std::vector<std::string> envStrings;
    for (char **e = environ; *e; ++e) {
        const std::string entry(*e);
        if (entry.rfind("DISPLAY=", 0) != 0 && entry.rfind("WAYLAND_DISPLAY=", 0) != 0 &&
            entry.rfind("QT_QPA_PLATFORM=", 0) != 0)
            envStrings.push_back(entry);
    }
    std::vector<char *> envp;
    for (std::string &s : envStrings)
        envp.push_back(s.data());
    envp.push_back(nullptr);

    // The child inherits the limit; this process writes nothing until it
    // has its own limit back.
    rlimit saved{};
    ::getrlimit(RLIMIT_FSIZE, &saved);
    if (fileSizeLimit) {
        rlimit lowered = saved;
        lowered.rlim_cur = static_cast<rlim_t>(*fileSizeLimit);
        ::setrlimit(RLIMIT_FSIZE, &lowered);
    }
    const int spawned = posix_spawn(&m_pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    if (fileSizeLimit)
        ::setrlimit(RLIMIT_FSIZE, &saved);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        throw std::runtime_error("cannot start castnet");
}

RunningCastnet::~RunningCastnet() {
    if (m_pid > 0)
        wait();
}

CliRun RunningCastnet::wait() {
    int status = 0;
    waitpid(m_pid, &status, 0);
    m_pid = 0;
    CliRun run;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    run.out = slurp(m_capture.file("stdout"));
    run.err = slurp(m_capture.file("stderr"));
    return run;
}

TempDir::TempDir() {
    std::random_device seed;
    const auto base = std::filesystem::temp_directory_path();
    for (;;) {
        m_path = base / ("castnet-test-" + std::to_string(seed()));
        if (std::filesystem::create_directory(m_path))
            break;
    }
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

std::string readBytes(const std::string &path) {
    return slurp(path);
}

void writeBytes(const std::string &path, const std::string &bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

} // namespace castnet::test
