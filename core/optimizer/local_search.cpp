// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/optimizer/local_search.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include <nlopt.hpp>

namespace castnet::core {

namespace {

std::size_t at(int index) {
    return static_cast<std::size_t>(index);
}

// Row loads for hours, setups counted on the items `withSetup` says.
std::vector<double> loadsAt(const WeeklyProblem &problem, const std::vector<double> &hours,
                            const std::vector<char> &withSetup) {
    std::vector<double> load(problem.rows.size(), 0.0);
    for (std::size_t i = 0; i < problem.items.size(); ++i) {
        for (const RowTerm &t : problem.items[i].terms)
            load[at(t.row)] += t.perHour * hours[i] + (withSetup[i] ? t.setup : 0.0);
    }
    return load;
}

bool holds(const WeeklyProblem &problem, const std::vector<double> &load) {
    for (std::size_t r = 0; r < problem.rows.size(); ++r) {
        if (load[r] > problem.rows[r].limit + problem.tolerance(static_cast<int>(r)))
            return false;
    }
    return true;
}

std::vector<char> positive(const std::vector<double> &hours) {
    std::vector<char> out(hours.size());
    for (std::size_t i = 0; i < hours.size(); ++i)
        out[i] = hours[i] > 0.0 ? 1 : 0;
    return out;
}

// What NLopt's callbacks need: the problem, the variables' items and the
// best feasible point seen so far.
struct Context {
    const LocalProblem *local = nullptr;
    std::vector<int> items;    // variable → item
    std::vector<double> hours; // per item, the variables written in
    std::vector<char> support;
    double baseValue = 0.0; // the items outside the support, at 0 hours
    std::vector<double> bestHours;
    double bestValue = -std::numeric_limits<double>::infinity();

