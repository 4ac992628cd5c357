// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "core/optimizer/weekly_problem.h"

namespace castnet::core {

// The solver of the week-by-week problem (weekly_problem.h).
//
// 1. Lagrangian relaxation. Each row r gets a price ν_r ≥ 0; priced, the
//    problem falls apart into one choice per item, the level maximising
//    value − Σ_r ν_r·coefficient_r(k) / scale_r, which is exact whatever the
//    shape of the response. For every ν ≥ 0,
//        L(ν) = Σ_i max_k (…) + Σ_r ν_r·limit_r / scale_r
//    is at least the return of every feasible allocation (weak duality: a
//    feasible allocation only adds ν_r·slack_r ≥ 0). The prices follow a
//    projected subgradient descent of L with Polyak steps; the least L seen
//    is the proven upper bound.
// 2. Primal allocations. Relaxed choices are repaired (the move that takes
//    away most overload per unit of return lost, one at a time) and filled
//    (each item up to the most its rows leave it, the best priced gain
//    first); for up to 60 items, pairs are exchanged (one item down to any
//    level, another up to the most it can then take) until no pair improves.
// 3. Branch and bound, for up to `exactItems` items: a depth-first search
//    over the items' levels, pruned by L at the best prices with the chosen
//    items held (valid for every completion, by the same weak duality) and
//    by the capacity and budget rows, whose loads only grow. When it ends
//    within `maxNodes` nodes, the best allocation is the proven optimum on
//    the grid.
//    Beyond `exactItems` items, the linear relaxation of the integer
//    programme (integer_programme.h, solved by GLPK) tightens the bound and
//    its rounding gives one more allocation before the search.
// 4. For up to `exactItems` items whose search did not end, GLPK's branch
//    and cut on the integer programme, started from the best allocation,
//    proves the optimum.
// The answer's gap is 1 − value / upperBound: 0 when proven optimal.
struct WeeklySearchLimits {
    std::size_t exactItems = 40;
    std::size_t maxNodes = 1'000'000;
    // Beyond exactItems, the search still runs this far for a better
    // allocation (and proves the optimum if it ends).
    std::size_t largeNodes = 200'000;
    int dualIterations = 1000;
    // Then, for up to exactItems items, GLPK's branch and cut for at most
    // this long.
    int programmeMilliseconds = 20000;
};

struct WeeklySolution {
    std::vector<int> levels; // per item
    double value = 0.0;
    double upperBound = 0.0; // no feasible allocation returns more
    bool provenOptimal = false;
};

// std::nullopt when no feasible allocation was found (with up to
// exactItems items: when none exists).
std::optional<WeeklySolution> solveWeekly(const WeeklyProblem &problem,
                                          const WeeklySearchLimits &limits = {});

} // namespace castnet::core
