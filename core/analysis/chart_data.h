// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/analysis/projection.h"
#include "core/domain/activity.h"
#include "core/domain/campaign.h"
#include "core/domain/enums.h"

namespace castnet::core {

// The numbers behind the four "effort against expected returns" charts of
// DESIGN §5, computed once here so that the GUI and the report draw the same
// figures. Plain data: the Qt layer only turns it into chart objects.

struct CurvePoint {
    double effortHours = 0.0;  // weekly recurring effort, automation saving included
    double weeklyReturn = 0.0; // matured (steady-state) weekly return at that effort

    friend bool operator==(const CurvePoint &, const CurvePoint &) = default;
};

// Matured weekly return against weekly effort for a group of activities (one
// track or one channel). Each member i turns effort x into output x / f_i
// (f_i = 1 − automation_saving for automated media, else 1) and, once its
// adstock has matured to that output, returns R_i / (1 + (gamma_i / output)^s_i).
// A group's effort X is shared in the plan's proportions (member i gets
// X · x_i / Σx); a group with no planned effort shares it equally. The curve
// is the sum of the members' returns as if all ran in the same week.
struct ResponseCurve {
    std::string label;          // the channel, or "media" / "networking"
    std::optional<Track> track; // set on the tracks' curves
    std::size_t activityCount = 0;
    // Evenly spaced from 0 to max(2 × the plan's effort, the effort that
    // reaches 90 % of the group's ceiling Σ R_i); empty for an empty group.
    std::vector<CurvePoint> points;
    CurvePoint plan;      // today's plan on this curve
    double ceiling = 0.0; // Σ R_i over the members that get effort: no effort passes it
    bool restsOnDefaultReturn = false; // some member uses the default R
};

struct Slice {
    std::string label;          // the channel, or "media" / "networking"
    std::optional<Track> track; // set on the tracks' slices
    double value = 0.0;
    double share = 0.0; // value / total, 0 when the total is 0
};

// Tracks' splits hold media then networking; channels' splits are sorted by
// value, largest first (ties by label).
struct Split {
    std::vector<Slice> slices;
    double total = 0.0;
};

struct ChartOptions {
    int curveSegments = 100; // a curve has curveSegments + 1 points
};

struct ChartData {
    int weeks = 0;
    std::string startDate; // the campaign's, so that weeks can show their dates
    // 1. response curves: both tracks (indexed by trackIndex), always present,
    // and one per channel, in the order of returnByChannel.
    std::array<ResponseCurve, 2> trackCurves;
    std::vector<ResponseCurve> channelCurves;
    // 2. cumulative expected return per track, week t at index t − 1.
    std::array<std::vector<double>, 2> cumulativeReturn;
    // 3. weekly effort per track (to stack) against the capacity.
    std::array<std::vector<double>, 2> weeklyEffort;
    double capacityHoursPerWeek = 0.0;
    std::vector<int> overloadWeeks; // 1-based
    // planned spend per week against the budget (none: no money limit).
    std::vector<double> weeklyCost;
    std::optional<double> budgetPerWeek;
    std::vector<int> overBudgetWeeks; // 1-based
    // 4. splits of total effort and total expected return.
    Split effortByTrack;
    Split returnByTrack;
    Split effortByChannel;
    Split returnByChannel;
};

// `projection` must be project(campaign, activities): activity i of one is
// activity i of the other.
ChartData chartData(const Campaign &campaign, const std::vector<Activity> &activities,
                    const Projection &projection, const ChartOptions &options = {});

// Projects the activities first.
ChartData chartData(const Campaign &campaign, const std::vector<Activity> &activities,
                    const ChartOptions &options = {});

} // namespace castnet::core
