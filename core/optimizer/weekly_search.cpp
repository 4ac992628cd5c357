// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/optimizer/weekly_search.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "core/optimizer/integer_programme.h"

namespace castnet::core {

namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();

std::size_t at(int index) {
    return static_cast<std::size_t>(index);
}

// Each item's score per level under the prices ν.
class Prices {
public:
    explicit Prices(const WeeklyProblem &problem)
        : m_problem(problem)
        , m_nu(problem.rows.size(), 0.0) {}

    std::vector<double> &nu() { return m_nu; }
    const std::vector<double> &nu() const { return m_nu; }

    // Sums each item's prices per hour and for its setup; called whenever ν
    // has changed, before reduced().
    void aggregate() {
        m_perHour.assign(m_problem.items.size(), 0.0);
        m_setup.assign(m_problem.items.size(), 0.0);
        for (std::size_t i = 0; i < m_problem.items.size(); ++i) {
            for (const RowTerm &t : m_problem.items[i].terms) {
                const double v = m_nu[at(t.row)] / m_problem.rows[at(t.row)].scale;
                m_perHour[i] += v * t.perHour;
                m_setup[i] += v * t.setup;
            }
        }
    }

    double reduced(int item, int level) const {
        const WeeklyItem &it = m_problem.items[at(item)];
        return it.value[at(level)] - m_perHour[at(item)] * it.hours[at(level)] -
               (level > 0 ? m_setup[at(item)] : 0.0);
    }

    // Σ ν_r·limit_r / scale_r: the part of L that no choice changes.
    double constant() const {
        double c = 0.0;
        for (std::size_t r = 0; r < m_nu.size(); ++r)
            c += m_nu[r] * m_problem.rows[r].limit / m_problem.rows[r].scale;
        return c;
    }

    // The relaxed choices and L(ν).
    double relax(std::vector<int> &levels) {
        aggregate();
        levels.assign(m_problem.items.size(), 0);
        double total = constant();
        for (std::size_t i = 0; i < m_problem.items.size(); ++i) {
            const WeeklyItem &it = m_problem.items[i];
            double best = it.value[0];
            for (int k = 1; k <= it.steps(); ++k) {
                const double score = reduced(static_cast<int>(i), k);
                if (score > best) {
                    best = score;
                    levels[i] = k;
                }
            }
            total += best;
        }
        return total;
    }

private:
    const WeeklyProblem &m_problem;
    std::vector<double> m_nu;
    std::vector<double> m_perHour, m_setup; // per item, from aggregate()
};

// An allocation with its row loads, changed one item at a time.
class State {
public:
    State(const WeeklyProblem &problem, std::vector<int> levels)
        : m_problem(problem)
        , m_levels(std::move(levels))
        , m_load(problem.loads(m_levels)) {}

    const std::vector<int> &levels() const { return m_levels; }
    int level(int item) const { return m_levels[at(item)]; }

    double slack(int row) const {
        return m_problem.rows[at(row)].limit + m_problem.tolerance(row) - m_load[at(row)];
    }
    double overload(int row) const {
        return std::max(0.0, -slack(row)) / m_problem.rows[at(row)].scale;
    }
    double totalOverload() const {
        double total = 0.0;
        for (std::size_t r = 0; r < m_load.size(); ++r)
            total += overload(static_cast<int>(r));
        return total;
    }

    // How the item's rows' overload changes when it moves to `level`.
    double overloadChange(int item, int level) const {
        double change = 0.0;
        for (const RowTerm &t : m_problem.items[at(item)].terms) {
            const double delta = m_problem.coefficient(t, item, level) -
                                 m_problem.coefficient(t, item, m_levels[at(item)]);
            const double s = slack(t.row);
            change +=
                (std::max(0.0, delta - s) - std::max(0.0, -s)) / m_problem.rows[at(t.row)].scale;
        }
        return change;
    }

    // The highest level the item can take with the others as they are.
    int highestFitting(int item) const {
        const WeeklyItem &it = m_problem.items[at(item)];
        const int current = m_levels[at(item)];
        double hoursRoom = infinity;
        for (const RowTerm &t : it.terms) {
            const double free = slack(t.row) + m_problem.coefficient(t, item, current);
            if (t.perHour > 0.0)
                hoursRoom = std::min(hoursRoom, (free - t.setup) / t.perHour);
            else if (free - t.setup < 0.0)
                hoursRoom = -1.0; // a positive level breaks the row at any hours
            if (free < -1e-12 && current == 0)
                return 0;
        }
        int best = 0;
        for (int k = 1; k <= it.steps(); ++k) {
            if (it.hours[at(k)] <= hoursRoom)
                best = k;
        }
        return best;
    }

