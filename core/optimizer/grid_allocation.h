// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/error.h"
#include "core/optimizer/grid_problem.h"

namespace castnet::core {

// The solver of the grid problem (grid_problem.h): it runs the hour
// programme (hour_programme.h) and, when the budget binds, the budget search
// (budget_search.h) on top of it.

// Solves the problem: exactly when the budget does not bind, else by the
// budget search. An error names the constraint that cannot be met.
Result<GridSolution> solveGrid(const GridProblem &problem);

} // namespace castnet::core
