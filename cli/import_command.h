// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command_context.h"

namespace castnet::cli {

// `castnet import`: reads an activity CSV or a whole campaign as JSON into
// the campaign named, creating brand and campaign (and the workspace) when
// they are missing; all or nothing.
Command importCommand();

} // namespace castnet::cli
