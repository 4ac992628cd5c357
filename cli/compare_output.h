// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "core/analysis/comparison.h"
#include "core/domain/campaign.h"

namespace castnet::cli {

// `castnet compare --json` (DESIGN §11): {"scenarios": [{"name",
// "total_effort", "total_cost", "total_return", "tracks": {…}, "channels":
// {…}}]} in the order compared. Each scenario, track and channel also holds
// "activity_count", "return_per_hour", "return_per_currency_unit" and
// "maturity_weeks" (null where the figure does not exist), and each scenario
// a "difference" object of the same shape (without "name") holding its
// figures minus the first scenario's. Unrounded numbers.
std::string comparisonJson(const core::Comparison &comparison);

// The same for a reader: one column per scenario and the difference to the
// first column beside each later one; totals, then tracks, then channels.
std::string comparisonTable(const core::Campaign &campaign, const core::Comparison &comparison);

} // namespace castnet::cli
