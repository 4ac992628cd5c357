// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/optimizer/optimizer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_set>

#include <fmt/format.h>

#include "core/analysis/classification.h"
#include "core/analysis/projection.h"
#include "core/analysis/scenario_projection.h"
#include "core/domain/try.h"
#include "core/optimizer/local_search.h"
#include "core/optimizer/response_table.h"
#include "core/optimizer/weekly_problem.h"
#include "core/optimizer/weekly_search.h"
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
    double setupHours = 0.0; // in the start week, when it gets hours
};

// The request with the campaign's defaults filled in and every value checked.
struct Limits {
    double hours = 0.0;
    std::optional<double> budget;
    std::array<double, 2> minShare{};
    std::unordered_set<ActivityId> locks;
    double step = 0.25;
    bool polish = false; // step 0: the 0.25 h grid, then off it
    std::optional<double> target;
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
    if (!std::isfinite(request.step) || request.step < 0.0)
        return fail("the hour grid step must be a number of hours, 0 or more", "step");
    limits.polish = request.step == 0.0;
    limits.step = limits.polish ? 0.25 : request.step;
    if (request.targetReturn) {
        if (!std::isfinite(*request.targetReturn) || *request.targetReturn < 0.0) {
            return fail(fmt::format("the target return must be a finite number, 0 or more, not {}",
                                    formatDouble(*request.targetReturn)),
                        "target-return");
        }
        limits.target = *request.targetReturn;
    }

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
    c.setupHours = activity.setupHours;
    return c;
}

// The campaign weeks the activity is active in, clipped to the campaign.
struct ActiveWeeks {
    int first = 1;
    int last = 0;
    int count() const { return std::max(0, last - first + 1); }
};

ActiveWeeks activeWeeks(const Activity &activity, const Campaign &campaign) {
    return {std::max(1, activity.startWeek), std::min(campaign.weeks, activity.endWeek)};
}

// What the locked activities take in each week (index 0 is week 1).
struct Fixed {
    std::vector<double> hours;
    std::vector<double> cost;
    std::vector<int> setups;            // locked activities whose setup falls in the week
    std::array<double, 2> trackHours{}; // Σ h_i × active weeks, per track
    bool heldWithoutLock = false;       // some are held because they have no hours per occurrence
};

Fixed fixedPart(const Campaign &campaign, const std::vector<Activity> &activities,
                const std::vector<Candidate> &candidates) {
    Fixed fixed;
    const std::size_t weeks = static_cast<std::size_t>(std::max(0, campaign.weeks));
    fixed.hours.assign(weeks, 0.0);
    fixed.cost.assign(weeks, 0.0);
    fixed.setups.assign(weeks, 0);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const Candidate &c = candidates[i];
        if (!c.fixed)
            continue;
        const ActiveWeeks active = activeWeeks(activities[i], campaign);
        for (int w = active.first; w <= active.last; ++w) {
            fixed.hours[static_cast<std::size_t>(w - 1)] += c.plannedHours;
            fixed.cost[static_cast<std::size_t>(w - 1)] += c.plannedCost;
        }
        if (active.count() > 0 && c.plannedHours > 0.0 && c.setupHours > 0.0) {
            fixed.hours[static_cast<std::size_t>(active.first - 1)] += c.setupHours;
            fixed.setups[static_cast<std::size_t>(active.first - 1)] += 1;
        }
        fixed.trackHours[trackIndex(c.track)] += c.plannedHours * active.count();
        fixed.heldWithoutLock |= !c.locked && c.plannedCost > 0.0;
    }
    return fixed;
}

