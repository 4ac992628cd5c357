// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command_context.h"

namespace castnet::cli {

// `castnet progress`: planned against actual and the re-forecast (DESIGN §12).
Command progressCommand();

} // namespace castnet::cli
