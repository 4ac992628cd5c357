// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actuals/progress.h"

#include <algorithm>
#include <limits>
#include <unordered_map>
#include <unordered_set>

#include "core/analysis/classification.h"

namespace castnet::core {

namespace {

constexpr double notMeasured = std::numeric_limits<double>::quiet_NaN();

// Per activity: actual effort, cost, result and output, K weeks each.
constexpr std::size_t actualSeries = 4;
// Per total: planned and actual effort, cost and return.
constexpr std::size_t totalSeries = 6;

double sum(std::span<const double> series) {
    double total = 0.0;
    for (double value : series)
        total += value;
    return total;
}

void finish(WeeklyComparison &comparison) {
    comparison.plannedTotal = sum(comparison.planned);
    comparison.actualTotal = sum(comparison.actual);
    comparison.variance = comparison.actualTotal - comparison.plannedTotal;
    comparison.index = ratio(comparison.actualTotal, comparison.plannedTotal);
}

void finish(ReturnComparison &comparison) {
    comparison.plannedTotal = sum(comparison.planned);
    comparison.actualTotal = 0.0;
    comparison.measuredWeeks = 0;
    comparison.plannedInMeasuredWeeks = 0.0;
    for (std::size_t t = 0; t < comparison.actual.size(); ++t) {
        if (!std::isnan(comparison.actual[t])) {
            comparison.actualTotal += comparison.actual[t];
            comparison.plannedInMeasuredWeeks += comparison.planned[t];
            ++comparison.measuredWeeks;
        }
    }
    if (comparison.measuredWeeks > 0) {
        comparison.variance = comparison.actualTotal - comparison.plannedInMeasuredWeeks;
        comparison.index = ratio(comparison.actualTotal, comparison.plannedInMeasuredWeeks);
    }
}

// The activities progress reports on: the plan's, then the baseline's that
// the plan lost, each with the campaign it belongs to.
struct Listed {
    const Activity *activity;
    bool inPlan;
};

std::vector<Listed> listed(const CampaignSnapshot &baseline, const CampaignSnapshot &plan) {
    std::vector<Listed> all;
    all.reserve(plan.activities.size());
    std::unordered_set<ActivityId> kept;
    kept.reserve(plan.activities.size());
    for (const Activity &activity : plan.activities) {
        all.push_back({&activity, true});
        kept.insert(activity.id);
    }
    for (const Activity &activity : baseline.activities) {
        if (!kept.contains(activity.id))
            all.push_back({&activity, false});
    }
    return all;
}

// Adds every actual row into its activity's series; rows of activities
// progress does not list are left out. The output series collects hours here
// and becomes output once each activity's automation is known.
void addActuals(const std::vector<Listed> &activities, const std::vector<Actual> &actuals,
                double *buffer, std::size_t weeks) {
    std::unordered_map<ActivityId, std::size_t> position;
    position.reserve(activities.size());
    for (std::size_t i = 0; i < activities.size(); ++i)
        position.emplace(activities[i].activity->id, i);
    // Exports list an activity's weeks together, so the last lookup is
    // usually the right one and the hash is rarely needed.
    ActivityId lastId{};
    double *row = nullptr;
    for (const Actual &actual : actuals) {
        if (!row || !(actual.activityId == lastId)) {
            const auto found = position.find(actual.activityId);
            row = found == position.end() ? nullptr : buffer + found->second * actualSeries * weeks;
            lastId = actual.activityId;
            if (!row)
                continue;
        }
        // Weeks past the plan's end have no place in it.
        if (actual.week < 1 || static_cast<std::size_t>(actual.week) > weeks)
            continue;
        const std::size_t t = static_cast<std::size_t>(actual.week - 1);
        row[t] += actual.hours + actual.setupHours;
        row[weeks + t] += actual.cost.units();
        if (actual.result) {
            double &result = row[2 * weeks + t];
            result = (std::isnan(result) ? 0.0 : result) + *actual.result;
        }
        row[3 * weeks + t] += actual.hours;
    }
}

void addInto(double *into, std::span<const double> series) {
    for (std::size_t t = 0; t < series.size(); ++t)
        into[t] += series[t];
}

// One total's six series at `row`: planned and actual effort, cost, return.
void addInto(double *row, std::size_t weeks, ProgressTotals &totals,
             const ActivityProgress &activity) {
    ++totals.activityCount;
    addInto(row, activity.effort.planned);
    addInto(row + weeks, activity.effort.actual);
    addInto(row + 2 * weeks, activity.cost.planned);
    addInto(row + 3 * weeks, activity.cost.actual);
    addInto(row + 4 * weeks, activity.returns.planned);
    double *results = row + 5 * weeks;
    for (std::size_t t = 0; t < weeks; ++t) {
        const double value = activity.returns.actual[t];
        if (!std::isnan(value))
            results[t] = (std::isnan(results[t]) ? 0.0 : results[t]) + value;
    }
    totals.forecastTotalReturn += activity.forecastTotalReturn;
    totals.baselineTotalReturn += activity.baselineTotalReturn;
}

void viewTotals(ProgressTotals &totals, const std::shared_ptr<const double[]> &owner,
                const double *row, std::size_t weeks) {
    totals.owner = owner;
    totals.effort.planned = {row, weeks};
    totals.effort.actual = {row + weeks, weeks};
    totals.cost.planned = {row + 2 * weeks, weeks};
    totals.cost.actual = {row + 3 * weeks, weeks};
    totals.returns.planned = {row + 4 * weeks, weeks};
    totals.returns.actual = {row + 5 * weeks, weeks};
}

} // namespace

std::vector<double> cumulated(std::span<const double> weekly) {
    std::vector<double> out(weekly.size());
    double total = 0.0;
    for (std::size_t t = 0; t < weekly.size(); ++t) {
        if (!std::isnan(weekly[t]))
            total += weekly[t];
        out[t] = total;
    }
    return out;
}

const ProgressTotals &Progress::track(Track which) const {
    return tracks[trackIndex(which)];
}

Progress progress(const CampaignSnapshot &baseline, const CampaignSnapshot &plan,
                  const std::vector<Actual> &actuals) {
    Progress result;
    result.asOfWeek = std::min(asOfWeek(actuals), std::max(plan.campaign.weeks, 0));
    const std::size_t weeks = static_cast<std::size_t>(result.asOfWeek);

    // The baseline projected at least to week K, so its series cover every
    // actual week; a week past the baseline's end has no planned effort, and
    // its carry-over tail returns do not count in the baseline's total.
    Campaign horizon = baseline.campaign;
    horizon.weeks = std::max(baseline.campaign.weeks, result.asOfWeek);
    const Projection planned = project(horizon, baseline.activities, {false});
    const std::size_t baselineWeeks =
        static_cast<std::size_t>(std::max(baseline.campaign.weeks, 0));
    std::unordered_map<ActivityId, std::size_t> inBaseline;
    inBaseline.reserve(baseline.activities.size());
    for (std::size_t i = 0; i < baseline.activities.size(); ++i)
        inBaseline.emplace(baseline.activities[i].id, i);

    const std::vector<Listed> activities = listed(baseline, plan);
    const std::size_t stride = actualSeries * weeks;
    std::shared_ptr<double[]> buffer = std::make_shared_for_overwrite<double[]>(
        std::max<std::size_t>(stride * activities.size(), 1));
    for (std::size_t i = 0; i < activities.size(); ++i) {
        double *row = buffer.get() + i * stride;
        std::fill(row, row + 2 * weeks, 0.0);
        std::fill(row + 2 * weeks, row + 3 * weeks, notMeasured);
        std::fill(row + 3 * weeks, row + 4 * weeks, 0.0);
    }
    addActuals(activities, actuals, buffer.get(), weeks);

    // Three totals (media, networking, campaign) and a block of zeros for
    // the planned figures of activities the baseline lacks.
    std::shared_ptr<double[]> totalsBuffer = std::make_shared_for_overwrite<double[]>(
        std::max<std::size_t>((3 * totalSeries + 1) * weeks, 1));
    for (std::size_t k = 0; k < 3; ++k) {
        double *row = totalsBuffer.get() + k * totalSeries * weeks;
        std::fill(row, row + 5 * weeks, 0.0);
        std::fill(row + 5 * weeks, row + 6 * weeks, notMeasured);
    }
    const double *zeros = totalsBuffer.get() + 3 * totalSeries * weeks;
    std::fill(totalsBuffer.get() + 3 * totalSeries * weeks,
              totalsBuffer.get() + (3 * totalSeries + 1) * weeks, 0.0);
    const std::span<const double> none(zeros, weeks);

    result.activities.resize(activities.size());
    for (std::size_t i = 0; i < activities.size(); ++i) {
        const Activity &activity = *activities[i].activity;
        const Campaign &campaign = activities[i].inPlan ? plan.campaign : baseline.campaign;
        ActivityProgress &out = result.activities[i];
        out.id = activity.id;
        out.title = activity.title;
        out.inPlan = activities[i].inPlan;
        out.track = effectiveTrack(activity, campaign.objective);

        double *row = buffer.get() + i * stride;
        double *output = row + 3 * weeks;
        const double effortFactor = effortPerOutputHour(activity, plan.campaign);
        for (std::size_t t = 0; t < weeks; ++t)
            output[t] /= effortFactor;
        out.actualOwner = buffer;
        out.effort.actual = {row, weeks};
        out.cost.actual = {row + weeks, weeks};
        out.returns.actual = {row + 2 * weeks, weeks};
        out.actualOutput = {output, weeks};

        const auto found = inBaseline.find(activity.id);
        out.inBaseline = found != inBaseline.end();
        if (out.inBaseline) {
            const ActivityProjection &base = planned.activities[found->second];
            out.plannedOwner = base.seriesOwner;
            out.effort.planned = base.effort.first(weeks);
            out.cost.planned = base.cost.first(weeks);
            out.returns.planned = base.returns.first(weeks);
            out.baselineTotalReturn = sum(base.returns.first(baselineWeeks));
        } else {
            out.plannedOwner = totalsBuffer;
            out.effort.planned = out.cost.planned = out.returns.planned = none;
        }
        finish(out.effort);
        finish(out.cost);
        finish(out.returns);

        // An activity the plan dropped runs no more; its carry-over still
        // fades out over the plan's weeks.
        const PlannedOutput ahead =
            out.inPlan ? plannedOutput(activity, plan.campaign.weeks) : PlannedOutput{};
        out.forecast =
            reforecast(out.actualOutput, out.returns.actual, ahead,
                       resolveResponse(activity.response, out.track), plan.campaign.weeks);
        out.forecastTotalReturn = out.forecast.total();

        const std::size_t track = trackIndex(out.track);
        addInto(totalsBuffer.get() + track * totalSeries * weeks, weeks, result.tracks[track], out);
        addInto(totalsBuffer.get() + 2 * totalSeries * weeks, weeks, result.campaign, out);
    }
    for (std::size_t k = 0; k < 3; ++k) {
        ProgressTotals &totals = k < 2 ? result.tracks[k] : result.campaign;
        viewTotals(totals, totalsBuffer, totalsBuffer.get() + k * totalSeries * weeks, weeks);
        finish(totals.effort);
        finish(totals.cost);
        finish(totals.returns);
    }
    return result;
}

} // namespace castnet::core
