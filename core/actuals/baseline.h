// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>

#include "core/domain/campaign_snapshot.h"

namespace castnet::core {

// A baseline as listed: its name (unique in the campaign), when it was saved
// (UTC, ISO 8601) and how many activities it froze.
struct BaselineSummary {
    std::string name;
    std::string savedAt;
    std::size_t activityCount = 0;

    friend bool operator==(const BaselineSummary &, const BaselineSummary &) = default;
};

// A named, frozen copy of a campaign and of every activity's fields at the
// moment it was saved (DESIGN §12). It is never changed: progress compares
// actuals with it, so re-planning never hides slippage. The frozen
// activities keep the ids they had, so they match the plan's by id; the
// snapshot holds no scenarios.
struct Baseline {
    BaselineSummary summary;
    CampaignSnapshot frozen;
};

} // namespace castnet::core
