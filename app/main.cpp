// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>
#include <string>
#include <vector>

#include "cli/cli.h"

#ifdef CASTNET_WITH_GUI
#include "ui/window/gui_app.h"
#endif

int main(int argc, char **argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    const castnet::cli::Invocation invocation = castnet::cli::classify(args);
    if (!invocation.gui)
        return castnet::cli::runCli(args);
#ifdef CASTNET_WITH_GUI
    return castnet::ui::runGui(argc, argv, invocation.workspace);
#else
    std::fputs("castnet: this build has no GUI; run castnet --help for the subcommands\n", stderr);
    return castnet::cli::UserError;
#endif
}
