// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

#include "core/domain/error.h"
#include "core/domain/ids.h"
#include "core/workspace/workspace.h"

namespace castnet::core {

// How a user named a campaign on the command line (DESIGN §11 v2): by its
// name (--campaign, digits included) or by its id (--campaign-id).
struct CampaignChoice {
    std::optional<std::string> name;
    std::optional<CampaignId> id;
};

// Finds the campaign a user named: a name must match exactly one campaign,
// optionally within the brand named `brand`; an id must name a campaign, of
// that brand when one is given. A name is never read as an id.
Result<Campaign> findCampaign(Workspace &workspace, const CampaignChoice &choice,
                              const std::optional<std::string> &brand);

} // namespace castnet::core