// The first week the locked activities alone overload, named.
Result<void> checkFixed(const Fixed &fixed, const Limits &limits, const Campaign &campaign) {
    for (std::size_t w = 0; w < fixed.hours.size(); ++w) {
        if (fixed.hours[w] > limits.hours + gridSlack(limits.hours)) {
            const std::string setup =
                fixed.setups[w] == 0
                    ? std::string()
                    : fmt::format(" with the setup of {} {}", fixed.setups[w],
                                  fixed.setups[w] == 1 ? "activity" : "activities");
            return fail(fmt::format("week {}: the locked activities{} need {} h, capacity {} h",
                                    w + 1, setup,
                                    displayNumber(fixed.hours[w], DisplayStyle::atMost(2)),
                                    displayNumber(limits.hours, DisplayStyle::atMost(2))),
                        "lock");
        }
        if (limits.budget && fixed.cost[w] > *limits.budget + gridSlack(*limits.budget)) {
            return fail(
                fmt::format("week {}: the locked activities{} cost {} {}, more than the budget of "
                            "{}",
                            w + 1,
                            fixed.heldWithoutLock ? " and those without hours per occurrence" : "",
                            displayNumber(fixed.cost[w], DisplayStyle::fixed(2)), campaign.currency,
                            displayNumber(*limits.budget, DisplayStyle::fixed(2))),
                "budget");
        }
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
            return c.track == track && (c.fixed ? c.plannedHours > 0.0 : c.upperBound > 0.0);
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

// The activity's levels: every multiple of the step below its upper bound,
// then the bound itself, so that a bound off the grid (2.7 h) is reached
// rather than floored; none above what one week can hold.
std::vector<double> levelsOf(const Candidate &c, const Limits &limits) {
    std::vector<double> hours{0.0};
    const double top = std::min(c.upperBound, limits.hours);
    for (int k = 1; k * limits.step < top - 1e-9; ++k)
        hours.push_back(k * limits.step);
    if (top > 0.0 && c.upperBound <= limits.hours + gridSlack(limits.hours))
        hours.push_back(c.upperBound);
    else if (top > 0.0 && std::abs(std::round(top / limits.step) * limits.step - top) < 1e-9)
        hours.push_back(top); // the capacity is itself on the grid
    return hours;
}

// Rows of one kind in week order, a week alike to the one before (the same
// items with the same terms) sharing its row, which keeps the least limit.
// Only the last row's terms are remembered: a large campaign needs no map of
// every row's items.
class RowBuilder {
public:
    explicit RowBuilder(WeeklyProblem &problem)
        : m_problem(problem) {}

    void add(RowKind kind, int week, double limit, double scale,
             const std::vector<std::pair<int, RowTerm>> &terms) {
        if (terms.empty())
            return;
        Last &last = m_last[static_cast<std::size_t>(kind)];
        if (last.row >= 0 && sameTerms(last.terms, terms)) {
            WeeklyRow &row = m_problem.rows[static_cast<std::size_t>(last.row)];
            if (limit < row.limit) {
                row.limit = limit;
                row.week = week;
            }
            return;
        }
        const int index = static_cast<int>(m_problem.rows.size());
        WeeklyRow row;
        row.kind = kind;
        row.week = week;
        row.limit = limit;
        row.scale = scale;
        row.items.reserve(terms.size());
        for (const auto &[item, term] : terms) {
            row.items.push_back(item);
            RowTerm t = term;
            t.row = index;
            m_problem.items[static_cast<std::size_t>(item)].terms.push_back(t);
        }
        m_problem.rows.push_back(std::move(row));
        last.row = index;
        last.terms = terms;
    }

private:
    struct Last {
        int row = -1;
        std::vector<std::pair<int, RowTerm>> terms;
    };

    static bool sameTerms(const std::vector<std::pair<int, RowTerm>> &a,
                          const std::vector<std::pair<int, RowTerm>> &b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](auto &x, auto &y) {
            return x.first == y.first && x.second.perHour == y.second.perHour &&
                   x.second.setup == y.second.setup;
        });
    }

    WeeklyProblem &m_problem;
    std::array<Last, 4> m_last;
};

// The week-by-week problem of the free activities (weekly_problem.h);
// `itemOf` maps each activity to its item, −1 for fixed ones.
struct Built {
    WeeklyProblem problem;
    std::vector<int> itemOf;         // per activity
    std::vector<std::size_t> source; // per item, its activity
    std::vector<ActiveWeeks> weeks;
};

