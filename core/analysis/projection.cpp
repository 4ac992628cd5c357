// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/projection.h"

#include <algorithm>
#include <cmath>

namespace castnet::core {

namespace {

// The per-week quantities of one activity that do not change from week to week.
struct WeeklyPlan {
    int first = 1; // active weeks, clipped to 1 … W
    int last = 0;
    int setupWeek = 0; // 0 when the start week is outside the campaign
    double output = 0.0;
    double effort = 0.0;
    double cost = 0.0;
    double setupHours = 0.0;
    double marginalOutput = 1.0; // output hours of one more effort hour
};

WeeklyPlan weeklyPlan(const Activity &activity, double effortFactor, int weeks) {
    WeeklyPlan plan;
    plan.first = std::max(activity.startWeek, 1);
    plan.last = std::min(activity.endWeek, weeks);
    if (activity.startWeek >= 1 && activity.startWeek <= weeks)
        plan.setupWeek = activity.startWeek;
    plan.output = activity.cadencePerWeek * activity.hoursPerOccurrence;
    plan.effort = plan.output * effortFactor;
    plan.cost = activity.cadencePerWeek * activity.costPerOccurrence.units();
    plan.setupHours = activity.setupHours;
    plan.marginalOutput = 1.0 / effortFactor;
    return plan;
}

// The return of one adstock sequence, week after week, evaluating the
// response as rarely as exactness allows.
class ResponseWalk {
public:
    explicit ResponseWalk(const ResolvedResponse &response)
        : m_response(response) {}

    // An active week: A = fresh + theta·A. Once A stops changing (it reaches
    // its fixed point to the last bit after a few dozen weeks) the return is
    // the same number again and needs no new evaluation.
    double active(double freshOutput) {
        const double next = freshOutput + m_response.carryover * m_adstock;
        if (next != m_adstock) {
            m_adstock = next;
            m_return = weeklyReturn(m_response, next);
        }
        return m_return;
    }

    // Switches to the tail after the end week, where A only decays.
    void startTail() {
        const double theta = m_response.carryover;
        const double shape = m_response.shape;
        m_growth = theta > 0.0 ? hillTerm(1.0 / theta, shape) : 0.0;
        m_term =
            m_adstock > 0.0 ? hillTerm(m_response.halfSaturationHours / m_adstock, shape) : 0.0;
    }

