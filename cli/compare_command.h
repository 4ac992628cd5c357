// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command_context.h"

namespace castnet::cli {

// `castnet compare`: 2 to 4 scenarios side by side in the order given, as a
// table or with --json as the JSON of DESIGN §11.
Command compareCommand();

} // namespace castnet::cli