Built weeklyProblemFor(const Campaign &campaign, const std::vector<Activity> &activities,
                       const std::vector<Candidate> &candidates, const Fixed &fixed,
                       const Limits &limits) {
    Built built;
    WeeklyProblem &problem = built.problem;
    for (std::size_t i = 0; i < activities.size(); ++i) {
        built.weeks.push_back(activeWeeks(activities[i], campaign));
        const Candidate &c = candidates[i];
        if (c.fixed || built.weeks.back().count() == 0) {
            built.itemOf.push_back(-1);
            continue;
        }
        built.itemOf.push_back(static_cast<int>(problem.items.size()));
        built.source.push_back(i);
        WeeklyItem item;
        item.hours = levelsOf(c, limits);
        item.value = totalReturnAt(campaign, activities[i], item.hours);
        problem.items.push_back(std::move(item));
    }

    RowBuilder rows(problem);
    double costScale = limits.budget ? std::max(*limits.budget, 1e-9) : 1.0;
    for (std::size_t i = 0; i < activities.size(); ++i) {
        if (built.itemOf[i] >= 0)
            costScale = std::max(costScale, candidates[i].costPerHour * candidates[i].upperBound);
    }
    for (int w = 1; w <= campaign.weeks; ++w) {
        std::vector<std::pair<int, RowTerm>> hours, money;
        for (std::size_t i = 0; i < activities.size(); ++i) {
            const int item = built.itemOf[i];
            if (item < 0 || w < built.weeks[i].first || w > built.weeks[i].last)
                continue;
            const double setup = w == built.weeks[i].first ? candidates[i].setupHours : 0.0;
            hours.push_back({item, {0, 1.0, setup}});
            if (candidates[i].costPerHour > 0.0)
                money.push_back({item, {0, candidates[i].costPerHour, 0.0}});
        }
        const std::size_t at = static_cast<std::size_t>(w - 1);
        rows.add(RowKind::Capacity, w, limits.hours - fixed.hours[at], std::max(1.0, limits.hours),
                 hours);
        if (limits.budget)
            rows.add(RowKind::Budget, w, *limits.budget - fixed.cost[at], costScale, money);
    }
    const double allFixed = fixed.trackHours[0] + fixed.trackHours[1];
    for (Track track : {Track::Media, Track::Networking}) {
        const double share = limits.minShare[trackIndex(track)];
        if (share <= 0.0)
            continue;
        std::vector<std::pair<int, RowTerm>> terms;
        double scale = 1.0;
        for (std::size_t i = 0; i < activities.size(); ++i) {
            const int item = built.itemOf[i];
            if (item < 0)
                continue;
            const double weeks = built.weeks[i].count();
            const double perHour = (share - (candidates[i].track == track ? 1.0 : 0.0)) * weeks;
            terms.push_back({item, {0, perHour, 0.0}});
            scale = std::max(scale, weeks * candidates[i].upperBound);
        }
        rows.add(RowKind::MinShare, 0, fixed.trackHours[trackIndex(track)] - share * allFixed,
                 scale, terms);
    }
    return built;
}

// What stops one more step: the first row kind that the next level breaks.
Binding bindingOf(const Candidate &c, const Built &built, int item,
                  const std::vector<int> &levels) {
    if (c.fixed || item < 0)
        return Binding::Lock;
    const WeeklyProblem &problem = built.problem;
    const WeeklyItem &it = problem.items[static_cast<std::size_t>(item)];
    const int level = levels[static_cast<std::size_t>(item)];
    if (level == it.steps() && it.hours.back() >= c.upperBound - 1e-9)
        return Binding::UpperBound;
    if (level == 0)
        return Binding::LowerBound;
    if (level == it.steps())
        return Binding::Capacity; // the next step would pass the weekly capacity itself
    const std::vector<double> load = problem.loads(levels);
    std::optional<Binding> found;
    for (const RowTerm &t : it.terms) {
        const double after = load[static_cast<std::size_t>(t.row)] +
                             problem.coefficient(t, item, level + 1) -
                             problem.coefficient(t, item, level);
        const WeeklyRow &row = problem.rows[static_cast<std::size_t>(t.row)];
        if (row.kind == RowKind::RecurringHours || after <= row.limit + problem.tolerance(t.row))
            continue;
        const Binding b = row.kind == RowKind::Capacity ? Binding::Capacity
                          : row.kind == RowKind::Budget ? Binding::Budget
                                                        : Binding::MinShare;
        if (!found || static_cast<int>(b) < static_cast<int>(*found))
            found = b;
    }
    return found.value_or(Binding::None);
}

