// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/optimizer/budget_search.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>
#include <tuple>

#include <fmt/format.h>

#include "core/analysis/projection.h"
#include "core/optimizer/budget_grid.h"
#include "core/text/display_number.h"

namespace castnet::core {

namespace {

constexpr double minusInfinity = -std::numeric_limits<double>::infinity();

// The most steps of item j that the capacity, the budget and the other
// track's share allow, given the totals of every other item, by arithmetic
// alone: rounding can leave it a step too high, which settle() corrects.
// Responses never fall with effort, so the most is the best.
long long stepBound(const GridProblem &problem, const GridTotals &others, std::size_t j) {
    const GridItem &item = problem.items[j];
    long long most = std::min<long long>(item.steps(), problem.capacitySteps - others.steps());
    if (problem.budget && item.costPerStep > 0.0) {
        const double room = *problem.budget + gridSlack(*problem.budget) - others.cost;
        most = std::min(most, static_cast<long long>(std::floor(room / item.costPerStep)));
    }
    const std::size_t other = 1 - trackIndex(item.track);
    if (problem.minShare[other] > 0.0) {
        const double otherHours =
            problem.fixedHours[other] + problem.step * others.trackSteps[other];
        const double fixedTotal = problem.fixedHours[0] + problem.fixedHours[1];
        const double limit =
            (otherHours / problem.minShare[other] - fixedTotal) / problem.step - others.steps();
        most = std::min(most, static_cast<long long>(std::floor(limit + 1e-9)));
    }
    return most;
}

// The fewest steps of item j its own track's share needs (LLONG_MAX when no
// number of steps can meet it).
long long stepFloor(const GridProblem &problem, const GridTotals &others, std::size_t j) {
    const std::size_t own = trackIndex(problem.items[j].track);
    const double share = problem.minShare[own];
    if (share <= 0.0)
        return 0;
    const double ownHours = problem.fixedHours[own] + problem.step * others.trackSteps[own];
    const double allHours = problem.fixedHours[0] + problem.fixedHours[1] +
                            problem.step * static_cast<double>(others.steps());
    const double missing = share * allHours - ownHours; // hours short of the share
    if (share >= 1.0)
        return missing > gridSlack(allHours) ? LLONG_MAX : 0;
    return std::max(
        0LL, static_cast<long long>(std::ceil(missing / (problem.step * (1.0 - share)) - 1e-9)));
}

// Lowers `most` until item j fits exactly, or returns −1 when no level does.
int settle(const GridProblem &problem, const GridTotals &others, std::size_t j, long long most) {
    const long long least = stepFloor(problem, others, j);
    for (; most >= least && most >= 0; --most) {
        GridTotals totals = others;
        totals.add(problem.items[j], static_cast<int>(most));
        if (fits(problem, totals))
            return static_cast<int>(most);
    }
    return -1;
}

int largestFit(const GridProblem &problem, const GridTotals &others, std::size_t j) {
    return settle(problem, others, j, stepBound(problem, others, j));
}

struct Move {
    std::size_t first = 0, second = 0; // second == first: a move of one item
    int firstSteps = 0, secondSteps = 0;
    double gain = 0.0;
};

long long floorOf(double x) {
    const auto truncated = static_cast<long long>(x);
    return static_cast<double>(truncated) > x ? truncated - 1 : truncated;
}

// stepBound() of item j as item i's level a varies, the other items fixed:
// each limit is linear in a, so a level costs a few multiplications.
class PairBound {
public:
    PairBound(const GridProblem &problem, const GridTotals &base, std::size_t i, std::size_t j) {
        const GridItem &itemI = problem.items[i];
        const GridItem &itemJ = problem.items[j];
        m_most = itemJ.steps();
        m_capacity = problem.capacitySteps - base.steps();
        if (problem.budget && itemJ.costPerStep > 0.0) {
            m_budgeted = true;
            m_money =
                (*problem.budget + gridSlack(*problem.budget) - base.cost) / itemJ.costPerStep;
            m_moneySlope = -itemI.costPerStep / itemJ.costPerStep;
        }
        const std::size_t other = 1 - trackIndex(itemJ.track);
        if (const double share = problem.minShare[other]; share > 0.0) {
            m_shared = true;
            const double otherHours =
                problem.fixedHours[other] + problem.step * base.trackSteps[other];
            const double fixedTotal = problem.fixedHours[0] + problem.fixedHours[1];
            m_share = (otherHours / share - fixedTotal) / problem.step - base.steps() + 1e-9;
            m_shareSlope = (trackIndex(itemI.track) == other ? 1.0 / share : 0.0) - 1.0;
        }
    }