    void set(int item, int level) {
        for (const RowTerm &t : m_problem.items[at(item)].terms) {
            m_load[at(t.row)] += m_problem.coefficient(t, item, level) -
                                 m_problem.coefficient(t, item, m_levels[at(item)]);
        }
        m_levels[at(item)] = level;
    }

private:
    const WeeklyProblem &m_problem;
    std::vector<int> m_levels;
    std::vector<double> m_load;
};

int itemCount(const WeeklyProblem &problem) {
    return static_cast<int>(problem.items.size());
}

// Takes overload away, one move at a time; false when no move helps.
bool repair(const WeeklyProblem &problem, State &state) {
    for (int guard = 0; guard < 100000; ++guard) {
        if (state.totalOverload() <= 0.0)
            return true;
        double bestScore = 0.0;
        int bestItem = -1, bestLevel = 0;
        std::vector<char> involved(problem.items.size(), 0);
        for (std::size_t r = 0; r < problem.rows.size(); ++r) {
            if (state.overload(static_cast<int>(r)) > 0.0) {
                for (int i : problem.rows[r].items)
                    involved[at(i)] = 1;
            }
        }
        for (int i = 0; i < itemCount(problem); ++i) {
            if (!involved[at(i)])
                continue;
            const int k = state.level(i);
            const int steps = problem.items[at(i)].steps();
            for (int candidate : {k - 1, 0, k + 1, steps}) {
                if (candidate < 0 || candidate > steps || candidate == k)
                    continue;
                const double relief = -state.overloadChange(i, candidate);
                if (relief <= 1e-15)
                    continue;
                const double loss =
                    problem.items[at(i)].value[at(k)] - problem.items[at(i)].value[at(candidate)];
                const double score = relief / std::max(loss, 1e-12);
                if (score > bestScore) {
                    bestScore = score;
                    bestItem = i;
                    bestLevel = candidate;
                }
            }
        }
        if (bestItem < 0)
            return false;
        state.set(bestItem, bestLevel);
    }
    return false;
}

// Raises items while the rows allow, the best priced gain first.
void fill(const WeeklyProblem &problem, const Prices &prices, State &state) {
    for (;;) {
        double bestScore = -infinity;
        int bestItem = -1, bestLevel = 0;
        for (int i = 0; i < itemCount(problem); ++i) {
            const int k = state.level(i);
            const int top = state.highestFitting(i);
            const WeeklyItem &it = problem.items[at(i)];
            for (int candidate = k + 1; candidate <= top; ++candidate) {
                if (!(it.value[at(candidate)] > it.value[at(k)]))
                    continue;
                const double score = prices.reduced(i, candidate) - prices.reduced(i, k);
                if (score > bestScore) {
                    bestScore = score;
                    bestItem = i;
                    bestLevel = candidate;
                }
            }
        }
        if (bestItem < 0)
            return;
        // Past its priced optimum every step costs more than the prices say
        // it earns, so the item takes at once all the rows leave it rather
        // than one step per round.
        if (bestScore < 0.0)
            bestLevel = state.highestFitting(bestItem);
        state.set(bestItem, bestLevel);
    }
}

// Pair exchanges: one item down to any level, another up to the most it can
// then take; the best improving exchange until none is left.
void exchange(const WeeklyProblem &problem, State &state) {
    const int n = itemCount(problem);
    for (int round = 0; round < 1000; ++round) {
        double bestGain = 1e-12;
        int bi = -1, bk = 0, bj = -1, bl = 0;
        for (int i = 0; i < n; ++i) {
            const WeeklyItem &a = problem.items[at(i)];
            const int ki = state.level(i);
            for (int k = 0; k <= a.steps(); ++k) {
                if (k == ki)
                    continue;
                if (k > ki && state.overloadChange(i, k) > 0.0)
                    continue;
                state.set(i, k);
                const double lost = a.value[at(ki)] - a.value[at(k)];
                if (k > ki && -lost > bestGain) {
                    bestGain = -lost;
                    bi = i, bk = k, bj = -1;
                }
                for (int j = 0; j < n; ++j) {
                    if (j == i)
                        continue;
                    const int kj = state.level(j);
                    const int top = state.highestFitting(j);
                    const WeeklyItem &b = problem.items[at(j)];
                    if (top > kj) {
                        const double gain = b.value[at(top)] - b.value[at(kj)] - lost;
                        if (gain > bestGain) {
                            bestGain = gain;
                            bi = i, bk = k, bj = j, bl = top;
                        }
                    }
                }
                state.set(i, ki);
            }
        }
        if (bi < 0)
            return;
        state.set(bi, bk);
        if (bj >= 0)
            state.set(bj, bl);
    }
}

struct Incumbent {
    std::vector<int> levels;
    double value = -infinity;

