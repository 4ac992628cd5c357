// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

#include "core/actuals/progress.h"
#include "core/domain/campaign.h"

namespace castnet::cli {

// `castnet progress --json` (DESIGN §12): {"as_of_week", "baseline",
// "tracks": {"media", "networking"}, "activities": [...],
// "forecast_total_return", "baseline_total_return"}. `baseline` is the
// baseline's name, std::nullopt when the plan itself was the baseline.
std::string progressJson(const core::Progress &progress,
                         const std::optional<std::string> &baseline);

// The same as readable tables: per track and campaign, then per activity.
std::string progressTable(const core::Progress &progress, const core::Campaign &campaign,
                          const std::optional<std::string> &baseline);

} // namespace castnet::cli