    // A tail week: A = theta·A, so (gamma / A)^s grows by theta^-s each week
    // and one multiplication replaces pow(). Near underflow or overflow the
    // term is evaluated afresh, so the product never loses the true value.
    double tail() {
        m_adstock *= m_response.carryover;
        if (!(m_adstock > 0.0))
            return 0.0;
        if (m_term > 1e-200 && m_term < 1e200)
            m_term *= m_growth;
        else
            m_term = hillTerm(m_response.halfSaturationHours / m_adstock, m_response.shape);
        return m_response.maxWeeklyReturn / (1.0 + m_term);
    }

private:
    const ResolvedResponse &m_response;
    double m_adstock = 0.0;
    double m_return = 0.0;
    double m_term = 0.0;   // (gamma / A)^s in the tail
    double m_growth = 0.0; // theta^-s
};

// Fills the activity's three series and totals. The weeks fall in three runs
// (before, during, after the active weeks) so the loops have no branches on
// activity state. The marginal walk has one more effort hour in each active
// week; activities saturate separately, so its return minus the plan's is
// the campaign's difference.
void projectActivity(const WeeklyPlan &plan, const ResolvedResponse &response, bool marginal,
                     ActivityProjection &out, double *effort, double *cost, double *returns,
                     int weeks) {
    const double fresh = 1.0 - response.carryover;
    const int first = std::min(plan.first - 1, weeks); // index of the first active week
    const int end = std::max(plan.last, first);        // one past the last active week
    ResponseWalk planned(response);
    ResponseWalk more(response);
    double totalReturn = 0.0;
    double marginalGain = 0.0;

    std::fill(effort, effort + first, 0.0);
    std::fill(cost, cost + first, 0.0);
    std::fill(returns, returns + first, 0.0);
    const double freshOutput = fresh * plan.output;
    const double freshMore = fresh * (plan.output + plan.marginalOutput);
    for (int t = first; t < end; ++t) {
        const double y = planned.active(freshOutput);
        effort[t] = plan.effort;
        cost[t] = plan.cost;
        returns[t] = y;
        totalReturn += y;
        if (marginal)
            marginalGain += more.active(freshMore) - y;
    }
    // The carry-over tail after the end week counts.
    planned.startTail();
    more.startTail();
    for (int t = end; t < weeks; ++t) {
        const double y = planned.tail();
        effort[t] = 0.0;
        cost[t] = 0.0;
        returns[t] = y;
        totalReturn += y;
        if (marginal)
            marginalGain += more.tail() - y;
    }
    if (plan.setupWeek > 0)
        effort[plan.setupWeek - 1] += plan.setupHours;

    const int active = end - first;
    out.totalEffort = plan.effort * active + (plan.setupWeek > 0 ? plan.setupHours : 0.0);
    out.totalCost = plan.cost * active;
    out.totalReturn = totalReturn;
    out.marginalReturn = marginal ? marginalGain : 0.0;
}

void accumulate(std::vector<double> &into, const double *series, std::size_t weeks) {
    for (std::size_t t = 0; t < weeks; ++t)
        into[t] += series[t];
}

double sum(const std::vector<double> &series) {
    double total = 0.0;
    for (double value : series)
        total += value;
    return total;
}

void finishTrack(TrackProjection &track) {
    track.totalEffort = sum(track.effort);
    track.totalCost = sum(track.cost);
    track.totalReturn = sum(track.returns);
    track.returnPerHour = ratio(track.totalReturn, track.totalEffort);
    track.returnPerCurrencyUnit = ratio(track.totalReturn, track.totalCost);
}

void finishCampaign(Projection &projection) {
    const std::size_t weeks = static_cast<std::size_t>(projection.weeks);
    projection.weeklyEffort.assign(weeks, 0.0);
    projection.weeklyCost.assign(weeks, 0.0);
    projection.weeklyReturn.assign(weeks, 0.0);
    for (const TrackProjection &track : projection.tracks) {
        accumulate(projection.weeklyEffort, track.effort.data(), weeks);
        accumulate(projection.weeklyCost, track.cost.data(), weeks);
        accumulate(projection.weeklyReturn, track.returns.data(), weeks);
        projection.totalEffort += track.totalEffort;
        projection.totalCost += track.totalCost;
        projection.totalReturn += track.totalReturn;
        projection.restsOnDefaultReturn |= track.restsOnDefaultReturn;
    }
    projection.returnPerHour = ratio(projection.totalReturn, projection.totalEffort);
    projection.returnPerCurrencyUnit = ratio(projection.totalReturn, projection.totalCost);
    for (std::size_t t = 0; t < weeks; ++t) {
        if (projection.weeklyEffort[t] > projection.capacityHoursPerWeek)
            projection.overloadWeeks.push_back(static_cast<int>(t) + 1);
    }
    // A week's cost is a sum of fractional cadences times cents: compared in
    // whole cents, so that rounding noise never flags a week spent exactly.
    if (projection.budgetPerWeek) {
        const double budgetCents = std::round(*projection.budgetPerWeek * 100.0);
        for (std::size_t t = 0; t < weeks; ++t) {
            if (std::round(projection.weeklyCost[t] * 100.0) > budgetCents)
                projection.overBudgetWeeks.push_back(static_cast<int>(t) + 1);
        }
    }
}

// Scheduling ahead saves media hours; networking has no shortcut.
double effortFactor(bool automated, Track track, const Campaign &campaign) {
    return automated && track == Track::Media ? 1.0 - campaign.automationSaving : 1.0;
}

} // namespace

double effortPerOutputHour(const Activity &activity, const Campaign &campaign) {
    return effortFactor(activity.automated, effectiveTrack(activity, campaign.objective), campaign);
}

double plannedWeeklyEffort(const Activity &activity, const Campaign &campaign) {
    return activity.cadencePerWeek * activity.hoursPerOccurrence *
           effortPerOutputHour(activity, campaign);
}

std::vector<ActivityWarning> Projection::warnings() const {
    std::vector<ActivityWarning> all;
    for (const ActivityProjection &activity : activities)
        all.insert(all.end(), activity.warnings.begin(), activity.warnings.end());
    return all;
}

Projection project(const Campaign &campaign, const std::vector<Activity> &activities,
                   const ProjectionOptions &options) {
    Projection projection;
    projection.weeks = std::max(campaign.weeks, 0);
    projection.capacityHoursPerWeek = campaign.capacityHoursPerWeek;
    if (campaign.budgetPerWeek)
        projection.budgetPerWeek = campaign.budgetPerWeek->units();
    const std::size_t weeks = static_cast<std::size_t>(projection.weeks);
    for (Track track : {Track::Media, Track::Networking}) {
        TrackProjection &series = projection.tracks[trackIndex(track)];
        series.track = track;
        series.effort.assign(weeks, 0.0);
        series.cost.assign(weeks, 0.0);
        series.returns.assign(weeks, 0.0);
    }

    // Three series per activity in one allocation, written in full below;
    // without activity series, one activity's worth reused by each.
    const std::size_t stride = 3 * weeks;
    const bool keep = options.activitySeries;
    std::shared_ptr<double[]> buffer = std::make_shared_for_overwrite<double[]>(
        std::max<std::size_t>(stride * (keep ? activities.size() : 1), 1));
    projection.activities.resize(activities.size());

    for (std::size_t i = 0; i < activities.size(); ++i) {
        const Activity &activity = activities[i];
        ActivityProjection &out = projection.activities[i];
        out.id = activity.id;
        out.index = i;
        out.track = effectiveTrack(activity, campaign.objective);
        out.response = resolveResponse(activity.response, out.track);
        out.effortPerOutputHour = effortFactor(activity.automated, out.track, campaign);
        const WeeklyPlan plan = weeklyPlan(activity, out.effortPerOutputHour, projection.weeks);
        out.weeklyOutputHours = plan.output;
        out.weeklyRecurringEffort = plan.effort;
        out.weeklyCost = plan.cost;
        out.firstWeek = plan.first;
        out.lastWeek = plan.last;
        out.maturityWeeks = maturityWeeks(out.response.carryover);
        out.warnings = trackWarnings(activity, out.track);

        double *effort = buffer.get() + (keep ? i * stride : 0);
        double *cost = effort + weeks;
        double *returns = cost + weeks;
        projectActivity(plan, out.response, options.marginalReturns, out, effort, cost, returns,
                        projection.weeks);
        if (keep) {
            out.effort = {effort, weeks};
            out.cost = {cost, weeks};
            out.returns = {returns, weeks};
            out.seriesOwner = buffer;
        }
        out.returnPerHour = ratio(out.totalReturn, out.totalEffort);
        out.returnPerCurrencyUnit = ratio(out.totalReturn, out.totalCost);

        TrackProjection &track = projection.tracks[trackIndex(out.track)];
        ++track.activityCount;
        track.restsOnDefaultReturn |= out.restsOnDefaultReturn();
        accumulate(track.effort, effort, weeks);
        accumulate(track.cost, cost, weeks);
        accumulate(track.returns, returns, weeks);
    }

    for (TrackProjection &track : projection.tracks)
        finishTrack(track);
    finishCampaign(projection);
    return projection;
}

} // namespace castnet::core
