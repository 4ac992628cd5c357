// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/error.h"
#include "core/optimizer/grid_problem.h"
#include "core/optimizer/hour_programme.h"

namespace castnet::core {

// The optimizer's method when the budget binds (DESIGN §6 asks for a
// feasible result within 1 % of brute force, with the method documented).
//
// 1. Feasibility. The hour programme minimising cost finds the cheapest
//    allocation that meets the shares; if even that is over budget the
//    request is infeasible and the error says how much money it needs.
// 2. Lagrangian relaxation. The budget is priced into the score, return −
//    λ·cost, which keeps the exact hour programme; λ is bisected down to the
//    smallest multiplier whose optimum fits the budget. That optimum is
//    feasible and optimal for its own spend, but the jump from the last
//    over-budget optimum can leave money unused.
// 3. Repair. The last over-budget optimum is brought within budget by taking
//    off, one step at a time, the step that loses least return per unit of
//    money saved.
// 4. Budget grid (budget_grid.h), where its size allows: the hour programme
//    with money as a second dimension.
// 5. Local improvement of each candidate: for every pair of activities and
//    every level of the first, the second takes the most that hours, budget
//    and shares leave it (responses never fall with effort); the best
//    improving move is made until none is left.
// The best candidate is the answer. Every step keeps allocations feasible.
// Each relaxed optimum also bounds the true one from above (weak duality:
// optimum(λ) + λ·budget); the least bound is returned as upperBound, so the
// caller can state how far from the best the answer can at most be.
Result<GridSolution> searchWithinBudget(const GridProblem &problem, HourProgramme &programme);

} // namespace castnet::core
