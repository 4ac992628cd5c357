// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace castnet::test {

// A program started in its own process, with no display, whose standard
// output is read line by line while it runs and which can be killed at any
// moment. Standard error goes to `errorFile`.
class ChildProcess {
public:
    ChildProcess(const std::string &program, const std::vector<std::string> &args,
                 const std::string &errorFile);
    ~ChildProcess();
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;

    // The next line of output without its newline; nothing when the output
    // ended or `timeout` passed first.
    std::optional<std::string> readLine(std::chrono::milliseconds timeout);

    // SIGKILL: the process gets no chance to clean up.
    void kill();

    // Waits for the end; the exit code, or 128 + the signal that ended it.
    int wait();

    static constexpr int killedStatus = 128 + 9;

private:
    pid_t m_pid = -1;
    int m_output = -1;
    std::string m_pending;
    std::optional<int> m_status;
};

} // namespace castnet::test
