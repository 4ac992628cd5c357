// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <vector>

#include "core/domain/enums.h"

namespace castnet::core {

// The optimizer's problem once every activity has been tabulated on the
// hour grid (DESIGN §6): choose a number of grid steps k_i for each free
// activity to maximise Σ value_i[k_i] subject to
//   Σ k_i ≤ capacitySteps,
//   Σ costPerStep_i · k_i ≤ budget (when there is one),
//   for each track with a minimum share F:
//       fixed_t + step·Σ_{i in t} k_i ≥ F · (fixed_all + step·Σ k_i).
// Locked activities are outside the problem: their hours are the `fixedHours`
// and their cost has already been taken off the budget.
struct GridItem {
    Track track = Track::Media;
    // value[k]: the campaign's total return with k grid steps, k = 0 … steps;
    // non-decreasing in k (more effort never lowers a Hill response).
    std::vector<double> value;
    double costPerStep = 0.0; // weekly cost of one grid step, >= 0

    int steps() const { return static_cast<int>(value.size()) - 1; }
};

struct GridProblem {
    std::vector<GridItem> items;
    double step = 0.25;
    int capacitySteps = 0;              // grid steps left to the free activities
    std::optional<double> budget;       // weekly money left to them; std::nullopt: no limit
    std::array<double, 2> fixedHours{}; // locked hours per track (trackIndex)
    std::array<double, 2> minShare{};   // per track, 0 when none is asked
};

enum class GridMethod {
    // The hour programme: the global optimum on the grid (hour_programme.h).
    Exact,
    // The budget was binding: the search of budget_search.h. Feasible, not
    // proven optimal.
    BudgetSearch
};

struct GridSolution {
    std::vector<int> steps; // per item
    double value = 0.0;     // Σ value_i[steps_i]
    double cost = 0.0;      // Σ costPerStep_i · steps_i
    GridMethod method = GridMethod::Exact;
    // No allocation on the grid returns more than this: `value` itself when
    // exact, a Lagrangian bound after the budget search.
    double upperBound = 0.0;
};

// Slack allowed on the budget and share comparisons, relative to the figures
// compared, so that a sum of doubles landing an ulp past a limit still counts
// as within it.
constexpr double gridTolerance = 1e-9;

inline double gridSlack(double magnitude) {
    return gridTolerance * std::max(1.0, std::abs(magnitude));
}

// Steps per track and cost of a whole or partial allocation: what the
// constraints look at.
struct GridTotals {
    std::array<long long, 2> trackSteps{};
    double cost = 0.0;

    long long steps() const { return trackSteps[0] + trackSteps[1]; }
    void add(const GridItem &item, int steps);
};

GridTotals totalsOf(const GridProblem &problem, const std::vector<int> &steps);
double valueOf(const GridProblem &problem, const std::vector<int> &steps);

// The constraints one by one, and all of them.
bool sharesHold(const GridProblem &problem, const std::array<long long, 2> &trackSteps);
bool withinBudget(const GridProblem &problem, double cost);
bool fits(const GridProblem &problem, const GridTotals &totals);
bool isFeasible(const GridProblem &problem, const std::vector<int> &steps);

} // namespace castnet::core
