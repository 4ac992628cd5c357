// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/scenario_projection.h"

#include <algorithm>
#include <unordered_map>

namespace castnet::core {

namespace {

void allocate(Activity &activity, double hours, const Campaign &campaign) {
    if (activity.hoursPerOccurrence == 0.0)
        return;
    const double effort = hours > 0.0 ? hours : 0.0; // NaN counts as 0 too
    const double output = effort / effortPerOutputHour(activity, campaign);
    activity.cadencePerWeek = output / activity.hoursPerOccurrence;
    if (effort == 0.0)
        activity.setupHours = 0.0;
}

} // namespace

std::vector<Activity> applyScenario(const Campaign &campaign,
                                    const std::vector<Activity> &activities,
                                    const Scenario &scenario) {
    // The last allocation of an id wins, as it would in a table edited in order.
    std::unordered_map<ActivityId, double> hours;
    for (const Allocation &allocation : scenario.allocations)
        hours[allocation.activityId] = allocation.hours;

    std::vector<Activity> result = activities;
    for (Activity &activity : result) {
        const auto found = hours.find(activity.id);
        if (found != hours.end())
            allocate(activity, found->second, campaign);
    }
    return result;
}

Projection projectScenario(const Campaign &campaign, const std::vector<Activity> &activities,
                           const Scenario &scenario, const ProjectionOptions &options) {
    return project(campaign, applyScenario(campaign, activities, scenario), options);
}

} // namespace castnet::core
