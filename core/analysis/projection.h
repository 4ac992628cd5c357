// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <vector>

#include "core/analysis/classification.h"
#include "core/analysis/response_parameters.h"
#include "core/domain/activity.h"
#include "core/domain/campaign.h"
#include "core/domain/enums.h"
#include "core/domain/ids.h"

namespace castnet::core {

// Effort and expected returns of a campaign, week by week (DESIGN §5).
//
// Week t = 1 … W is stored at index t − 1 of every series. Effort is the
// team's hours (automation saving and setup included), cost is in currency
// units, return in the campaign's return unit. Nothing is rounded.

struct ProjectionOptions {
    // Marginal returns take a second response evaluation per activity and
    // week; callers that only need the series may skip them (they stay 0).
    bool marginalReturns = true;
    // Each activity's weekly series (effort, cost, returns); without them
    // its spans stay empty and only its totals, its marginal return and the
    // tracks' and campaign's series are kept, which is what the optimizer
    // needs of a large campaign (3 × W doubles less per activity).
    bool activitySeries = true;
};

struct ActivityProjection {
    ActivityId id;
    std::size_t index = 0;      // position in the activities given to project()
    Track track = Track::Media; // effective track
    ResolvedResponse response;  // parameters used, with which ones are defaults

    // The plan in one active week: output hours o, recurring effort x
    // (o × effortPerOutputHour) and cost. Setup hours come on top in firstWeek.
    double weeklyOutputHours = 0.0;
    double weeklyRecurringEffort = 0.0;
    double weeklyCost = 0.0;
    double effortPerOutputHour = 1.0; // 1 − automation_saving for automated media, else 1
    int firstWeek = 1;                // active weeks within the campaign;
    int lastWeek = 0;                 // lastWeek < firstWeek when there are none

    // Size W each. They point into one flat, immutable buffer shared by every
    // activity of the projection and kept alive by seriesOwner, so an
    // ActivityProjection copied out of its Projection stays valid.
    std::span<const double> effort;
    std::span<const double> cost;
    std::span<const double> returns;
    std::shared_ptr<const double[]> seriesOwner;

    double totalEffort = 0.0;
    double totalCost = 0.0;
    double totalReturn = 0.0;
    std::optional<double> returnPerHour;         // null without effort
    std::optional<double> returnPerCurrencyUnit; // null without cost
    int maturityWeeks = 1;                       // weeks to 90 % of a constant output
    // The campaign's total return with one more effort hour per week in this
    // activity's active weeks, minus the total without it. Activities
    // saturate separately, so only this activity's return changes. One effort
    // hour is 1 / (1 − automation_saving) output hours for automated media
    // (scheduling saves time, not reach), one output hour otherwise.
    double marginalReturn = 0.0;
    std::vector<ActivityWarning> warnings;

    int activeWeeks() const { return lastWeek >= firstWeek ? lastWeek - firstWeek + 1 : 0; }
    // Whether the return figures rest on the uncalibrated default R.
    bool restsOnDefaultReturn() const {
        return response.maxWeeklyReturnIsDefault && totalReturn > 0.0;
    }
};

struct TrackProjection {
    Track track = Track::Media;
    std::size_t activityCount = 0;
    std::vector<double> effort;  // size W
    std::vector<double> cost;    // size W
    std::vector<double> returns; // size W
    double totalEffort = 0.0;
    double totalCost = 0.0;
    double totalReturn = 0.0;
    std::optional<double> returnPerHour;
    std::optional<double> returnPerCurrencyUnit;
    bool restsOnDefaultReturn = false; // some return here comes from a default R
};

constexpr std::size_t trackIndex(Track track) {
    return track == Track::Media ? 0 : 1;
}

// numerator / denominator, or std::nullopt when the denominator is not
// positive: a return per hour of no effort is no figure, not infinity.
inline std::optional<double> ratio(double numerator, double denominator) {
    if (denominator > 0.0)
        return numerator / denominator;
    return std::nullopt;
}

struct Projection {
    int weeks = 0;
    double capacityHoursPerWeek = 0.0;
    std::vector<ActivityProjection> activities; // in input order
    // Both tracks, always, even when empty: tracks[trackIndex(track)].
    std::array<TrackProjection, 2> tracks;

    std::vector<double> weeklyEffort; // both tracks, size W
    std::vector<double> weeklyCost;
    std::vector<double> weeklyReturn;
    std::vector<int> overloadWeeks; // weeks (1-based) whose effort exceeds the capacity
    // The campaign's money limit per week in currency units (none: no limit),
    // and the weeks (1-based) whose planned cost exceeds it by a cent or more.
    std::optional<double> budgetPerWeek;
    std::vector<int> overBudgetWeeks;

    double totalEffort = 0.0;
    double totalCost = 0.0;
    double totalReturn = 0.0;
    std::optional<double> returnPerHour;
    std::optional<double> returnPerCurrencyUnit;
    bool restsOnDefaultReturn = false;

    const TrackProjection &track(Track which) const { return tracks[trackIndex(which)]; }
    // Every activity's warnings, in activity order.
    std::vector<ActivityWarning> warnings() const;
};

// 1 − automation_saving when the activity is automated and its effective
// track is media; 1 otherwise (networking has no shortcut).
double effortPerOutputHour(const Activity &activity, const Campaign &campaign);

// The recurring effort x of one active week: cadence × hours per occurrence ×
// effortPerOutputHour().
double plannedWeeklyEffort(const Activity &activity, const Campaign &campaign);

Projection project(const Campaign &campaign, const std::vector<Activity> &activities,
                   const ProjectionOptions &options = {});

} // namespace castnet::core
