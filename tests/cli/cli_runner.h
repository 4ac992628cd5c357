// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace castnet::test {

// The outcome of one run of the built `castnet` executable.
struct CliRun {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs castnet with `args` (no shell involved), with no display, and waits.
// `fileSizeLimit`, when given, is the largest file castnet may write, in
// bytes (as `ulimit -f` sets it).
CliRun runCastnet(const std::vector<std::string> &args,
                  std::optional<std::uint64_t> fileSizeLimit = std::nullopt);

// A fresh directory under the system temp dir, removed by the destructor.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;

    std::string file(const std::string &name) const { return (m_path / name).string(); }
    const std::filesystem::path &path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

// castnet started with `args` and left running, for tests of two programs
// at once; wait() (or the destructor) waits for it to end.
class RunningCastnet {
public:
    explicit RunningCastnet(const std::vector<std::string> &args,
                            std::optional<std::uint64_t> fileSizeLimit = std::nullopt);
    ~RunningCastnet();
    RunningCastnet(const RunningCastnet &) = delete;
    RunningCastnet &operator=(const RunningCastnet &) = delete;

    CliRun wait();

private:
    TempDir m_capture;
    int m_pid = 0;
};

std::string readBytes(const std::string &path);
void writeBytes(const std::string &path, const std::string &bytes);

} // namespace castnet::test
