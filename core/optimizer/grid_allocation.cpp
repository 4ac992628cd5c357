// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/optimizer/grid_allocation.h"

#include "core/analysis/projection.h"
#include "core/optimizer/budget_search.h"
#include "core/optimizer/hour_programme.h"

namespace castnet::core {

void GridTotals::add(const GridItem &item, int steps) {
    trackSteps[trackIndex(item.track)] += steps;
    cost += item.costPerStep * steps;
}

GridTotals totalsOf(const GridProblem &problem, const std::vector<int> &steps) {
    GridTotals totals;
    for (std::size_t i = 0; i < steps.size(); ++i)
        totals.add(problem.items[i], steps[i]);
    return totals;
}

double valueOf(const GridProblem &problem, const std::vector<int> &steps) {
    double value = 0.0;
    for (std::size_t i = 0; i < steps.size(); ++i)
        value += problem.items[i].value[static_cast<std::size_t>(steps[i])];
    return value;
}

bool sharesHold(const GridProblem &problem, const std::array<long long, 2> &trackSteps) {
    const std::array<double, 2> hours{problem.fixedHours[0] + problem.step * trackSteps[0],
                                      problem.fixedHours[1] + problem.step * trackSteps[1]};
    const double total = hours[0] + hours[1];
    for (std::size_t t = 0; t < 2; ++t) {
        if (problem.minShare[t] > 0.0 && hours[t] < problem.minShare[t] * total - gridSlack(total))
            return false;
    }
    return true;
}

bool withinBudget(const GridProblem &problem, double cost) {
    return !problem.budget || cost <= *problem.budget + gridSlack(*problem.budget);
}

bool fits(const GridProblem &problem, const GridTotals &totals) {
    return totals.steps() <= problem.capacitySteps && withinBudget(problem, totals.cost) &&
           sharesHold(problem, totals.trackSteps);
}

bool isFeasible(const GridProblem &problem, const std::vector<int> &steps) {
    if (steps.size() != problem.items.size())
        return false;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (steps[i] < 0 || steps[i] > problem.items[i].steps())
            return false;
    }
    return fits(problem, totalsOf(problem, steps));
}

double programmeWork(const std::vector<Track> &tracks, const std::vector<int> &steps,
                     int capacitySteps) {
    std::array<double, 2> total{};
    for (std::size_t i = 0; i < steps.size(); ++i)
        total[trackIndex(tracks[i])] += steps[i];
    double work = 0.0;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const double width = std::min<double>(capacitySteps, total[trackIndex(tracks[i])]) + 1;
        work += width * (steps[i] + 1.0);
    }
    return work;
}

Result<GridSolution> solveGrid(const GridProblem &problem) {
    if (!(problem.step > 0.0) || problem.capacitySteps < 0)
        return failInternal("the hour grid is malformed");
    std::vector<Track> tracks;
    std::vector<int> steps;
    for (const GridItem &item : problem.items) {
        tracks.push_back(item.track);
        steps.push_back(item.steps());
    }
    if (programmeWork(tracks, steps, problem.capacitySteps) > maxProgrammeWork) {
        return fail("the request is too large to optimize on this hour grid; lower the hours or "
                    "split the campaign",
                    "hours");
    }

    HourProgramme programme(problem);
    const std::optional<std::vector<int>> best = programme.solve({1.0, 0.0});
    if (!best) {
        return fail("the minimum shares cannot be met with these hours, locks and the activities' "
                    "upper bounds",
                    "min-share");
    }
    GridSolution solution;
    solution.steps = *best;
    solution.value = valueOf(problem, *best);
    solution.cost = totalsOf(problem, *best).cost;
    solution.upperBound = solution.value;
    // Without the budget this is the global optimum; if it fits the budget
    // it is the optimum with it too.
    if (!withinBudget(problem, solution.cost)) {
        auto budgeted = searchWithinBudget(problem, programme);
        if (!budgeted)
            return budgeted;
        solution = std::move(*budgeted);
    }
    if (!isFeasible(problem, solution.steps))
        return failInternal("the optimizer produced an allocation that breaks a constraint");
    return solution;
}

} // namespace castnet::core
