// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command_context.h"

namespace castnet::cli {

// `castnet project`: the weekly projection of the plan or of one scenario,
// as a table or with --json as the JSON of DESIGN §11.
Command projectCommand();

} // namespace castnet::cli
