// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actuals/actual_weeks.h"

#include <algorithm>
#include <unordered_map>

#include "core/analysis/projection.h"

namespace castnet::core {

int ActualWeeks::measuredWeeks() const {
    int count = 0;
    for (const std::optional<double> &value : result)
        count += value.has_value() ? 1 : 0;
    return count;
}

std::vector<ActualWeeks> actualWeeks(const Campaign &campaign,
                                     const std::vector<Activity> &activities,
                                     const std::vector<Actual> &actuals, int asOfWeek) {
    const std::size_t weeks = static_cast<std::size_t>(std::max(asOfWeek, 0));
    std::vector<ActualWeeks> all(activities.size());
    std::unordered_map<ActivityId, std::size_t> position;
    position.reserve(activities.size());
    for (std::size_t i = 0; i < activities.size(); ++i) {
        position.emplace(activities[i].id, i);
        ActualWeeks &series = all[i];
        series.hours.assign(weeks, 0.0);
        series.setupHours.assign(weeks, 0.0);
        series.cost.assign(weeks, 0.0);
        series.output.assign(weeks, 0.0);
        series.result.assign(weeks, std::nullopt);
    }

    // Exports list an activity's weeks together, so the last lookup is
    // usually the right one and the hash is rarely needed.
    ActivityId lastId{};
    std::size_t lastIndex = activities.size();
    for (const Actual &actual : actuals) {
        if (actual.week < 1 || static_cast<std::size_t>(actual.week) > weeks)
            continue;
        if (lastIndex == activities.size() || !(actual.activityId == lastId)) {
            const auto found = position.find(actual.activityId);
            if (found == position.end())
                continue;
            lastId = actual.activityId;
            lastIndex = found->second;
        }
        ActualWeeks &series = all[lastIndex];
        const std::size_t t = static_cast<std::size_t>(actual.week - 1);
        series.hours[t] += actual.hours;
        series.setupHours[t] += actual.setupHours;
        series.cost[t] += actual.cost.units();
        if (actual.result)
            series.result[t] = series.result[t].value_or(0.0) + *actual.result;
    }

    for (std::size_t i = 0; i < activities.size(); ++i) {
        const double effortFactor = effortPerOutputHour(activities[i], campaign);
        ActualWeeks &series = all[i];
        for (std::size_t t = 0; t < weeks; ++t)
            series.output[t] = series.hours[t] / effortFactor;
    }
    return all;
}

} // namespace castnet::core