    void offer(const WeeklyProblem &problem, const std::vector<int> &candidate) {
        if (!problem.isFeasible(candidate))
            return;
        const double v = problem.valueOf(candidate);
        if (v > value) {
            value = v;
            levels = candidate;
        }
    }
};

void primalFrom(const WeeklyProblem &problem, const Prices &prices, const std::vector<int> &start,
                bool exchanges, Incumbent &incumbent) {
    State state(problem, start);
    if (!repair(problem, state))
        return;
    fill(problem, prices, state);
    if (exchanges)
        exchange(problem, state);
    incumbent.offer(problem, state.levels());
}

bool closeEnough(double bound, double value) {
    return bound <= value + 1e-9 * std::max(1.0, std::abs(value));
}

// The subgradient descent of L; returns the least L and leaves its prices.
double descend(const WeeklyProblem &problem, Prices &prices, Incumbent &incumbent,
               const WeeklySearchLimits &limits) {
    std::vector<int> levels;
    std::vector<double> bestNu = prices.nu();
    double bestBound = infinity;
    double theta = 1.0;
    int stale = 0;
    for (int iteration = 0; iteration < limits.dualIterations; ++iteration) {
        const double bound = prices.relax(levels);
        if (bestBound == infinity || bound < bestBound - 1e-12 * std::abs(bestBound)) {
            bestBound = bound;
            bestNu = prices.nu();
            stale = 0;
        } else if (++stale >= 40) {
            theta /= 2.0;
            stale = 0;
        }
        if (iteration % 100 == 0 || problem.isFeasible(levels))
            primalFrom(problem, prices, levels, false, incumbent);
        if (incumbent.value > -infinity && closeEnough(bestBound, incumbent.value))
            break;
        const std::vector<double> load = problem.loads(levels);
        std::vector<double> g(problem.rows.size());
        double norm = 0.0;
        for (std::size_t r = 0; r < g.size(); ++r) {
            g[r] = (problem.rows[r].limit - load[r]) / problem.rows[r].scale;
            if (g[r] < 0.0 || prices.nu()[r] > 0.0)
                norm += g[r] * g[r];
        }
        if (norm <= 0.0 || theta < 1e-6)
            break;
        const double target = incumbent.value > -infinity ? incumbent.value : 0.95 * bound;
        const double stepSize = theta * std::max(bound - target, 1e-9 * std::abs(bound)) / norm;
        for (std::size_t r = 0; r < g.size(); ++r)
            prices.nu()[r] = std::max(0.0, prices.nu()[r] - stepSize * g[r]);
    }
    prices.nu() = bestNu;
    prices.aggregate();
    return bestBound;
}

// The depth-first search of step 3.
class BranchAndBound {
public:
    BranchAndBound(const WeeklyProblem &problem, const Prices &prices, Incumbent &incumbent,
                   std::size_t maxNodes)
        : m_problem(problem)
        , m_prices(prices)
        , m_incumbent(incumbent)
        , m_maxNodes(maxNodes)
        , m_levels(problem.items.size(), 0)
        , m_load(problem.rows.size(), 0.0) {
        const int n = itemCount(problem);
        m_order.resize(at(n));
        std::iota(m_order.begin(), m_order.end(), 0);
        m_scores.resize(at(n));
        m_sorted.resize(at(n));
        std::vector<double> best(at(n));
        for (int i = 0; i < n; ++i) {
            const WeeklyItem &it = problem.items[at(i)];
            for (int k = 0; k <= it.steps(); ++k)
                m_scores[at(i)].push_back(prices.reduced(i, k));
            auto &sorted = m_sorted[at(i)];
            sorted.resize(it.hours.size());
            std::iota(sorted.begin(), sorted.end(), 0);
            std::stable_sort(sorted.begin(), sorted.end(), [&](int a, int b) {
                return m_scores[at(i)][at(a)] > m_scores[at(i)][at(b)];
            });
            best[at(i)] = m_scores[at(i)][at(sorted.front())];
        }
        // Items whose choice matters most first: the widest spread of scores.
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
            return problem.items[at(a)].value.back() > problem.items[at(b)].value.back();
        });
        m_suffix.assign(at(n) + 1, 0.0);
        for (int d = n - 1; d >= 0; --d)
            m_suffix[at(d)] = m_suffix[at(d) + 1] + best[at(m_order[at(d)])];
        m_constant = prices.constant();
    }

    // True when the search ran to its end.
    bool run() {
        visit(0, 0.0);
        return !m_aborted;
    }