    void write(const std::vector<double> &x) {
        for (std::size_t v = 0; v < items.size(); ++v)
            hours[at(items[v])] = std::clamp(x[v], 0.0, upper(v));
    }
    double upper(std::size_t v) const { return local->problem->items[at(items[v])].hours.back(); }
};

double objective(const std::vector<double> &x, std::vector<double> &gradient, void *data) {
    Context &c = *static_cast<Context *>(data);
    c.write(x);
    double total = c.baseValue;
    for (std::size_t v = 0; v < c.items.size(); ++v) {
        const auto [value, slope] = c.local->valueAndSlope(c.items[v], c.hours[at(c.items[v])]);
        total += value;
        if (!gradient.empty())
            gradient[v] = slope;
    }
    if (total > c.bestValue &&
        holds(*c.local->problem, loadsAt(*c.local->problem, c.hours, positive(c.hours)))) {
        c.bestValue = total;
        c.bestHours = c.hours;
    }
    return total;
}

// The rows as m inequalities c_r(x) ≤ 0, each divided by its scale.
void rows(unsigned m, double *result, unsigned n, const double *x, double *gradient, void *data) {
    Context &c = *static_cast<Context *>(data);
    const WeeklyProblem &problem = *c.local->problem;
    for (unsigned r = 0; r < m; ++r)
        result[r] = -problem.rows[r].limit / problem.rows[r].scale;
    if (gradient != nullptr)
        std::fill(gradient, gradient + static_cast<std::size_t>(m) * n, 0.0);
    for (unsigned v = 0; v < n; ++v) {
        const int item = c.items[v];
        for (const RowTerm &t : problem.items[at(item)].terms) {
            const double scale = problem.rows[at(t.row)].scale;
            result[t.row] += (t.perHour * x[v] + t.setup) / scale;
            if (gradient != nullptr)
                gradient[static_cast<std::size_t>(t.row) * n + v] = t.perHour / scale;
        }
    }
}

} // namespace

bool keepsEveryRow(const WeeklyProblem &problem, const std::vector<double> &hours) {
    return holds(problem, loadsAt(problem, hours, positive(hours)));
}

LocalAnswer localSearch(const LocalProblem &local, const std::vector<double> &start,
                        const std::vector<char> &support, int maxEvaluations) {
    const WeeklyProblem &problem = *local.problem;
    Context c;
    c.local = &local;
    c.support = support;
    c.hours.assign(problem.items.size(), 0.0);
    for (std::size_t i = 0; i < problem.items.size(); ++i) {
        if (support[i])
            c.items.push_back(static_cast<int>(i));
        else
            c.baseValue += local.valueAndSlope(static_cast<int>(i), 0.0).first;
    }
    LocalAnswer answer;
    if (c.items.empty()) {
        answer.hours = c.hours;
        answer.value = c.baseValue;
        answer.feasible = keepsEveryRow(problem, answer.hours);
        return answer;
    }
    const unsigned n = static_cast<unsigned>(c.items.size());
    std::vector<double> x(n), low(n, 0.0), high(n);
    for (std::size_t v = 0; v < n; ++v) {
        high[v] = c.upper(v);
        x[v] = std::clamp(start[at(c.items[v])], 0.0, high[v]);
    }
    nlopt::opt solver(nlopt::LD_SLSQP, n);
    solver.set_lower_bounds(low);
    solver.set_upper_bounds(high);
    solver.set_max_objective(objective, &c);
    if (!problem.rows.empty()) {
        solver.add_inequality_mconstraint(rows, &c,
                                          std::vector<double>(problem.rows.size(), 1e-12));
    }
    solver.set_xtol_rel(1e-10);
    solver.set_ftol_rel(1e-13);
    solver.set_maxeval(maxEvaluations);
    double value = 0.0;
    try {
        solver.optimize(x, value);
    } catch (const std::exception &) {
        // SLSQP gives up on rounding at times; the best point seen stands.
    }
    c.write(x);
    if (c.bestValue > -std::numeric_limits<double>::infinity()) {
        answer.hours = c.bestHours;
        answer.value = c.bestValue;
        answer.feasible = true;
    } else {
        answer.hours = c.hours;
        answer.value = c.baseValue;
        for (int item : c.items)
            answer.value += local.valueAndSlope(item, c.hours[at(item)]).first;
        answer.feasible = false;
    }
    return answer;
}

LocalAnswer polish(const LocalProblem &local, const std::vector<double> &start) {
    LocalAnswer kept;
    kept.hours = start;
    kept.feasible = true;
    for (std::size_t i = 0; i < start.size(); ++i)
        kept.value += local.valueAndSlope(static_cast<int>(i), start[i]).first;
    LocalAnswer moved = localSearch(local, start, positive(start));
    if (!moved.feasible || !(moved.value > kept.value))
        return kept;
    // SLSQP ends on the active rows give or take rounding; the answer keeps
    // them exactly. Scaling every hour down lowers each capacity and budget
    // load (and a share's, whose limit the start keeps), so the least
    // scaling that does is found by halving.
    const WeeklyProblem &problem = *local.problem;
    auto within = [&](const std::vector<double> &hours) {
        const std::vector<double> load = loadsAt(problem, hours, positive(hours));
        for (std::size_t r = 0; r < problem.rows.size(); ++r) {
            const double limit = problem.rows[r].limit;
            if (load[r] > limit + 1e-12 * std::max(1.0, std::abs(limit)))
                return false;
        }
        return true;
    };
    auto scaled = [&](double factor) {
        std::vector<double> hours = moved.hours;
        for (double &h : hours)
            h *= factor;
        return hours;
    };
    if (!within(moved.hours)) {
        if (!within(scaled(1.0 - 1e-6)))
            return kept;
        double low = 1.0 - 1e-6, high = 1.0;
        for (int halving = 0; halving < 40; ++halving) {
            const double middle = 0.5 * (low + high);
            (within(scaled(middle)) ? low : high) = middle;
        }
        moved.hours = scaled(low);
        moved.value = 0.0;
        for (std::size_t i = 0; i < start.size(); ++i)
            moved.value += local.valueAndSlope(static_cast<int>(i), moved.hours[i]).first;
    }
    return moved.value > kept.value ? moved : kept;
}

} // namespace castnet::core
