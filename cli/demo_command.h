// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command_context.h"

namespace castnet::cli {

// `castnet demo --db FILE`: writes a new workspace holding the demo brand
// and campaign; an existing non-empty file is refused.
Command demoCommand();

} // namespace castnet::cli
