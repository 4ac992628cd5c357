// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/optimizer/grid_problem.h"

#include "core/analysis/projection.h"

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

} // namespace castnet::core
