// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command_context.h"

namespace castnet::cli {

// `castnet calibrate`: fits the activities' response curves to their
// measured results and, with --apply, writes them (DESIGN §13).
Command calibrateCommand();

} // namespace castnet::cli
