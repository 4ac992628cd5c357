// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/optimizer/optimizer.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include <fmt/format.h>

#include "core/analysis/classification.h"
#include "core/analysis/projection.h"
#include "core/analysis/scenario_projection.h"
#include "core/optimizer/grid_allocation.h"
#include "core/optimizer/hour_programme.h"
#include "core/optimizer/response_table.h"
#include "core/text/display_number.h"
#include "core/text/number_format.h"

namespace castnet::core {

namespace {

// One activity as the optimizer sees it.
struct Candidate {
    Track track = Track::Media;
    double plannedHours = 0.0; // x_i
    double plannedCost = 0.0;  // weekly, currency units
    double upperBound = 0.0;   // hours
    double costPerHour = 0.0;  // weekly cost of one weekly effort hour
    bool fixed = false;        // locked, or not rescalable
    bool locked = false;
    int boundSteps = 0; // grid steps within the upper bound
    int steps = 0;      // the same, capped by the capacity
};

// The request with the campaign's defaults filled in and every value checked.
struct Limits {
    double hours = 0.0;
    std::optional<double> budget;
    std::array<double, 2> minShare{};
    std::unordered_set<ActivityId> locks;
    double step = 0.25;
};

Result<Limits> limitsFor(const Campaign &campaign, const std::vector<Activity> &activities,
                         const OptimizeRequest &request) {
    Limits limits;
    limits.hours = request.hours.value_or(campaign.capacityHoursPerWeek);
    if (!std::isfinite(limits.hours) || limits.hours < 0.0) {
        return fail(
            fmt::format("hours must be a finite number of hours per week, 0 or more, not {}",
                        formatDouble(limits.hours)),
            "hours");
    }
    if (request.budget)
        limits.budget = *request.budget;
    else if (campaign.budgetPerWeek)
        limits.budget = campaign.budgetPerWeek->units();
    if (limits.budget && (!std::isfinite(*limits.budget) || *limits.budget < 0.0)) {
        return fail(fmt::format("budget must be a finite amount per week, 0 or more, not {}",
                                formatDouble(*limits.budget)),
                    "budget");
    }
    if (!std::isfinite(request.step) || !(request.step > 0.0))
        return fail("the hour grid step must be a positive number of hours", "step");
    limits.step = request.step;

    double shares = 0.0;
    for (const auto &[track, share] : request.minShares) {
        if (!std::isfinite(share) || share < 0.0 || share > 1.0) {
            return fail(
                fmt::format("the minimum share of {} must be a fraction from 0 to 1, not {}",
                            toString(track), formatDouble(share)),
                "min-share");
        }
        limits.minShare[trackIndex(track)] = share;
        shares += share;
    }
    if (shares > 1.0 + 1e-12) {
        return fail(fmt::format("the minimum shares add up to {}, more than all the hours",
                                displayPercent(shares)),
                    "min-share");
    }

    std::unordered_set<ActivityId> known;
    for (const Activity &activity : activities)
        known.insert(activity.id);
    for (const ActivityId id : request.locks) {
        if (!known.contains(id)) {
            return fail(fmt::format("activity {} is not in campaign \"{}\", so it cannot be locked",
                                    id, campaign.name),
                        "lock");
        }
        limits.locks.insert(id);
    }
    return limits;
}

int stepsWithin(double hours, double step) {
    // A bound that is a whole number of steps up to rounding keeps its last step.
    const double steps = std::floor(hours / step + 1e-9);
    return static_cast<int>(std::clamp(steps, 0.0, 1e9));
}

Candidate candidateFor(const Activity &activity, const Campaign &campaign, const Limits &limits) {
    Candidate c;
    c.track = effectiveTrack(activity, campaign.objective);
    const double effortFactor = effortPerOutputHour(activity, campaign);
    const double occurrenceEffort = activity.hoursPerOccurrence * effortFactor;
    c.plannedHours = plannedWeeklyEffort(activity, campaign);
    c.plannedCost = activity.cadencePerWeek * activity.costPerOccurrence.units();
    c.upperBound = std::max(3.0 * c.plannedHours, 3.0 * occurrenceEffort);
    // Cost follows the cadence, so it is the cost of an occurrence per hour
    // of an occurrence's effort; a plan with cadence 0 still has one.
    if (occurrenceEffort > 0.0)
        c.costPerHour = activity.costPerOccurrence.units() / occurrenceEffort;
    c.locked = limits.locks.contains(activity.id);
    // 0 hours per occurrence: no cadence gives it other hours (DESIGN §6).
    c.fixed = c.locked || activity.hoursPerOccurrence == 0.0;
    c.boundSteps = c.fixed ? 0 : stepsWithin(c.upperBound, limits.step);
    return c;
}

// The locked activities' hours per track and their cost.
struct Fixed {
    std::array<double, 2> hours{};
    double cost = 0.0;
    bool heldWithoutLock = false; // some are held because they have no hours per occurrence
    double totalHours() const { return hours[0] + hours[1]; }
};

Fixed fixedPart(const std::vector<Candidate> &candidates) {
    Fixed fixed;
    for (const Candidate &c : candidates) {
        if (c.fixed) {
            fixed.hours[trackIndex(c.track)] += c.plannedHours;
            fixed.cost += c.plannedCost;
            fixed.heldWithoutLock |= !c.locked && c.plannedCost > 0.0;
        }
    }
    return fixed;
}

Result<void> checkFixed(const Fixed &fixed, const Limits &limits, const Campaign &campaign) {
    if (fixed.totalHours() > limits.hours + gridSlack(limits.hours)) {
        return fail(fmt::format("the locked activities take {} h a week, more than the {} h "
                                "available",
                                displayNumber(fixed.totalHours(), DisplayStyle::atMost(2)),
                                displayNumber(limits.hours, DisplayStyle::atMost(2))),
                    "lock");
    }
    if (limits.budget && fixed.cost > *limits.budget + gridSlack(*limits.budget)) {
        return fail(
            fmt::format("the locked activities{} cost {} {} a week, more than the budget of {}",
                        fixed.heldWithoutLock ? " and those without hours per occurrence" : "",
                        displayNumber(fixed.cost, DisplayStyle::fixed(2)), campaign.currency,
                        displayNumber(*limits.budget, DisplayStyle::fixed(2))),
            "budget");
    }
    return {};
}

// A minimum share asked of a track where no activity can take an hour is a
// mistake to report, not a reason to propose an empty plan.
Result<void> checkShareTracks(const std::vector<Candidate> &candidates, const Limits &limits) {
    for (Track track : {Track::Media, Track::Networking}) {
        if (limits.minShare[trackIndex(track)] <= 0.0)
            continue;
        const bool canTakeHours = std::any_of(candidates.begin(), candidates.end(), [&](auto &c) {
            return c.track == track && (c.fixed ? c.plannedHours > 0.0 : c.boundSteps > 0);
        });
        if (!canTakeHours) {
            return fail(fmt::format("no {} activity can take hours, so its minimum share cannot "
                                    "be met",
                                    toString(track)),
                        "min-share");
        }
    }
    return {};
}

GridItem tabulate(const Campaign &campaign, const Activity &activity, const Candidate &c,
                  double step) {
    std::vector<double> hours(static_cast<std::size_t>(c.steps) + 1);
    for (std::size_t k = 0; k < hours.size(); ++k)
        hours[k] = static_cast<double>(k) * step;
    GridItem item;
    item.track = c.track;
    item.value = totalReturnAt(campaign, activity, hours);
    item.costPerStep = c.costPerHour * step;
    return item;
}

Binding bindingOf(const ActivityAllocation &a, const Candidate &c, const Optimization &result,
                  const Limits &limits, const std::array<double, 2> &trackHours) {
    if (c.fixed)
        return Binding::Lock;
    const double step = limits.step;
    const int steps = static_cast<int>(std::lround(a.hours / step));
    if (steps + 1 > c.boundSteps)
        return Binding::UpperBound;
    if (steps == 0)
        return Binding::LowerBound;
    if (result.usedHours + step > limits.hours + gridSlack(limits.hours))
        return Binding::Capacity;
    if (limits.budget &&
        result.weeklyCost + c.costPerHour * step > *limits.budget + gridSlack(*limits.budget))
        return Binding::Budget;
    const std::size_t other = 1 - trackIndex(c.track);
    const double total = result.usedHours + step;
    if (limits.minShare[other] > 0.0 &&
        trackHours[other] < limits.minShare[other] * total - gridSlack(total))
        return Binding::MinShare;
    return Binding::None;
}

// The grid problem of the free activities; sets each candidate's steps.
Result<GridProblem> gridProblemFor(const Campaign &campaign,
                                   const std::vector<Activity> &activities,
                                   std::vector<Candidate> &candidates, const Fixed &fixed,
                                   const Limits &limits) {
    GridProblem problem;
    problem.step = limits.step;
    problem.fixedHours = fixed.hours;
    problem.minShare = limits.minShare;
    if (limits.budget)
        problem.budget = std::max(0.0, *limits.budget - fixed.cost);
    // No activity can use more steps than the capacity, nor the capacity
    // more than all the activities' bounds together.
    const int capacitySteps =
        stepsWithin(std::max(0.0, limits.hours - fixed.totalHours()), limits.step);
    std::vector<Track> tracks;
    std::vector<int> steps;
    double boundTotal = 0.0;
    for (Candidate &c : candidates) {
        c.steps = std::min(c.boundSteps, capacitySteps);
        boundTotal += c.steps;
        if (!c.fixed) {
            tracks.push_back(c.track);
            steps.push_back(c.steps);
        }
    }
    problem.capacitySteps = static_cast<int>(std::min<double>(capacitySteps, boundTotal));
    // Checked before tabulating, which is the costly part for huge requests.
    if (programmeWork(tracks, steps, problem.capacitySteps) > maxProgrammeWork) {
        return fail("the request is too large to optimize on this hour grid; lower the hours or "
                    "split the campaign",
                    "hours");
    }
    for (std::size_t i = 0; i < activities.size(); ++i) {
        if (!candidates[i].fixed)
            problem.items.push_back(tabulate(campaign, activities[i], candidates[i], problem.step));
    }
    return problem;
}

// The allocation of every activity, fixed ones at their plan.
void allocate(const std::vector<Activity> &activities, const std::vector<Candidate> &candidates,
              const GridSolution &solved, double step, Optimization &result) {
    std::size_t item = 0;
    for (std::size_t i = 0; i < activities.size(); ++i) {
        const Candidate &c = candidates[i];
        ActivityAllocation a;
        a.id = activities[i].id;
        a.index = i;
        a.track = c.track;
        a.plannedHours = c.plannedHours;
        a.upperBound = c.upperBound;
        if (c.fixed) {
            a.hours = c.plannedHours;
            a.weeklyCost = c.plannedCost;
        } else {
            a.hours = solved.steps[item++] * step;
            a.weeklyCost = c.costPerHour * a.hours;
        }
        result.usedHours += a.hours;
        result.weeklyCost += a.weeklyCost;
        result.allocation.push_back(a);
    }
}

Optimization resultFrom(const Campaign &campaign, const std::vector<Activity> &activities,
                        const std::vector<Candidate> &candidates, const Limits &limits,
                        const GridSolution &solved) {
    Optimization result;
    result.hours = limits.hours;
    result.budget = limits.budget;
    result.step = limits.step;
    result.provenOptimal = solved.method == GridMethod::Exact;
    if (!result.provenOptimal && solved.upperBound > 0.0)
        result.gapBound = std::max(0.0, 1.0 - solved.value / solved.upperBound);
    allocate(activities, candidates, solved, limits.step, result);
    std::array<double, 2> trackHours{};
    for (const ActivityAllocation &a : result.allocation)
        trackHours[trackIndex(a.track)] += a.hours;

    // The figures of the proposal are those of its projection, so that the
    // saved scenario shows the same numbers everywhere.
    const Projection proposal =
        projectScenario(campaign, activities, proposalScenario(result, campaign.id, {}));
    result.totalReturn = proposal.totalReturn;
    result.plannedReturn = project(campaign, activities, {.marginalReturns = false}).totalReturn;
    for (ActivityAllocation &a : result.allocation) {
        a.totalReturn = proposal.activities[a.index].totalReturn;
        a.marginalReturn = proposal.activities[a.index].marginalReturn;
        a.binding = bindingOf(a, candidates[a.index], result, limits, trackHours);
    }
    return result;
}

} // namespace

std::optional<std::string_view> bindingName(Binding binding) {
    switch (binding) {
    case Binding::None:
        return std::nullopt;
    case Binding::UpperBound:
        return "upper_bound";
    case Binding::LowerBound:
        return "lower_bound";
    case Binding::Lock:
        return "lock";
    case Binding::Capacity:
        return "capacity";
    case Binding::Budget:
        return "budget";
    case Binding::MinShare:
        return "min_share";
    }
    return std::nullopt;
}

Result<Optimization> optimize(const Campaign &campaign, const std::vector<Activity> &activities,
                              const OptimizeRequest &request) {
    auto limits = limitsFor(campaign, activities, request);
    if (!limits)
        return tl::unexpected(limits.error());
    std::vector<Candidate> candidates;
    candidates.reserve(activities.size());
    for (const Activity &activity : activities)
        candidates.push_back(candidateFor(activity, campaign, *limits));
    const Fixed fixed = fixedPart(candidates);
    if (auto ok = checkFixed(fixed, *limits, campaign); !ok)
        return tl::unexpected(ok.error());
    if (auto ok = checkShareTracks(candidates, *limits); !ok)
        return tl::unexpected(ok.error());

    auto problem = gridProblemFor(campaign, activities, candidates, fixed, *limits);
    if (!problem)
        return tl::unexpected(problem.error());
    auto solved = solveGrid(*problem);
    if (!solved)
        return tl::unexpected(solved.error());
    return resultFrom(campaign, activities, candidates, *limits, *solved);
}

Scenario proposalScenario(const Optimization &optimization, CampaignId campaign, std::string name) {
    Scenario scenario;
    scenario.campaignId = campaign;
    scenario.name = std::move(name);
    scenario.allocations.reserve(optimization.allocation.size());
    for (const ActivityAllocation &a : optimization.allocation)
        scenario.allocations.push_back({a.id, a.hours});
    return scenario;
}

} // namespace castnet::core
