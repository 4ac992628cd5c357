// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "core/domain/activity.h"
#include "core/domain/campaign.h"
#include "core/domain/scenario.h"

namespace castnet::core {

// A whole campaign with everything that belongs to it. Used to restore a
// deleted campaign on undo (ids kept) and as the shape of the JSON exchange.
struct CampaignSnapshot {
    Campaign campaign;
    std::vector<Activity> activities;
    std::vector<Scenario> scenarios;

    friend bool operator==(const CampaignSnapshot &, const CampaignSnapshot &) = default;
};

} // namespace castnet::core
