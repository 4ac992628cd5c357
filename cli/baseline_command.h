// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command_context.h"

namespace castnet::cli {

// `castnet baseline save NAME`, `baseline list` and `baseline delete NAME`:
// the frozen copies of a campaign that progress compares with (DESIGN §12).
Command baselineSaveCommand();
Command baselineListCommand();
Command baselineDeleteCommand();

} // namespace castnet::cli
