// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "core/domain/activity.h"
#include "core/domain/campaign.h"
#include "core/optimizer/optimizer.h"

namespace castnet::cli {

// `castnet optimize --json` (DESIGN §11): {"hours": H, "budget": B or null,
// "total_return", "allocation": [{"id", "title", "hours", "marginal_return",
// "binding"}]}, binding null when nothing binds. `activities` are the ones
// the optimization was made from. Unrounded numbers.
std::string optimizationJson(const core::Optimization &optimization,
                             const std::vector<core::Activity> &activities);

// One sentence on how the proposal was found and how close to the best it is
// proven to be, for the table and the report.
std::string describeMethod(const core::Optimization &optimization);

// The same for a reader: what was used of the hours and budget, the return
// against the plan's, how the result was found, and one row per activity.
std::string optimizationTable(const core::Campaign &campaign,
                              const core::Optimization &optimization,
                              const std::vector<core::Activity> &activities);

} // namespace castnet::cli
