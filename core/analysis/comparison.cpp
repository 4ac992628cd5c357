// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/comparison.h"

#include <fmt/format.h>

#include "core/analysis/scenario_projection.h"

namespace castnet::core {

namespace {

std::optional<double> minus(const std::optional<double> &a, const std::optional<double> &b) {
    if (a && b)
        return *a - *b;
    return std::nullopt;
}

// Sums while the groups are built; finish() turns them into figures.
struct Accumulator {
    MixFigures figures;
    double maturityEffort = 0.0; // Σ effort × maturity weeks

    void add(const ActivityProjection &a) {
        if (a.totalEffort > 0.0)
            ++figures.activities;
        figures.effort += a.totalEffort;
        figures.cost += a.totalCost;
        figures.returns += a.totalReturn;
        maturityEffort += a.totalEffort * a.maturityWeeks;
    }
    MixFigures finish() const {
        MixFigures done = figures;
        done.returnPerHour = ratio(done.returns, done.effort);
        done.returnPerCurrencyUnit = ratio(done.returns, done.cost);
        done.maturityWeeks = ratio(maturityEffort, done.effort);
        return done;
    }
};

// The totals come from the projection itself so that they match `project`;
// the accumulators add what the projection does not hold (counts, maturity,
// channels).
MixBreakdown breakdown(const Projection &projection, const std::vector<Activity> &activities) {
    Accumulator total;
    std::array<Accumulator, 2> tracks;
    std::map<std::string, Accumulator> channels;
    for (const Activity &activity : activities)
        channels.try_emplace(activity.channel);
    for (const ActivityProjection &a : projection.activities) {
        total.add(a);
        tracks[trackIndex(a.track)].add(a);
        channels[activities[a.index].channel].add(a);
    }
    MixBreakdown result;
    result.total = total.finish();
    result.total.effort = projection.totalEffort;
    result.total.cost = projection.totalCost;
    result.total.returns = projection.totalReturn;
    result.total.returnPerHour = projection.returnPerHour;
    result.total.returnPerCurrencyUnit = projection.returnPerCurrencyUnit;
    for (std::size_t t = 0; t < 2; ++t) {
        const TrackProjection &track = projection.tracks[t];
        MixFigures &figures = result.tracks[t];
        figures = tracks[t].finish();
        figures.effort = track.totalEffort;
        figures.cost = track.totalCost;
        figures.returns = track.totalReturn;
        figures.returnPerHour = track.returnPerHour;
        figures.returnPerCurrencyUnit = track.returnPerCurrencyUnit;
    }
    for (const auto &[channel, sums] : channels)
        result.channels.emplace(channel, sums.finish());
    return result;
}

MixFigures difference(const MixFigures &a, const MixFigures &b) {
    MixFigures d;
    d.activities = a.activities - b.activities;
    d.effort = a.effort - b.effort;
    d.cost = a.cost - b.cost;
    d.returns = a.returns - b.returns;
    d.returnPerHour = minus(a.returnPerHour, b.returnPerHour);
    d.returnPerCurrencyUnit = minus(a.returnPerCurrencyUnit, b.returnPerCurrencyUnit);
    d.maturityWeeks = minus(a.maturityWeeks, b.maturityWeeks);
    return d;
}

MixBreakdown difference(const MixBreakdown &a, const MixBreakdown &b) {
    MixBreakdown d;
    d.total = difference(a.total, b.total);
    for (std::size_t t = 0; t < 2; ++t)
        d.tracks[t] = difference(a.tracks[t], b.tracks[t]);
    for (const auto &[channel, figures] : a.channels)
        d.channels.emplace(channel, difference(figures, b.channels.at(channel)));
    return d;
}

} // namespace

Scenario planScenario(CampaignId campaign) {
    Scenario plan;
    plan.campaignId = campaign;
    plan.name = Scenario::planName;
    return plan;
}

Result<Comparison> compare(const Campaign &campaign, const std::vector<Activity> &activities,
                           const std::vector<Scenario> &scenarios) {
    if (scenarios.size() < minComparedScenarios || scenarios.size() > maxComparedScenarios) {
        return fail(fmt::format("compare takes {} to {} scenarios side by side, not {}",
                                minComparedScenarios, maxComparedScenarios, scenarios.size()),
                    "scenario");
    }
    for (const Scenario &scenario : scenarios) {
        if (scenario.campaignId.isStored() && scenario.campaignId != campaign.id) {
            return fail(fmt::format("scenario \"{}\" belongs to another campaign than \"{}\"",
                                    scenario.name, campaign.name),
                        "scenario");
        }
    }
    Comparison comparison;
    comparison.columns.reserve(scenarios.size());
    for (const Scenario &scenario : scenarios) {
        ScenarioColumn column;
        column.name = scenario.name;
        column.projection = projectScenario(campaign, activities, scenario);
        column.figures = breakdown(column.projection, activities);
        comparison.columns.push_back(std::move(column));
    }
    for (ScenarioColumn &column : comparison.columns)
        column.difference = difference(column.figures, comparison.columns.front().figures);
    return comparison;
}

} // namespace castnet::core
