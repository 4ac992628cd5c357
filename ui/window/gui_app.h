// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

namespace castnet::ui {

// Runs the window on `workspacePath`, or on the last workspace used, or on the
// default one (created with the demo brand on first start). Returns the exit
// code; without a display it prints one line and returns 2.
int runGui(int argc, char **argv, std::optional<std::string> workspacePath);

} // namespace castnet::ui
