// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "core/domain/activity.h"
#include "core/domain/campaign.h"
#include "core/optimizer/optimizer.h"

namespace castnet::core {

// `castnet optimize --json` (DESIGN §11): {"hours": H, "budget": B or null,
// "total_return", "allocation": [{"id", "title", "hours", "marginal_return",
// "binding"}]}, binding null when nothing binds. `activities` are the ones
// the optimization was made from. Unrounded numbers.
std::string optimizationJson(const Optimization &optimization,
                             const std::vector<Activity> &activities);

// One sentence on how the proposal was found and how close to the best it is
// proven to be, for the table and the report.
std::string describeMethod(const Optimization &optimization);

// The same for a reader: what was used of the hours and budget, the return
// against the plan's, how the result was found, and one row per activity.
std::string optimizationTable(const Campaign &campaign, const Optimization &optimization,
                              const std::vector<Activity> &activities);

} // namespace castnet::core
