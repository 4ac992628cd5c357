// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actuals/progress.h"

#include <algorithm>
#include <unordered_map>

#include "core/actuals/actual_weeks.h"
#include "core/analysis/classification.h"
#include "core/analysis/projection.h"

namespace castnet::core {

namespace {

std::vector<double> cumulated(const std::vector<double> &series) {
    std::vector<double> out(series.size());
    double sum = 0.0;
    for (std::size_t t = 0; t < series.size(); ++t) {
        sum += series[t];
        out[t] = sum;
    }
    return out;
}

void finish(WeeklyComparison &comparison) {
    comparison.plannedCumulative = cumulated(comparison.planned);
    comparison.actualCumulative = cumulated(comparison.actual);
    comparison.plannedTotal =
        comparison.plannedCumulative.empty() ? 0.0 : comparison.plannedCumulative.back();
    comparison.actualTotal =
        comparison.actualCumulative.empty() ? 0.0 : comparison.actualCumulative.back();
    comparison.variance = comparison.actualTotal - comparison.plannedTotal;
    comparison.index = ratio(comparison.actualTotal, comparison.plannedTotal);
}

void finish(ReturnComparison &comparison) {
    const std::size_t weeks = comparison.planned.size();
    comparison.plannedCumulative = cumulated(comparison.planned);
    comparison.actualCumulative.assign(weeks, 0.0);
    comparison.plannedTotal =
        comparison.plannedCumulative.empty() ? 0.0 : comparison.plannedCumulative.back();
    double sum = 0.0;
    comparison.measuredWeeks = 0;
    for (std::size_t t = 0; t < weeks; ++t) {
        if (comparison.actual[t]) {
            sum += *comparison.actual[t];
            ++comparison.measuredWeeks;
        }
        comparison.actualCumulative[t] = sum;
    }
    comparison.actualTotal = sum;
    if (comparison.measuredWeeks > 0) {
        comparison.variance = comparison.actualTotal - comparison.plannedInMeasuredWeeks;
        comparison.index = ratio(comparison.actualTotal, comparison.plannedInMeasuredWeeks);
    }
}

// Week t of a baseline series, 0 past the baseline's own length.
std::vector<double> firstWeeks(std::span<const double> series, std::size_t weeks) {
    std::vector<double> out(weeks, 0.0);
    std::copy_n(series.begin(), std::min(weeks, series.size()), out.begin());
    return out;
}

void compare(ActivityProgress &out, const ActivityProjection *planned, const ActualWeeks &actual,
             std::size_t weeks) {
    static const std::vector<double> none;
    const std::span<const double> noSeries(none);
    out.effort.planned = firstWeeks(planned ? planned->effort : noSeries, weeks);
    out.cost.planned = firstWeeks(planned ? planned->cost : noSeries, weeks);
    out.returns.planned = firstWeeks(planned ? planned->returns : noSeries, weeks);
    out.effort.actual.resize(weeks);
    for (std::size_t t = 0; t < weeks; ++t)
        out.effort.actual[t] = actual.hours[t] + actual.setupHours[t];
    out.cost.actual = actual.cost;
    out.returns.actual = actual.result;
    for (std::size_t t = 0; t < weeks; ++t) {
        if (actual.result[t])
            out.returns.plannedInMeasuredWeeks += out.returns.planned[t];
    }
    finish(out.effort);
    finish(out.cost);
    finish(out.returns);
    out.baselineTotalReturn = planned ? planned->totalReturn : 0.0;
}

void addInto(std::vector<double> &into, const std::vector<double> &series) {
    for (std::size_t t = 0; t < into.size(); ++t)
        into[t] += series[t];
}

void addInto(ProgressTotals &totals, const ActivityProgress &activity) {
    ++totals.activityCount;
    addInto(totals.effort.planned, activity.effort.planned);
    addInto(totals.effort.actual, activity.effort.actual);
    addInto(totals.cost.planned, activity.cost.planned);
    addInto(totals.cost.actual, activity.cost.actual);
    addInto(totals.returns.planned, activity.returns.planned);
    for (std::size_t t = 0; t < totals.returns.actual.size(); ++t) {
        if (activity.returns.actual[t])
            totals.returns.actual[t] =
                totals.returns.actual[t].value_or(0.0) + *activity.returns.actual[t];
    }
    totals.returns.plannedInMeasuredWeeks += activity.returns.plannedInMeasuredWeeks;
    totals.forecastTotalReturn += activity.forecastTotalReturn;
    totals.baselineTotalReturn += activity.baselineTotalReturn;
}

ProgressTotals emptyTotals(std::size_t weeks) {
    ProgressTotals totals;
    for (WeeklyComparison *series : {&totals.effort, &totals.cost}) {
        series->planned.assign(weeks, 0.0);
        series->actual.assign(weeks, 0.0);
    }
    totals.returns.planned.assign(weeks, 0.0);
    totals.returns.actual.assign(weeks, std::nullopt);
    return totals;
}

void finish(ProgressTotals &totals) {
    finish(totals.effort);
    finish(totals.cost);
    finish(totals.returns);
}

} // namespace

const ProgressTotals &Progress::track(Track which) const {
    return tracks[trackIndex(which)];
}

Progress progress(const CampaignSnapshot &baseline, const CampaignSnapshot &plan,
                  const std::vector<Actual> &actuals) {
    Progress result;
    result.asOfWeek = asOfWeek(actuals);
    const std::size_t weeks = static_cast<std::size_t>(result.asOfWeek);
    const Projection planned = project(baseline.campaign, baseline.activities, {false});

    std::unordered_map<ActivityId, std::size_t> inBaseline;
    inBaseline.reserve(baseline.activities.size());
    for (std::size_t i = 0; i < baseline.activities.size(); ++i)
        inBaseline.emplace(baseline.activities[i].id, i);

    // The plan's activities first, then the baseline's that the plan lost;
    // each is read against the campaign it belongs to.
    std::vector<Activity> activities = plan.activities;
    std::vector<bool> fromPlan(activities.size(), true);
    {
        std::unordered_map<ActivityId, bool> kept;
        for (const Activity &activity : plan.activities)
            kept.emplace(activity.id, true);
        for (const Activity &activity : baseline.activities) {
            if (!kept.contains(activity.id)) {
                activities.push_back(activity);
                fromPlan.push_back(false);
            }
        }
    }
    const std::vector<ActualWeeks> actual =
        actualWeeks(plan.campaign, activities, actuals, result.asOfWeek);

    result.tracks = {emptyTotals(weeks), emptyTotals(weeks)};
    result.campaign = emptyTotals(weeks);
    result.activities.resize(activities.size());
    for (std::size_t i = 0; i < activities.size(); ++i) {
        const Activity &activity = activities[i];
        const Campaign &campaign = fromPlan[i] ? plan.campaign : baseline.campaign;
        ActivityProgress &out = result.activities[i];
        out.id = activity.id;
        out.title = activity.title;
        out.inPlan = fromPlan[i];
        out.track = effectiveTrack(activity, campaign.objective);
        const auto found = inBaseline.find(activity.id);
        out.inBaseline = found != inBaseline.end();
        compare(out, out.inBaseline ? &planned.activities[found->second] : nullptr, actual[i],
                weeks);

        // An activity the plan dropped runs no more; its carry-over still
        // fades out over the plan's weeks.
        const PlannedOutput ahead =
            fromPlan[i] ? plannedOutput(activity, plan.campaign.weeks) : PlannedOutput{};
        out.forecast = reforecast(actual[i].output, actual[i].result, ahead,
                                  resolveResponse(activity.response, out.track),
                                  plan.campaign.weeks);
        out.forecastTotalReturn = out.forecast.total();

        addInto(result.tracks[trackIndex(out.track)], out);
        addInto(result.campaign, out);
    }
    for (ProgressTotals &totals : result.tracks)
        finish(totals);
    finish(result.campaign);
    return result;
}

} // namespace castnet::core
