// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/optimizer/grid_allocation.h"

#include <vector>

#include "core/optimizer/budget_search.h"
#include "core/optimizer/hour_programme.h"

namespace castnet::core {

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