    long long at(int a) const {
        long long most = std::min(m_most, m_capacity - a);
        if (m_budgeted)
            most = std::min(most, floorOf(m_money + m_moneySlope * a + 1e-9));
        if (m_shared)
            most = std::min(most, floorOf(m_share + m_shareSlope * a));
        return most;
    }

private:
    long long m_most = 0;
    long long m_capacity = 0;
    bool m_budgeted = false;
    double m_money = 0.0, m_moneySlope = 0.0; // in steps of j
    bool m_shared = false;
    double m_share = 0.0, m_shareSlope = 0.0;
};

// The best move of item i, alone or with another item j: i goes to any
// level and j takes the most that leaves it. Found moves must beat `best`.
void bestMoveOf(const GridProblem &problem, const std::vector<int> &steps, std::size_t i,
                Move &best) {
    const GridItem &itemI = problem.items[i];
    GridTotals withoutI = totalsOf(problem, steps);
    withoutI.add(itemI, -steps[i]);
    const double valueI = itemI.value[static_cast<std::size_t>(steps[i])];
    if (const int a = largestFit(problem, withoutI, i); a >= 0) {
        const double gain = itemI.value[static_cast<std::size_t>(a)] - valueI;
        if (gain > best.gain)
            best = {i, i, a, a, gain};
    }
    for (std::size_t j = 0; j < steps.size(); ++j) {
        if (j == i)
            continue;
        const GridItem &itemJ = problem.items[j];
        GridTotals base = withoutI;
        base.add(itemJ, -steps[j]);
        const double before = valueI + itemJ.value[static_cast<std::size_t>(steps[j])];
        const double mostOfJ = itemJ.value.back(); // responses never fall with effort
        const PairBound bound(problem, base, i, j);
        for (int a = 0; a <= itemI.steps(); ++a) {
            const double valueA = itemI.value[static_cast<std::size_t>(a)];
            if (valueA + mostOfJ - before <= best.gain)
                continue; // cannot beat the best move even if j took all it may
            // The arithmetic bound is cheap and never below the true most:
            // settle only the moves it cannot rule out.
            const long long most = bound.at(a);
            if (most < 0 ||
                valueA + itemJ.value[static_cast<std::size_t>(most)] - before <= best.gain)
                continue;
            GridTotals others = base;
            others.add(itemI, a);
            const int b = settle(problem, others, j, most);
            if (b < 0)
                continue;
            const double gain = valueA + itemJ.value[static_cast<std::size_t>(b)] - before;
            if (gain > best.gain)
                best = {i, j, a, b, gain};
        }
    }
}

// Local search: item after item, the best move involving it is made if it
// improves the return, until a whole pass moves nothing. Every move keeps
// the allocation feasible.
void improve(const GridProblem &problem, std::vector<int> &steps) {
    constexpr int maxPasses = 1'000; // far beyond real plans; a guard against cycling
    for (int pass = 0; pass < maxPasses; ++pass) {
        bool moved = false;
        for (std::size_t i = 0; i < steps.size(); ++i) {
            Move best;
            best.first = steps.size();
            best.gain = gridSlack(valueOf(problem, steps));
            bestMoveOf(problem, steps, i, best);
            if (best.first == steps.size())
                continue;
            steps[best.first] = best.firstSteps;
            steps[best.second] = best.secondSteps;
            moved = true;
        }
        if (!moved)
            return;
    }
}

// Takes steps off an over-budget allocation, each time where the return lost
// per unit of money saved is least, until it fits; std::nullopt when the
// shares stop it first.
std::optional<std::vector<int>> repair(const GridProblem &problem, std::vector<int> steps) {
    GridTotals totals = totalsOf(problem, steps);
    while (!withinBudget(problem, totals.cost)) {
        std::size_t pick = steps.size();
        double pickLoss = std::numeric_limits<double>::infinity();
        for (std::size_t i = 0; i < steps.size(); ++i) {
            const GridItem &item = problem.items[i];
            if (steps[i] == 0 || item.costPerStep <= 0.0)
                continue;
            GridTotals less = totals;
            less.add(item, -1);
            if (!sharesHold(problem, less.trackSteps))
                continue;
            const auto k = static_cast<std::size_t>(steps[i]);
            const double loss = (item.value[k] - item.value[k - 1]) / item.costPerStep;
            if (loss < pickLoss) {
                pickLoss = loss;
                pick = i;
            }
        }
        if (pick == steps.size())
            return std::nullopt;
        --steps[pick];
        totals.add(problem.items[pick], -1);
    }
    return steps;
}

// The multiplier above which no item's steps pay for their cost: every
// costed item then scores best at 0 steps.
double highestRatio(const GridProblem &problem) {
    double ratio = 0.0;
    for (const GridItem &item : problem.items) {
        if (item.costPerStep <= 0.0)
            continue;
        for (int k = 1; k <= item.steps(); ++k) {
            const double gain = item.value[static_cast<std::size_t>(k)] - item.value[0];
            ratio = std::max(ratio, gain / (item.costPerStep * k));
        }
    }
    return ratio;
}

// The Lagrangian candidates: the best optimum within budget seen while
// bisecting λ, and the last one over it.
struct Relaxed {
    std::vector<int> within;
    std::optional<std::vector<int>> over;
    // Weak duality: for every λ ≥ 0 the relaxed optimum plus λ·budget bounds
    // the true optimum from above; the least of those seen.
    double upperBound = std::numeric_limits<double>::infinity();
};

Relaxed bisectMultiplier(const GridProblem &problem, HourProgramme &programme,
                         std::vector<int> cheapest) {
    Relaxed relaxed{std::move(cheapest), std::nullopt};
    double withinValue = valueOf(problem, relaxed.within);
    // Solves at λ and files the optimum; returns whether it fits the budget.
    auto solveAt = [&](double lambda) {
        std::optional<std::vector<int>> steps = programme.solve({1.0, lambda});
        if (!steps)
            return false;
        const double value = valueOf(problem, *steps);
        const double cost = totalsOf(problem, *steps).cost;
        relaxed.upperBound =
            std::min(relaxed.upperBound, value - lambda * cost + lambda * *problem.budget);
        if (!withinBudget(problem, cost)) {
            relaxed.over = std::move(steps);
            return false;
        }
        if (value > withinValue) {
            withinValue = value;
            relaxed.within = std::move(*steps);
        }
        return true;
    };
    solveAt(0.0);
    double lo = 0.0; // its optimum is over budget
    double hi = std::max(highestRatio(problem), 1e-300);
    for (int attempt = 0; attempt < 64 && !solveAt(hi); ++attempt) {
        lo = hi;
        hi *= 4.0;
    }
    // The local search after it closes what a looser λ leaves, so a relative
    // width of 1e-4 is enough.
    constexpr int maxBisections = 40;
    for (int i = 0; i < maxBisections && hi - lo > 1e-4 * hi; ++i) {
        const double mid = 0.5 * (lo + hi);
        if (solveAt(mid))
            hi = mid;
        else
            lo = mid;
    }
    return relaxed;
}

} // namespace

Result<GridSolution> searchWithinBudget(const GridProblem &problem, HourProgramme &programme) {
    // The cheapest allocation that meets the shares decides whether any does.
    std::optional<std::vector<int>> cheapest = programme.solve({0.0, 1.0});
    if (!cheapest)
        return failInternal("no allocation meets the shares, yet one did without the budget");
    if (const double leastCost = totalsOf(problem, *cheapest).cost;
        !withinBudget(problem, leastCost)) {
        return fail(fmt::format("the minimum shares cannot be paid for: they need at least {} "
                                "a week beyond the locked activities, and the budget leaves {}",
                                displayNumber(leastCost, DisplayStyle::fixed(2)),
                                displayNumber(*problem.budget, DisplayStyle::fixed(2))),
                    "budget");
    }

    Relaxed relaxed = bisectMultiplier(problem, programme, std::move(*cheapest));
    std::vector<std::vector<int>> candidates{std::move(relaxed.within)};
    if (relaxed.over) {
        if (auto repaired = repair(problem, std::move(*relaxed.over)))
            candidates.push_back(std::move(*repaired));
    }
    if (auto grid = solveBudgetGrid(problem, budgetGridParts(problem));
        grid && isFeasible(problem, *grid))
        candidates.push_back(std::move(*grid));

    std::vector<int> best;
    double bestValue = minusInfinity;
    for (std::vector<int> &candidate : candidates) {
        improve(problem, candidate);
        if (const double value = valueOf(problem, candidate); value > bestValue) {
            bestValue = value;
            best = std::move(candidate);
        }
    }
    GridSolution solution;
    solution.value = bestValue;
    solution.cost = totalsOf(problem, best).cost;
    solution.steps = std::move(best);
    solution.method = GridMethod::BudgetSearch;
    solution.upperBound = std::max(relaxed.upperBound, bestValue);
    return solution;
}

} // namespace castnet::core
