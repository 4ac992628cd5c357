// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/error.h"
#include "core/workspace/workspace.h"

namespace castnet::core {

// Fills an empty workspace with the demo brand: one campaign of about thirty
// activities over eight channels, both tracks, with believable hours, costs
// and returns. One transaction. Refuses a workspace that holds any brand.
Result<Campaign> createDemo(Workspace &workspace, const std::string &today);

} // namespace castnet::core
