// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command_context.h"

namespace castnet::cli {

// `castnet optimize`: proposes weekly hours per activity within the hours,
// the budget, the locks and the minimum track shares; --save-as stores the
// proposal as a scenario. An infeasible request saves nothing.
Command optimizeCommand();

} // namespace castnet::cli
