// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/analysis/projection.h"
#include "core/domain/activity.h"
#include "core/domain/campaign.h"
#include "core/domain/error.h"
#include "core/domain/scenario.h"

namespace castnet::core {

// Channel mixes side by side (DESIGN §6): 2 to 4 scenarios of one campaign,
// each projected as §5 says, with their totals per track and per channel and
// the difference of each figure to the first column.

// The figures of one group of activities (the campaign, a track or a
// channel) under one scenario. Effort and cost are campaign totals (setup
// hours included), return in the campaign's return unit.
struct MixFigures {
    int activities = 0; // activities of the group that get effort (a difference may be < 0)
    double effort = 0.0;
    double cost = 0.0;
    double returns = 0.0;
    std::optional<double> returnPerHour;         // null without effort
    std::optional<double> returnPerCurrencyUnit; // null without cost
    // Weeks until the group's effort pays at 90 %: the mean of its
    // activities' weeks to 90 % maturity, weighted by their effort; null
    // without effort. A weighted mean rather than the slowest activity, so
    // that a small slow side project does not hide a fast main mix.
    std::optional<double> maturityWeeks;

    friend bool operator==(const MixFigures &, const MixFigures &) = default;
};

// A scenario's figures, or their differences to another scenario's.
struct MixBreakdown {
    MixFigures total;
    std::array<MixFigures, 2> tracks;           // by trackIndex(), both always present
    std::map<std::string, MixFigures> channels; // every channel of the campaign

    const MixFigures &track(Track which) const { return tracks[trackIndex(which)]; }
};

struct ScenarioColumn {
    std::string name; // "plan" for the plan itself
    MixBreakdown figures;
    // Each figure minus the first column's (so all zero in the first
    // column); null where either figure is null.
    MixBreakdown difference;
    Projection projection; // the §5 projection behind the figures, for charts
};

struct Comparison {
    std::vector<ScenarioColumn> columns; // in the order given
};

constexpr std::size_t minComparedScenarios = 2;
constexpr std::size_t maxComparedScenarios = 4;

// Compares the scenarios in the order given. The plan is a Scenario named
// "plan" with no allocations. Fewer than 2 or more than 4 scenarios, or a
// scenario of another campaign, is an error.
Result<Comparison> compare(const Campaign &campaign, const std::vector<Activity> &activities,
                           const std::vector<Scenario> &scenarios);

// The plan as a scenario to compare.
Scenario planScenario(CampaignId campaign);

} // namespace castnet::core
