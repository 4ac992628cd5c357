// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/optimizer/response_table.h"

#include "core/analysis/projection.h"
#include "core/analysis/scenario_projection.h"

namespace castnet::core {

std::vector<double> totalReturnAt(const Campaign &campaign, const Activity &activity,
                                  std::span<const double> hours) {
    // One copy of the activity per figure, each under its own id, set by one
    // scenario and projected together. The text fields play no part in the
    // return and are dropped so the copies stay cheap.
    Activity bare = activity;
    bare.channel.clear();
    bare.title.clear();
    bare.notes.clear();
    std::vector<Activity> copies(hours.size(), bare);
    Scenario scenario;
    scenario.allocations.reserve(hours.size());
    for (std::size_t k = 0; k < hours.size(); ++k) {
        copies[k].id = ActivityId(static_cast<std::int64_t>(k) + 1);
        scenario.allocations.push_back({copies[k].id, hours[k]});
    }
    const Projection projection = projectScenario(
        campaign, copies, scenario, {.marginalReturns = false, .activitySeries = false});

    std::vector<double> returns(hours.size());
    for (std::size_t k = 0; k < hours.size(); ++k)
        returns[k] = projection.activities[k].totalReturn;
    return returns;
}

} // namespace castnet::core
