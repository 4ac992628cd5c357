// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actuals/response_fit.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <nlopt.hpp>

#include "core/text/display_number.h"

namespace castnet::core {

namespace {

constexpr std::size_t carryoverOnlySteps = 96; // θ = 0, 0.01, …, 0.95
constexpr std::size_t carryoverSteps = 39;     // θ = 0, 0.025, …, 0.95
constexpr std::size_t halfSaturationSteps = 48;
constexpr std::size_t polishedBasins = 3;
// Polishing lowers a basin's SSE by a little, not by a third: a basin whose
// grid SSE is beyond 1.5 × the deepest one's is left unpolished. (Checked
// against a 144-start local search on 300 random problems: it never won.)
constexpr double basinReach = 1.5;

std::vector<double> linearGrid(double from, double to, std::size_t count) {
    std::vector<double> grid(count);
    for (std::size_t i = 0; i < count; ++i)
        grid[i] = from + (to - from) * static_cast<double>(i) / static_cast<double>(count - 1);
    grid.back() = to; // exactly the bound, not a rounding error beyond it
    return grid;
}

std::vector<double> logGrid(double from, double to, std::size_t count) {
    std::vector<double> grid = linearGrid(std::log(from), std::log(to), count);
    for (double &value : grid)
        value = std::exp(value);
    grid.front() = from;
    grid.back() = to;
    return grid;
}

double clampReturn(double value) {
    return std::clamp(value, 0.0, FitBounds::maxReturn);
}

// The least-squares R for fixed θ and γ, within its bounds, and the SSE it
// leaves. Without any modelled response (no adstock in the measured weeks)
// the data say nothing about R, which keeps its start value.
double profiledSse(const FitProblem &problem, double carryover, double halfSaturation,
                   std::span<const double> results, double &maxReturn) {
    const std::size_t rows = results.size();
    ResolvedResponse unit = problem.start;
    unit.maxWeeklyReturn = 1.0;
    unit.carryover = carryover;
    unit.halfSaturationHours = halfSaturation;
    thread_local std::vector<double> basis;
    basis.resize(rows);
    double adstock = 0.0;
    std::size_t row = 0;
    for (std::size_t t = 0; row < rows; ++t) {
        adstock = nextAdstock(carryover, adstock, problem.output[t]);
        if (problem.measured[row] == t)
            basis[row++] = weeklyReturn(unit, adstock);
    }
    double cross = 0.0;
    double squares = 0.0;
    for (std::size_t i = 0; i < rows; ++i) {
        cross += results[i] * basis[i];
        squares += basis[i] * basis[i];
    }
    maxReturn =
        squares > 0.0 ? clampReturn(cross / squares) : clampReturn(problem.start.maxWeeklyReturn);
    double sse = 0.0;
    for (std::size_t i = 0; i < rows; ++i) {
        const double error = results[i] - maxReturn * basis[i];
        sse += error * error;
    }
    return sse;
}

struct PolishContext {
    const FitProblem *problem;
    std::span<const double> results;
    bool withHalfSaturation;
    FitPoint best; // the lowest SSE any evaluation saw
};

double polishObjective(const std::vector<double> &x, std::vector<double> &, void *data) {
    PolishContext &context = *static_cast<PolishContext *>(data);
    const double carryover = x[0];
    const double halfSaturation =
        context.withHalfSaturation ? std::exp(x[1]) : context.problem->start.halfSaturationHours;
    double maxReturn = 0.0;
    const double sse =
        profiledSse(*context.problem, carryover, halfSaturation, context.results, maxReturn);
    if (sse < context.best.sse)
        context.best = {maxReturn, carryover, halfSaturation, sse};
    return sse;
}

// BOBYQA over θ (and ln γ, so that one step means the same at 0.1 h and at
// 100 h) within [lower, upper], from x. Returns the best point evaluated:
// a solver stopping on round-off still leaves its best point valid.
FitPoint bobyqa(const FitProblem &problem, bool withHalfSaturation, std::span<const double> results,
                std::vector<double> x, const std::vector<double> &lower,
                const std::vector<double> &upper, const std::vector<double> &step) {
    // NLopt refuses a start a rounding error outside the bounds.
    for (std::size_t k = 0; k < x.size(); ++k)
        x[k] = std::clamp(x[k], lower[k], upper[k]);
    PolishContext context{&problem, results, withHalfSaturation, {}};
    context.best.sse = std::numeric_limits<double>::infinity();
    nlopt::opt solver(nlopt::LN_BOBYQA, static_cast<unsigned>(x.size()));
    solver.set_lower_bounds(lower);
    solver.set_upper_bounds(upper);
    solver.set_initial_step(step);
    solver.set_min_objective(polishObjective, &context);
    // θ to 1e-7 and γ to a relative 1e-7: far below what the data resolve.
    solver.set_xtol_abs(1e-7);
    solver.set_ftol_rel(1e-12);
    solver.set_maxeval(200);
    try {
        double value = 0.0;
        solver.optimize(x, value);
    } catch (const std::exception &) {
        // Round-off or a refused step: the best point seen stands.
    }
    return context.best;
}

std::string hours(double value) {
    return displayNumber(value, DisplayStyle::atMost(2)) + " h";
}

} // namespace

FitRule fitRule(std::span<const double> measuredOutput) {
    const std::size_t n = measuredOutput.size();
    const std::string weeks = std::to_string(n) + (n == 1 ? " week" : " weeks");
    if (n < 4)
        return {FittedSet::Nothing, "needs at least 4 weeks of results"};
    if (n < 8)
        return {FittedSet::MaxReturn, weeks + " of results fit the maximum weekly return only; "
                                              "carry-over needs 8, half-saturation 16"};
    if (n < 16)
        return {FittedSet::MaxReturnCarryover,
                weeks + " of results fit the maximum weekly return and carry-over; "
                        "half-saturation needs 16"};
    double smallest = std::numeric_limits<double>::infinity();
    double largest = 0.0;
    for (double output : measuredOutput) {
        if (output > 0.0) {
            smallest = std::min(smallest, output);
            largest = std::max(largest, output);
        }
    }
    if (!(largest >= 2.0 * smallest)) {
        const std::string range =
            largest > 0.0 ? " (" + hours(smallest) + " to " + hours(largest) + ")" : "";
        return {FittedSet::MaxReturnCarryover,
                "the weekly output hardly varied in the weeks with results" + range +
                    ", so half-saturation cannot be told apart from the maximum weekly return; "
                    "it keeps its value until the largest output is at least twice the smallest"};
    }
    return {FittedSet::MaxReturnCarryoverHalfSat, std::nullopt};
}

ResolvedResponse withFit(const ResolvedResponse &start, const FitPoint &point) {
    ResolvedResponse response = start;
    response.maxWeeklyReturn = point.maxWeeklyReturn;
    response.carryover = point.carryover;
    response.halfSaturationHours = point.halfSaturationHours;
    return response;
}

ResponseFitter::ResponseFitter(const FitProblem &problem, FittedSet set, std::size_t trainingRows)
    : m_problem(problem)
    , m_set(set)
    , m_trainingRows(trainingRows) {
    switch (set) {
    case FittedSet::Nothing:
    case FittedSet::MaxReturn:
        m_carryovers = {problem.start.carryover};
        m_halfSaturations = {problem.start.halfSaturationHours};
        break;
    case FittedSet::MaxReturnCarryover:
        m_carryovers = linearGrid(0.0, FitBounds::maxCarryover, carryoverOnlySteps);
        m_halfSaturations = {problem.start.halfSaturationHours};
        break;
    case FittedSet::MaxReturnCarryoverHalfSat:
        m_carryovers = linearGrid(0.0, FitBounds::maxCarryover, carryoverSteps);
        m_halfSaturations = logGrid(FitBounds::minHalfSaturation, FitBounds::maxHalfSaturation,
                                    halfSaturationSteps);
        break;
    }
    const std::size_t rows = problem.measured.size();
    const std::size_t gammas = m_halfSaturations.size();
    m_cells = m_carryovers.size() * gammas;
    m_basis.assign(rows * m_cells, 0.0f);
    std::vector<double> adstock(rows);
    ResolvedResponse unit = problem.start;
    unit.maxWeeklyReturn = 1.0;
    for (std::size_t i = 0; i < m_carryovers.size(); ++i) {
        const double carryover = m_carryovers[i];
        double a = 0.0;
        std::size_t row = 0;
        for (std::size_t t = 0; row < rows; ++t) {
            a = nextAdstock(carryover, a, problem.output[t]);
            if (problem.measured[row] == t)
                adstock[row++] = a;
        }
        for (std::size_t j = 0; j < gammas; ++j) {
            unit.halfSaturationHours = m_halfSaturations[j];
            for (std::size_t r = 0; r < rows; ++r)
                m_basis[r * m_cells + i * gammas + j] =
                    static_cast<float>(weeklyReturn(unit, adstock[r]));
        }
    }
    m_basisSquares.assign(m_cells, 0.0);
    m_trainingSquares.assign(m_cells, 0.0);
    for (std::size_t r = 0; r < rows; ++r) {
        const float *row = &m_basis[r * m_cells];
        for (std::size_t c = 0; c < m_cells; ++c) {
            const double value = row[c];
            m_basisSquares[c] += value * value;
            if (r < trainingRows)
                m_trainingSquares[c] += value * value;
        }
    }
}

FitPoint ResponseFitter::fit(std::span<const double> results) const {
    const std::size_t rows = results.size();
    if (m_set == FittedSet::MaxReturn || m_set == FittedSet::Nothing) {
        FitPoint point{0.0, m_problem.start.carryover, m_problem.start.halfSaturationHours, 0.0};
        point.sse = profiledSse(m_problem, point.carryover, point.halfSaturationHours, results,
                                point.maxWeeklyReturn);
        return point;
    }
    const std::vector<double> &squares =
        rows == m_problem.measured.size() ? m_basisSquares : m_trainingSquares;
    // Σ r·basis for every cell at once: one pass over the rows, each an
    // independent multiply-add per cell, which the compiler vectorises.
    std::vector<float> cross(m_cells, 0.0f);
    double total = 0.0;
    for (std::size_t r = 0; r < rows; ++r) {
        const float value = static_cast<float>(results[r]);
        const float *row = &m_basis[r * m_cells];
        for (std::size_t c = 0; c < m_cells; ++c)
            cross[c] += value * row[c];
        total += results[r] * results[r];
    }
    std::vector<double> sse(m_cells);
    for (std::size_t c = 0; c < m_cells; ++c) {
        const double maxReturn = squares[c] > 0.0 ? clampReturn(cross[c] / squares[c])
                                                  : clampReturn(m_problem.start.maxWeeklyReturn);
        sse[c] = total - 2.0 * maxReturn * cross[c] + maxReturn * maxReturn * squares[c];
    }
    FitPoint best;
    best.sse = std::numeric_limits<double>::infinity();
    for (std::size_t cell : basinCells(sse)) {
        const FitPoint point = polish(cell, results);
        if (point.sse < best.sse)
            best = point;
    }
    return best;
}

std::vector<std::size_t> ResponseFitter::basinCells(const std::vector<double> &sse) const {
    // A cell no neighbour beats is the grid's view of a basin; the deepest
    // few are polished, so a near tie between two basins is settled by the
    // polished values rather than by where the grid lines happen to fall.
    const std::size_t thetas = m_carryovers.size();
    const std::size_t gammas = m_halfSaturations.size();
    // Only cells within reach of the deepest one can be polished at all.
    const double reach = *std::min_element(sse.begin(), sse.end()) * basinReach;
    std::vector<std::size_t> minima;
    for (std::size_t i = 0; i < thetas; ++i) {
        for (std::size_t j = 0; j < gammas; ++j) {
            const double value = sse[i * gammas + j];
            if (value > reach)
                continue;
            bool lowest = true;
            for (std::size_t a = i == 0 ? 0 : i - 1; lowest && a <= std::min(i + 1, thetas - 1);
                 ++a) {
                for (std::size_t b = j == 0 ? 0 : j - 1; b <= std::min(j + 1, gammas - 1); ++b) {
                    const double other = sse[a * gammas + b];
                    // Ties go to the lower index, so a flat stretch counts once.
                    if (other < value || (other == value && a * gammas + b < i * gammas + j)) {
                        lowest = false;
                        break;
                    }
                }
            }
            if (lowest)
                minima.push_back(i * gammas + j);
        }
    }
    std::stable_sort(minima.begin(), minima.end(),
                     [&](std::size_t a, std::size_t b) { return sse[a] < sse[b]; });
    if (minima.size() > polishedBasins)
        minima.resize(polishedBasins);
    return minima;
}

FitPoint ResponseFitter::polish(std::size_t cell, std::span<const double> results) const {
    const std::size_t gammas = m_halfSaturations.size();
    const std::size_t i = cell / gammas;
    const std::size_t j = cell % gammas;
    FitPoint gridPoint{0.0, m_carryovers[i], m_halfSaturations[j], 0.0};
    gridPoint.sse = profiledSse(m_problem, gridPoint.carryover, gridPoint.halfSaturationHours,
                                results, gridPoint.maxWeeklyReturn);

    // The polish may follow a curved valley beyond the cell (θ and γ trade
    // off against each other), so it runs within the whole bounds; its first
    // steps are one grid cell, so it starts in the basin the grid found.
    const bool withHalfSaturation = m_set == FittedSet::MaxReturnCarryoverHalfSat;
    std::vector<double> x{gridPoint.carryover};
    std::vector<double> lower{0.0};
    std::vector<double> upper{FitBounds::maxCarryover};
    std::vector<double> step{m_carryovers[1] - m_carryovers[0]};
    if (withHalfSaturation) {
        x.push_back(std::log(gridPoint.halfSaturationHours));
        lower.push_back(std::log(FitBounds::minHalfSaturation));
        upper.push_back(std::log(FitBounds::maxHalfSaturation));
        step.push_back(std::log(m_halfSaturations[1] / m_halfSaturations[0]));
    }
    const FitPoint polished = bobyqa(m_problem, withHalfSaturation, results, x, lower, upper, step);
    return polished.sse < gridPoint.sse ? polished : gridPoint;
}

std::vector<double> ResponseFitter::predict(const FitPoint &point) const {
    const ResolvedResponse response = withFit(m_problem.start, point);
    std::vector<double> predicted(m_problem.measured.size());
    double adstock = 0.0;
    std::size_t row = 0;
    for (std::size_t t = 0; row < predicted.size(); ++t) {
        adstock = nextAdstock(response.carryover, adstock, m_problem.output[t]);
        if (m_problem.measured[row] == t)
            predicted[row++] = weeklyReturn(response, adstock);
    }
    return predicted;
}

FitPoint localFit(const FitProblem &problem, FittedSet set, const FitPoint &start) {
    const std::span<const double> results(problem.results);
    if (set == FittedSet::Nothing || set == FittedSet::MaxReturn) {
        FitPoint point = start;
        point.sse = profiledSse(problem, start.carryover, start.halfSaturationHours, results,
                                point.maxWeeklyReturn);
        return point;
    }
    const bool withHalfSaturation = set == FittedSet::MaxReturnCarryoverHalfSat;
    std::vector<double> x{start.carryover};
    std::vector<double> lower{0.0};
    std::vector<double> upper{FitBounds::maxCarryover};
    if (withHalfSaturation) {
        x.push_back(std::log(start.halfSaturationHours));
        lower.push_back(std::log(FitBounds::minHalfSaturation));
        upper.push_back(std::log(FitBounds::maxHalfSaturation));
    }
    std::vector<double> step{0.025};
    if (withHalfSaturation)
        step.push_back(0.2);
    return bobyqa(problem, withHalfSaturation, results, x, lower, upper, step);
}

} // namespace castnet::core
