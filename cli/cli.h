// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace castnet::cli {

// What the command line asks for: a subcommand, or the GUI on an optional
// workspace.
struct Invocation {
    bool gui = false;
    std::optional<std::string> workspace; // --db for the GUI
};

// Exit codes of DESIGN §11.
enum ExitCode : int { Success = 0, InternalFailure = 1, UserError = 2 };

// Decides between the GUI and a subcommand without running anything.
// std::nullopt when the arguments are bad for the GUI; the message is then
// printed by runCli().
Invocation classify(const std::vector<std::string> &args);

// Runs a headless subcommand: prints its output, reports errors in one line
// on stderr and returns the exit code.
int runCli(const std::vector<std::string> &args);

} // namespace castnet::cli
