// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/report_command.h"

namespace castnet::cli {

// What the command line asks for: the window (on an optional workspace) or
// a headless subcommand.
struct Invocation {
    bool gui = false;
    std::optional<std::string> workspace; // --db for the window
};

// Exit codes of DESIGN §11.
enum ExitCode : int { Success = 0, InternalFailure = 1, UserError = 2 };

// Decides between the window and a subcommand without running anything:
// no arguments, or only --db FILE, open the window; anything else is for
// runCli(), which also words what is wrong with it.
Invocation invocationFor(const std::vector<std::string> &args);

// The text of `castnet --help`: the synopsis of every subcommand and what
// they share.
std::string usage();

// Runs a headless subcommand: prints its output, reports errors in one line
// on stderr and returns the exit code. `writeWithCharts` writes the PDF and
// HTML reports; without it `report` writes Markdown only.
int runCli(const std::vector<std::string> &args, const ReportWriter &writeWithCharts = {});

} // namespace castnet::cli
