// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/chart_data.h"

#include <algorithm>
#include <map>
#include <string_view>

#include "core/analysis/response_parameters.h"

namespace castnet::core {

namespace {

// One activity's part of a response curve.
struct Member {
    const ResolvedResponse *response = nullptr;
    double effortFactor = 1.0; // effort hours per output hour
    double share = 0.0;        // of the group's effort
    double plannedEffort = 0.0;
};

double groupReturn(const std::vector<Member> &members, double effort) {
    double total = 0.0;
    for (const Member &member : members)
        total += weeklyReturn(*member.response, effort * member.share / member.effortFactor);
    return total;
}

// The effort at which the group first reaches `target`: doubling, then
// bisection. The return grows with effort, so this is well defined whenever
// the target is below the ceiling.
double effortReaching(const std::vector<Member> &members, double target) {
    double low = 0.0;
    double high = 1.0;
    for (int i = 0; i < 1000 && groupReturn(members, high) < target; ++i) {
        low = high;
        high *= 2.0;
    }
    for (int i = 0; i < 60; ++i) {
        const double middle = 0.5 * (low + high);
        if (groupReturn(members, middle) < target)
            low = middle;
        else
            high = middle;
    }
    return high;
}

ResponseCurve responseCurve(std::string label, const Projection &projection,
                            const std::vector<std::size_t> &indices, const ChartOptions &options) {
    ResponseCurve curve;
    curve.label = std::move(label);
    curve.activityCount = indices.size();
    if (indices.empty())
        return curve;

    std::vector<Member> members;
    members.reserve(indices.size());
    double planned = 0.0;
    for (std::size_t index : indices) {
        const ActivityProjection &activity = projection.activities[index];
        const double effort = activity.activeWeeks() > 0 ? activity.weeklyRecurringEffort : 0.0;
        members.push_back({&activity.response, activity.effortPerOutputHour, 0.0, effort});
        planned += effort;
    }
    for (Member &member : members) {
        member.share = planned > 0.0 ? member.plannedEffort / planned
                                     : 1.0 / static_cast<double>(members.size());
        if (member.share > 0.0) {
            curve.ceiling += member.response->maxWeeklyReturn;
            curve.restsOnDefaultReturn |= member.response->maxWeeklyReturnIsDefault;
        }
    }
    curve.plan = {planned, groupReturn(members, planned)};

    double maxEffort = 2.0 * planned;
    if (curve.ceiling > 0.0)
        maxEffort = std::max(maxEffort, effortReaching(members, 0.9 * curve.ceiling));
    if (!(maxEffort > 0.0))
        maxEffort = 1.0;
    const int segments = std::max(options.curveSegments, 1);
    curve.points.reserve(static_cast<std::size_t>(segments) + 1);
    for (int k = 0; k <= segments; ++k) {
        const double effort = maxEffort * k / segments;
        curve.points.push_back({effort, groupReturn(members, effort)});
    }
    return curve;
}

std::vector<double> cumulative(const std::vector<double> &series) {
    std::vector<double> running(series.size());
    double total = 0.0;
    for (std::size_t t = 0; t < series.size(); ++t) {
        total += series[t];
        running[t] = total;
    }
    return running;
}

void finishSplit(Split &split) {
    split.total = 0.0;
    for (const Slice &slice : split.slices)
        split.total += slice.value;
    for (Slice &slice : split.slices)
        slice.share = split.total > 0.0 ? slice.value / split.total : 0.0;
}

void sortLargestFirst(Split &split) {
    std::stable_sort(split.slices.begin(), split.slices.end(), [](const Slice &a, const Slice &b) {
        if (a.value != b.value)
            return a.value > b.value;
        return a.label < b.label;
    });
}

} // namespace

ChartData chartData(const Campaign &campaign, const std::vector<Activity> &activities,
                    const Projection &projection, const ChartOptions &options) {
    (void)campaign; // the projection already carries what the charts need from it
    ChartData data;
    data.weeks = projection.weeks;
    data.startDate = campaign.startDate;
    data.capacityHoursPerWeek = projection.capacityHoursPerWeek;
    data.overloadWeeks = projection.overloadWeeks;
    data.weeklyCost = projection.weeklyCost;
    data.budgetPerWeek = projection.budgetPerWeek;
    data.overBudgetWeeks = projection.overBudgetWeeks;

    const std::size_t count = std::min(activities.size(), projection.activities.size());
    std::array<std::vector<std::size_t>, 2> byTrack;
    std::map<std::string_view, std::vector<std::size_t>> byChannel;
    for (std::size_t i = 0; i < count; ++i) {
        byTrack[trackIndex(projection.activities[i].track)].push_back(i);
        byChannel[activities[i].channel].push_back(i);
    }

    for (Track track : {Track::Media, Track::Networking}) {
        const std::size_t t = trackIndex(track);
        const TrackProjection &series = projection.track(track);
        const std::string label(toString(track));
        data.trackCurves[t] = responseCurve(label, projection, byTrack[t], options);
        data.trackCurves[t].track = track;
        data.cumulativeReturn[t] = cumulative(series.returns);
        data.weeklyEffort[t] = series.effort;
        data.effortByTrack.slices.push_back({label, track, series.totalEffort, 0.0});
        data.returnByTrack.slices.push_back({label, track, series.totalReturn, 0.0});
    }

    for (const auto &[channel, indices] : byChannel) {
        double effort = 0.0;
        double returns = 0.0;
        for (std::size_t index : indices) {
            effort += projection.activities[index].totalEffort;
            returns += projection.activities[index].totalReturn;
        }
        data.effortByChannel.slices.push_back({std::string(channel), std::nullopt, effort, 0.0});
        data.returnByChannel.slices.push_back({std::string(channel), std::nullopt, returns, 0.0});
    }
    for (Split *split :
         {&data.effortByTrack, &data.returnByTrack, &data.effortByChannel, &data.returnByChannel})
        finishSplit(*split);
    sortLargestFirst(data.effortByChannel);
    sortLargestFirst(data.returnByChannel);

    for (const Slice &slice : data.returnByChannel.slices)
        data.channelCurves.push_back(
            responseCurve(slice.label, projection, byChannel.at(slice.label), options));
    return data;
}

ChartData chartData(const Campaign &campaign, const std::vector<Activity> &activities,
                    const ChartOptions &options) {
    return chartData(campaign, activities, project(campaign, activities), options);
}

} // namespace castnet::core
