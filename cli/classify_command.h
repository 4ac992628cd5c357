// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command_context.h"

namespace castnet::cli {

// `castnet classify`: each activity's track, computed track, confidence and
// reasons, as a table or with --json as the JSON of DESIGN §11.
Command classifyCommand();

} // namespace castnet::cli