// The same off the grid: the first row kind with no room left.
Binding bindingOffGrid(const Candidate &c, const Built &built, int item,
                       const std::vector<double> &hours) {
    if (c.fixed || item < 0)
        return Binding::Lock;
    const WeeklyProblem &problem = built.problem;
    const WeeklyItem &it = problem.items[static_cast<std::size_t>(item)];
    const double h = hours[static_cast<std::size_t>(item)];
    if (h >= c.upperBound - 1e-9)
        return Binding::UpperBound;
    if (h <= 0.0)
        return Binding::LowerBound;
    if (h >= it.hours.back() - 1e-9)
        return Binding::Capacity;
    std::vector<double> load(problem.rows.size(), 0.0);
    for (std::size_t i = 0; i < problem.items.size(); ++i) {
        for (const RowTerm &t : problem.items[i].terms)
            load[static_cast<std::size_t>(t.row)] +=
                t.perHour * hours[i] + (hours[i] > 0.0 ? t.setup : 0.0);
    }
    std::optional<Binding> found;
    for (const RowTerm &t : it.terms) {
        const WeeklyRow &row = problem.rows[static_cast<std::size_t>(t.row)];
        if (row.kind == RowKind::RecurringHours || t.perHour <= 0.0 ||
            load[static_cast<std::size_t>(t.row)] < row.limit - 1e-7 * row.scale)
            continue;
        const Binding b = row.kind == RowKind::Capacity ? Binding::Capacity
                          : row.kind == RowKind::Budget ? Binding::Budget
                                                        : Binding::MinShare;
        if (!found || static_cast<int>(b) < static_cast<int>(*found))
            found = b;
    }
    return found.value_or(Binding::None);
}

// The weeks where capacity or budget is used up, to the tolerance of a step.
void markFullWeeks(const Campaign &campaign, const std::vector<Activity> &activities,
                   const std::vector<Candidate> &candidates, const Limits &limits,
                   Optimization &result) {
    std::vector<double> hours(static_cast<std::size_t>(campaign.weeks), 0.0);
    std::vector<double> cost(hours.size(), 0.0);
    for (std::size_t i = 0; i < activities.size(); ++i) {
        const ActiveWeeks active = activeWeeks(activities[i], campaign);
        const ActivityAllocation &a = result.allocation[i];
        for (int w = active.first; w <= active.last; ++w) {
            hours[static_cast<std::size_t>(w - 1)] += a.hours;
            cost[static_cast<std::size_t>(w - 1)] += a.weeklyCost;
        }
        if (active.count() > 0 && a.hours > 0.0)
            hours[static_cast<std::size_t>(active.first - 1)] += candidates[i].setupHours;
    }
    for (std::size_t w = 0; w < hours.size(); ++w) {
        if (hours[w] > limits.hours - limits.step + 1e-9 && hours[w] > 0.0)
            result.fullCapacityWeeks.push_back(static_cast<int>(w) + 1);
        if (limits.budget && cost[w] > 0.0 && cost[w] >= *limits.budget * (1.0 - 1e-6))
            result.fullBudgetWeeks.push_back(static_cast<int>(w) + 1);
    }
}

