// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <vector>

#include "core/domain/activity.h"
#include "core/domain/campaign.h"

namespace castnet::core {

// The campaign's total expected return from one activity when a scenario
// gives it `hours` of recurring effort per active week (DESIGN §6), one
// figure per entry of `hours`, carry-over tail included.
//
// Activities saturate separately, so the campaign's return of a scenario is
// the sum of these one-activity figures; that is what lets the optimizer
// tabulate each activity on its own. The figures come from applyScenario()
// and project() themselves, so they agree with any projection of the
// scenario the optimizer proposes.
std::vector<double> totalReturnAt(const Campaign &campaign, const Activity &activity,
                                  std::span<const double> hours);

} // namespace castnet::core
