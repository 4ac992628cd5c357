// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <utility>
#include <vector>

#include "core/optimizer/weekly_problem.h"

namespace castnet::core {

// A local solver off the grid: NLopt's SLSQP (sequential quadratic
// programming, the method of the MMM allocators) on the items' hours of a
// week-by-week problem (weekly_problem.h), every row kept as a linear
// inequality. An item outside `support` stays at 0 hours; an item inside it
// keeps its setup hours in its rows whatever its hours, since a setup is due
// as soon as an activity has hours and a smooth solver cannot see that step.
//
// `valueAndSlope(item, hours)` is the item's return at `hours` and its
// derivative there. Each item's hours stay within 0 and its highest level.
struct LocalProblem {
    const WeeklyProblem *problem = nullptr;
    std::function<std::pair<double, double>(int item, double hours)> valueAndSlope;
};

struct LocalAnswer {
    std::vector<double> hours; // per item
    double value = 0.0;        // Σ of the items' returns
    bool feasible = false;     // every row holds, setups counted as DESIGN §6 says
};

// SLSQP from `start`; the answer is the best point it visited that keeps
// every row, else where it stopped (feasible false).
LocalAnswer localSearch(const LocalProblem &local, const std::vector<double> &start,
                        const std::vector<char> &support, int maxEvaluations = 3000);

// The polish of `--step 0`: SLSQP from a feasible allocation, its support
// those items with hours. Never returns less than the start, and always an
// allocation that keeps every row.
LocalAnswer polish(const LocalProblem &local, const std::vector<double> &start);

// Whether the hours keep every row (setups on items with hours).
bool keepsEveryRow(const WeeklyProblem &problem, const std::vector<double> &hours);

} // namespace castnet::core
