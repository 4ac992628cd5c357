// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include "core/optimizer/weekly_problem.h"

namespace castnet::core {

// The week-by-week problem (weekly_problem.h) handed to GLPK, one binary
// y_i,k per item and level above 0: Σ_k y_i,k ≤ 1, each row
// Σ_i,k coefficient_r,i(k) · y_i,k ≤ limit_r, maximising Σ (value_i[k] −
// value_i[0]) · y_i,k. Its linear relaxation takes each item's response
// between levels as the upper concave envelope, so its optimum is an upper
// bound on every allocation on the grid, often far closer than the
// subgradient's.
struct ProgrammeAnswer {
    std::optional<std::vector<int>> levels; // the best allocation found, when GLPK found one
    double upperBound = 0.0;                // no allocation on the grid returns more
    bool provenOptimal = false;             // GLPK closed the search
};

// The relaxation only: its bound, and the allocation got by rounding its
// fractional items down (std::nullopt when that breaks a row, as a minimum
// share can).
ProgrammeAnswer relaxedProgramme(const WeeklyProblem &problem);

// Branch and cut, started from `incumbent` (feasible levels) and stopped
// after `milliseconds`.
ProgrammeAnswer integerProgramme(const WeeklyProblem &problem, const std::vector<int> &incumbent,
                                 int milliseconds);

} // namespace castnet::core
