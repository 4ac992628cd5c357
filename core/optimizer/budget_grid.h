// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include "core/optimizer/grid_problem.h"

namespace castnet::core {

// The hour programme with the budget as a second dimension. Money is split
// into `parts` equal parts of the budget; each cell [steps][part] keeps the
// best allocation whose exact cost falls in that part, with its exact cost,
// so every allocation it returns is checked against the true budget. It can
// miss the optimum only where two allocations of one cell differ in cost
// within one part and only the cheaper fits at the end — an error of at most
// one part of the budget, not one per activity.
//
// Its work is items × steps² × parts, so it is run only with as many parts as
// a fixed work and memory limit allows (budgetGridParts()); on small
// problems that is thousands of parts and the result is all but exact, on
// large ones it is skipped and the Lagrangian search carries the result.

// The number of parts the limits allow, or 0 when too few to be worth it
// (or when there is no positive budget).
int budgetGridParts(const GridProblem &problem);

// The best allocation the budget grid finds with `parts` parts, or
// std::nullopt when none meets the shares within the budget.
std::optional<std::vector<int>> solveBudgetGrid(const GridProblem &problem, int parts);

} // namespace castnet::core
