// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/error.h"
#include "core/workspace/workspace.h"

namespace castnet::core {

// Fills an empty workspace with the demo brand: a campaign of about thirty
// activities over eight channels, both tracks, with believable hours, costs
// and returns (the one returned); and a second one half-way through, with a
// baseline and 20 weeks of actuals, some activities above plan, some below.
// One transaction. Refuses a workspace that holds any brand.
Result<Campaign> createDemo(Workspace &workspace, const std::string &today);

} // namespace castnet::core
