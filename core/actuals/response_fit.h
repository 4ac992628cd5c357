// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/analysis/response_parameters.h"

namespace castnet::core {

// Which response parameters the data can carry (DESIGN §13). The shape s is
// never fitted.
enum class FittedSet {
    Nothing,                  // n < 4
    MaxReturn,                // 4 <= n < 8: R
    MaxReturnCarryover,       // 8 <= n < 16, or γ cannot be told apart from R: R, θ
    MaxReturnCarryoverHalfSat // n >= 16 and the output varied enough: R, θ, γ
};

struct FitRule {
    FittedSet set = FittedSet::Nothing;
    std::optional<std::string> reason; // why a parameter other than s is not fitted
};

// The data-count rule and the γ rule. `measuredOutput` holds the output hours
// of the weeks with a measured result, one entry per such week (n entries).
FitRule fitRule(std::span<const double> measuredOutput);

// The bounds within which the SSE is minimised.
struct FitBounds {
    static constexpr double maxReturn = 1e9;
    static constexpr double maxCarryover = 0.95;
    static constexpr double minHalfSaturation = 0.05;
    static constexpr double maxHalfSaturation = 1000.0;
};

// The data of one fit: output o_t over weeks 1 … K from actuals, the weeks
// with a measured result (0-based, ascending) and those results.
struct FitProblem {
    std::vector<double> output;
    std::vector<std::size_t> measured;
    std::vector<double> results;
    ResolvedResponse start; // the values a parameter keeps when it is not fitted
};

struct FitPoint {
    double maxWeeklyReturn = 0.0;
    double carryover = 0.0;
    double halfSaturationHours = 1.0;
    double sse = 0.0;
};

// `start` with the fitted values of `point` written in.
ResolvedResponse withFit(const ResolvedResponse &start, const FitPoint &point);

// The global least-squares fit of DESIGN §13 for one problem, reusable for
// many result vectors on the same weeks (the hold-out and the bootstrap).
//
// For fixed θ and γ the SSE is a quadratic in R, so R is solved in closed
// form and clipped to its bounds (profiled out). The remaining parameters
// are nonconvex: the profiled SSE is evaluated on a fixed grid — θ in steps
// of 0.01 when it is fitted alone; θ in steps of 0.025 by 48 log-spaced γ
// across [0.05, 1000] h when both are — and NLopt's BOBYQA polishes the
// deepest grid basins (up to three, within 1.5 × the deepest grid SSE),
// keeping the lowest SSE. The grid's response values
// depend on the output only, so they are computed once and every refit costs
// one pass over them.
class ResponseFitter {
public:
    // `trainingRows`: also prepare fits on the first trainingRows measured
    // weeks only (the hold-out); 0 for none.
    ResponseFitter(const FitProblem &problem, FittedSet set, std::size_t trainingRows = 0);

    // Fits `results` (one per measured week; either all n of them or the
    // first trainingRows).
    FitPoint fit(std::span<const double> results) const;

    // The modelled return at every measured week under `point`.
    std::vector<double> predict(const FitPoint &point) const;

    FittedSet set() const { return m_set; }

private:
    std::vector<std::size_t> basinCells(const std::vector<double> &sse) const;
    FitPoint polish(std::size_t cell, std::span<const double> results) const;

    const FitProblem &m_problem;
    FittedSet m_set;
    std::vector<double> m_carryovers;      // grid values of θ
    std::vector<double> m_halfSaturations; // grid values of γ
    std::size_t m_cells = 0;               // θ values × γ values
    // y / R per measured week (rows) and cell (columns), in single precision:
    // it only ranks the cells, and half the memory makes a refit twice as
    // fast. The polish works in double precision.
    std::vector<float> m_basis;
    std::vector<double> m_basisSquares;    // Σ basis² per cell over all rows
    std::vector<double> m_trainingSquares; // the same over the training rows
    std::size_t m_trainingRows = 0;
};

// One local solve (NLopt BOBYQA over the whole bounds, R profiled) from
// `start`: what a fit without the grid would find. Kept for the tests that
// show why the grid is needed.
FitPoint localFit(const FitProblem &problem, FittedSet set, const FitPoint &start);

} // namespace castnet::core