// The answer: on the grid (`polished` empty) or off it.
Optimization resultFrom(const Campaign &campaign, const std::vector<Activity> &activities,
                        const std::vector<Candidate> &candidates, const Limits &limits,
                        const Built &built, const WeeklySolution &solved,
                        const std::vector<double> &polished) {
    Optimization result;
    result.hours = limits.hours;
    result.budget = limits.budget;
    result.step = limits.polish ? 0.0 : limits.step;
    result.targetReturn = limits.target;
    result.provenOptimal = solved.provenOptimal;
    if (!solved.provenOptimal && solved.upperBound > 0.0)
        result.gapBound = std::max(0.0, 1.0 - solved.value / solved.upperBound);
    for (std::size_t i = 0; i < activities.size(); ++i) {
        const Candidate &c = candidates[i];
        ActivityAllocation a;
        a.id = activities[i].id;
        a.index = i;
        a.track = c.track;
        a.plannedHours = c.plannedHours;
        a.upperBound = c.upperBound;
        const int item = built.itemOf[i];
        if (c.fixed) {
            a.hours = c.plannedHours;
            a.weeklyCost = c.plannedCost;
        } else if (item >= 0) {
            const int level = solved.levels[static_cast<std::size_t>(item)];
            a.hours = polished.empty() ? built.problem.items[static_cast<std::size_t>(item)]
                                             .hours[static_cast<std::size_t>(level)]
                                       : polished[static_cast<std::size_t>(item)];
            a.weeklyCost = c.costPerHour * a.hours;
        }
        result.usedHours += a.hours;
        result.recurringHours += a.hours * built.weeks[i].count();
        result.weeklyCost += a.weeklyCost;
        result.allocation.push_back(a);
    }
    markFullWeeks(campaign, activities, candidates, limits, result);

    // The figures of the proposal are those of its projection, so that the
    // saved scenario shows the same numbers everywhere.
    // Totals and marginal returns suffice: no activity's weekly series.
    const Projection proposal =
        projectScenario(campaign, activities, proposalScenario(result, campaign.id, {}),
                        {.marginalReturns = true, .activitySeries = false});
    result.totalReturn = proposal.totalReturn;
    result.plannedReturn =
        project(campaign, activities, {.marginalReturns = false, .activitySeries = false})
            .totalReturn;
    for (ActivityAllocation &a : result.allocation) {
        a.totalReturn = proposal.activities[a.index].totalReturn;
        a.marginalReturn = proposal.activities[a.index].marginalReturn;
        const int item = built.itemOf[a.index];
        if (item < 0 && !candidates[a.index].fixed)
            a.binding = Binding::LowerBound;
        else if (polished.empty())
            a.binding = bindingOf(candidates[a.index], built, item, solved.levels);
        else
            a.binding = bindingOffGrid(candidates[a.index], built, item, polished);
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

namespace {

// Everything the search needs, checked: the limits, the activities as
// candidates and the week-by-week problem of the free ones.
struct Prepared {
    Limits limits;
    std::vector<Candidate> candidates;
    Built built;
};

Result<Prepared> prepare(const Campaign &campaign, const std::vector<Activity> &activities,
                         const OptimizeRequest &request) {
    Prepared prepared;
    CASTNET_TRY(prepared.limits, limitsFor(campaign, activities, request));
    prepared.candidates.reserve(activities.size());
    for (const Activity &activity : activities)
        prepared.candidates.push_back(candidateFor(activity, campaign, prepared.limits));
    const Fixed fixed = fixedPart(campaign, activities, prepared.candidates);
    CASTNET_TRY_VOID(checkFixed(fixed, prepared.limits, campaign));
    CASTNET_TRY_VOID(checkShareTracks(prepared.candidates, prepared.limits));
    prepared.built =
        weeklyProblemFor(campaign, activities, prepared.candidates, fixed, prepared.limits);
    return prepared;
}

Error sharesUnmet(const Limits &limits) {
    return Error::user(limits.budget ? "the minimum shares cannot be met with these hours, locks, "
                                       "the activities' upper bounds and the budget"
                                     : "the minimum shares cannot be met with these hours, locks "
                                       "and the activities' upper bounds",
                       "min-share");
}

// The return of the activities outside the problem: the fixed at their
// plan, the others (no weeks in the campaign) at 0 hours.
double returnOutside(const Campaign &campaign, const std::vector<Activity> &activities,
                     const Prepared &prepared) {
    double total = 0.0;
    for (std::size_t i = 0; i < activities.size(); ++i) {
        if (prepared.built.itemOf[i] >= 0)
            continue;
        const Candidate &c = prepared.candidates[i];
        const double hours[] = {c.fixed ? c.plannedHours : 0.0};
        total += totalReturnAt(campaign, activities[i], hours)[0];
    }
    return total;
}

double recurringHoursOf(const Built &built, const WeeklySolution &solution) {
    double total = 0.0;
    for (std::size_t item = 0; item < built.problem.items.size(); ++item) {
        const int weeks = built.weeks[built.source[item]].count();
        total += built.problem.items[item].hours[static_cast<std::size_t>(solution.levels[item])] *
                 weeks;
    }
    return total;
}

// Goal seeking: the fewest recurring hours whose optimum reaches the target
// (optimizer.h). `best` is the optimum without a limit on them.
Result<WeeklySolution> seekTarget(const Campaign &campaign, Prepared &prepared, double outside,
                                  WeeklySolution best) {
    const double target = *prepared.limits.target;
    const double slack = 1e-9 * std::max(1.0, std::abs(target));
    if (best.value + outside < target - slack) {
        return fail(fmt::format("the target return of {} {} is beyond reach: the highest "
                                "reachable return is {} {}",
                                displayNumber(target, DisplayStyle::atMost(1)), campaign.returnUnit,
                                displayNumber(best.value + outside, DisplayStyle::fixed(1)),
                                campaign.returnUnit),
                    "target-return");
    }
    WeeklyProblem &problem = prepared.built.problem;
    const std::vector<int> zero(problem.items.size(), 0);
    if (problem.isFeasible(zero) && problem.valueOf(zero) + outside >= target - slack) {
        best.levels = zero;
        best.value = problem.valueOf(zero);
        return best;
    }
    // One more row: Σ weeks_i × h_i ≤ H, its limit bisected.
    const int row = static_cast<int>(problem.rows.size());
    WeeklyRow recurring;
    recurring.kind = RowKind::RecurringHours;
    double high = recurringHoursOf(prepared.built, best);
    recurring.scale = std::max(1.0, high);
    for (std::size_t item = 0; item < problem.items.size(); ++item) {
        const double weeks = prepared.built.weeks[prepared.built.source[item]].count();
        recurring.items.push_back(static_cast<int>(item));
        problem.items[item].terms.push_back({row, weeks, 0.0});
    }
    problem.rows.push_back(recurring);
    double low = 0.0;
    while (high - low > prepared.limits.step) {
        const double middle = 0.5 * (low + high);
        problem.rows.back().limit = middle;
        const std::optional<WeeklySolution> solved = solveWeekly(problem);
        if (solved && solved->value + outside >= target - slack) {
            best = *solved;
            high = std::min(middle, recurringHoursOf(prepared.built, best));
        } else {
            low = middle;
        }
    }
    // What follows (the polish of step 0) keeps to the hours found.
    problem.rows.back().limit = recurringHoursOf(prepared.built, best);
    return best;
}

LocalProblem localProblemFor(const Campaign &campaign, const std::vector<Activity> &activities,
                             const Built &built) {
    LocalProblem local;
    local.problem = &built.problem;
    local.valueAndSlope = [&campaign, &activities, &built](int item, double hours) {
        // A forward difference, backward at the top of the range.
        const double top = built.problem.items[static_cast<std::size_t>(item)].hours.back();
        const double delta = 1e-6 * std::max(1.0, top);
        const double other = hours + delta <= top ? hours + delta : hours - delta;
        const double at[] = {hours, other};
        const std::vector<double> values =
            totalReturnAt(campaign, activities[built.source[static_cast<std::size_t>(item)]], at);
        return std::pair{values[0], (values[1] - values[0]) / (other - hours)};
    };
    return local;
}

} // namespace

Result<Optimization> optimize(const Campaign &campaign, const std::vector<Activity> &activities,
                              const OptimizeRequest &request) {
    CASTNET_TRY(Prepared prepared, prepare(campaign, activities, request));
    const std::optional<WeeklySolution> found = solveWeekly(prepared.built.problem);
    if (!found)
        return tl::unexpected(sharesUnmet(prepared.limits));
    WeeklySolution solved = *found;
    if (prepared.limits.target) {
        const double outside = returnOutside(campaign, activities, prepared);
        CASTNET_TRY(solved, seekTarget(campaign, prepared, outside, solved));
    }
    std::vector<double> polished;
    if (prepared.limits.polish) {
        const Built &built = prepared.built;
        std::vector<double> start(built.problem.items.size());
        for (std::size_t item = 0; item < start.size(); ++item)
            start[item] =
                built.problem.items[item].hours[static_cast<std::size_t>(solved.levels[item])];
        polished = polish(localProblemFor(campaign, activities, built), start).hours;
    }
    return resultFrom(campaign, activities, prepared.candidates, prepared.limits, prepared.built,
                      solved, polished);
}

Result<LocalOptimum> localOptimum(const Campaign &campaign, const std::vector<Activity> &activities,
                                  const OptimizeRequest &request,
                                  const std::vector<double> &start) {
    if (start.size() != activities.size())
        return fail("the local search needs one starting figure per activity", "start");
    CASTNET_TRY(Prepared prepared, prepare(campaign, activities, request));
    const Built &built = prepared.built;
    std::vector<double> from(built.problem.items.size());
    for (std::size_t item = 0; item < from.size(); ++item)
        from[item] = start[built.source[item]];
    const LocalAnswer answer = localSearch(localProblemFor(campaign, activities, built), from,
                                           std::vector<char>(from.size(), 1));
    LocalOptimum result;
    result.feasible = answer.feasible;
    Scenario scenario;
    for (std::size_t i = 0; i < activities.size(); ++i) {
        const Candidate &c = prepared.candidates[i];
        const int item = built.itemOf[i];
        const double hours = c.fixed     ? c.plannedHours
                             : item >= 0 ? answer.hours[static_cast<std::size_t>(item)]
                                         : 0.0;
        result.hours.push_back(hours);
        scenario.allocations.push_back({activities[i].id, hours});
    }
    result.totalReturn = projectScenario(campaign, activities, scenario,
                                         {.marginalReturns = false, .activitySeries = false})
                             .totalReturn;
    return result;
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