private:
    void visit(std::size_t depth, double scoreSoFar) {
        if (m_aborted || ++m_nodes > m_maxNodes) {
            m_aborted = true;
            return;
        }
        if (depth == m_order.size()) {
            m_incumbent.offer(m_problem, m_levels);
            return;
        }
        const int item = m_order[depth];
        for (int k : m_sorted[at(item)]) {
            const double score = scoreSoFar + m_scores[at(item)][at(k)];
            const double bound = score + m_suffix[depth + 1] + m_constant;
            if (m_incumbent.value > -infinity && closeEnough(bound, m_incumbent.value))
                break; // the levels come best score first
            if (!place(item, k))
                continue;
            visit(depth + 1, score);
            unplace(item, k);
            if (m_aborted)
                return;
        }
    }

    // Adds the item's level to the loads; false (and nothing added) when a
    // capacity or budget row, whose loads only grow, overflows.
    bool place(int item, int level) {
        const auto &terms = m_problem.items[at(item)].terms;
        for (const RowTerm &t : terms) {
            const WeeklyRow &row = m_problem.rows[at(t.row)];
            if (row.kind == RowKind::MinShare)
                continue;
            const double load = m_load[at(t.row)] + m_problem.coefficient(t, item, level);
            if (load > row.limit + m_problem.tolerance(t.row))
                return false;
        }
        for (const RowTerm &t : terms)
            m_load[at(t.row)] += m_problem.coefficient(t, item, level);
        m_levels[at(item)] = level;
        return true;
    }

    void unplace(int item, int level) {
        for (const RowTerm &t : m_problem.items[at(item)].terms)
            m_load[at(t.row)] -= m_problem.coefficient(t, item, level);
        m_levels[at(item)] = 0;
    }

    const WeeklyProblem &m_problem;
    const Prices &m_prices;
    Incumbent &m_incumbent;
    std::size_t m_maxNodes;
    std::size_t m_nodes = 0;
    bool m_aborted = false;
    std::vector<int> m_levels;
    std::vector<double> m_load;
    std::vector<int> m_order;
    std::vector<std::vector<double>> m_scores;
    std::vector<std::vector<int>> m_sorted;
    std::vector<double> m_suffix;
    double m_constant = 0.0;
};

} // namespace

std::optional<WeeklySolution> solveWeekly(const WeeklyProblem &problem,
                                          const WeeklySearchLimits &limits) {
    Prices prices(problem);
    Incumbent incumbent;
    incumbent.offer(problem, std::vector<int>(problem.items.size(), 0));
    double bound = descend(problem, prices, incumbent, limits);

    std::vector<int> relaxed;
    prices.relax(relaxed);
    prices.aggregate();
    const bool small = problem.items.size() <= 60;
    primalFrom(problem, prices, relaxed, small, incumbent);
    if (incumbent.value > -infinity && small) {
        State polished(problem, incumbent.levels);
        fill(problem, prices, polished);
        exchange(problem, polished);
        incumbent.offer(problem, polished.levels());
    }

    bool proven = incumbent.value > -infinity && closeEnough(bound, incumbent.value);
    const bool exact = problem.items.size() <= limits.exactItems;
    if (!proven && !exact) {
        // The linear relaxation: a bound at least as close as the
        // subgradient's, and its fractional items rounded down and filled
        // up, an allocation.
        const ProgrammeAnswer relaxed = relaxedProgramme(problem);
        bound = std::min(bound, relaxed.upperBound);
        if (relaxed.levels) {
            State state(problem, *relaxed.levels);
            fill(problem, prices, state);
            incumbent.offer(problem, state.levels());
        }
        proven = incumbent.value > -infinity && closeEnough(bound, incumbent.value);
    }
    if (!proven) {
        BranchAndBound search(problem, prices, incumbent,
                              exact ? limits.maxNodes : limits.largeNodes);
        if (search.run()) {
            if (incumbent.value == -infinity)
                return std::nullopt; // the search saw every allocation: none is feasible
            proven = true;
        }
    }
    if (!proven && exact && limits.programmeMilliseconds > 0) {
        // GLPK's branch and cut closes what the depth-first search could not.
        const ProgrammeAnswer closed = integerProgramme(
            problem, incumbent.value > -infinity ? incumbent.levels : std::vector<int>{},
            limits.programmeMilliseconds);
        if (closed.levels)
            incumbent.offer(problem, *closed.levels);
        if (closed.provenOptimal) {
            if (incumbent.value == -infinity)
                return std::nullopt;
            proven = closeEnough(closed.upperBound, incumbent.value);
        }
        bound = std::min(bound, std::max(closed.upperBound, incumbent.value));
    }
    if (incumbent.value == -infinity)
        return std::nullopt;
    WeeklySolution solution;
    solution.levels = incumbent.levels;
    solution.value = incumbent.value;
    solution.provenOptimal = proven;
    solution.upperBound = proven ? incumbent.value : std::max(bound, incumbent.value);
    return solution;
}

} // namespace castnet::core
