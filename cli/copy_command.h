// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command_context.h"

namespace castnet::cli {

// `castnet copy --from A --to B`: a whole workspace from a file to a server
// or back (DESIGN §15), into an empty one.
Command copyCommand();

} // namespace castnet::cli
