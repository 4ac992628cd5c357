// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

#include "core/domain/error.h"
#include "core/workspace/workspace.h"

namespace castnet::core {

// Finds the campaign a user named on the command line (DESIGN §11): all
// digits is an id, anything else a name that must match exactly one
// campaign, optionally within the brand named `brand`.
Result<Campaign> findCampaign(Workspace &workspace, const std::string &campaign,
                              const std::optional<std::string> &brand);

} // namespace castnet::core
