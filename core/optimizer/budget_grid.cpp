// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/optimizer/budget_grid.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

#include "core/analysis/projection.h"
#include "core/optimizer/track_split.h"

namespace castnet::core {

namespace {

constexpr double minusInfinity = -std::numeric_limits<double>::infinity();

struct Cell {
    double value = minusInfinity;
    double cost = 0.0;

    // More return wins; on a tie, less money.
    bool worseThan(double otherValue, double otherCost) const {
        return otherValue > value || (otherValue == value && otherCost < cost);
    }
};

// The best media and networking cells of one split of the steps.
struct PairedCells {
    double score = minusInfinity;
    int mediaPart = 0;
    int networkingPart = 0;
};

struct Choice {
    std::uint16_t steps = 0; // the item's steps
    std::uint16_t from = 0;  // the part the allocation before it was in
};

// One track's cells and choices.
class BudgetTrack {
public:
    BudgetTrack(const GridProblem &problem, Track track, int parts)
        : m_parts(parts)
        , m_partSize(*problem.budget / parts)
        , m_limit(*problem.budget + gridSlack(*problem.budget)) {
        long long total = 0;
        for (std::size_t i = 0; i < problem.items.size(); ++i) {
            if (problem.items[i].track == track) {
                m_items.push_back(i);
                total += problem.items[i].steps();
            }
        }
        m_maxSteps = static_cast<int>(std::min<long long>(problem.capacitySteps, total));
    }

    int maxSteps() const { return m_maxSteps; }
    const Cell &cell(int steps, int part) const { return m_cells[index(steps, part)]; }
    // The best cell of `steps` in parts 0 … part, and its part.
    int bestUpTo(int steps, int part) const { return m_bestPart[index(steps, part)]; }

    void fill(const GridProblem &problem) {
        const std::size_t size = index(m_maxSteps + 1, 0);
        m_cells.assign(size, Cell{});
        m_cells[index(0, 0)] = {0.0, 0.0};
        m_choices.assign(m_items.size() * size, Choice{});
        std::vector<Cell> next;
        int reach = 0;
        for (std::size_t j = 0; j < m_items.size(); ++j) {
            next.assign(size, Cell{});
            extend(problem.items[m_items[j]], reach, next, m_choices.data() + j * size);
            std::swap(m_cells, next);
            reach = std::min(m_maxSteps, reach + problem.items[m_items[j]].steps());
        }
        indexBest();
    }

    void assign(int steps, int part, std::vector<int> &out) const {
        const std::size_t size = index(m_maxSteps + 1, 0);
        for (std::size_t j = m_items.size(); j-- > 0;) {
            const Choice choice = m_choices[j * size + index(steps, part)];
            out[m_items[j]] = choice.steps;
            steps -= choice.steps;
            part = choice.from;
        }
    }

    int partOf(double cost) const {
        return std::clamp(static_cast<int>(cost / m_partSize), 0, m_parts);
    }

private:
    std::size_t index(int steps, int part) const {
        return static_cast<std::size_t>(steps) * static_cast<std::size_t>(m_parts + 1) +
               static_cast<std::size_t>(part);
    }

    // Adds one item to every allocation so far, pushing each into the cell
    // of its new steps and exact cost.
    void extend(const GridItem &item, int reach, std::vector<Cell> &next, Choice *choices) {
        for (int u = 0; u <= reach; ++u) {
            const int last = std::min(item.steps(), m_maxSteps - u);
            for (int part = 0; part <= m_parts; ++part) {
                const Cell &from = m_cells[index(u, part)];
                if (from.value == minusInfinity)
                    continue;
                for (int k = 0; k <= last; ++k) {
                    const double cost = from.cost + item.costPerStep * k;
                    if (cost > m_limit)
                        break; // cost grows with k
                    const double value = from.value + item.value[static_cast<std::size_t>(k)];
                    const std::size_t to = index(u + k, partOf(cost));
                    if (next[to].worseThan(value, cost)) {
                        next[to] = {value, cost};
                        choices[to] = {static_cast<std::uint16_t>(k),
                                       static_cast<std::uint16_t>(part)};
                    }
                }
            }
        }
    }

    void indexBest() {
        m_bestPart.assign(m_cells.size(), 0);
        for (int u = 0; u <= m_maxSteps; ++u) {
            int best = 0;
            for (int part = 0; part <= m_parts; ++part) {
                const Cell &c = m_cells[index(u, part)];
                if (c.value != minusInfinity && cell(u, best).worseThan(c.value, c.cost))
                    best = part;
                m_bestPart[index(u, part)] = best;
            }
        }
    }

    int m_parts = 0;
    double m_partSize = 0.0;
    double m_limit = 0.0;
    int m_maxSteps = 0;
    std::vector<std::size_t> m_items;
    std::vector<Cell> m_cells; // [steps][part]
    std::vector<int> m_bestPart;
    std::vector<Choice> m_choices; // items × steps × parts
};

} // namespace

int budgetGridParts(const GridProblem &problem) {
    constexpr double maxWork = 3e7;
    constexpr double maxCells = 4e6;
    constexpr int maxParts = 4096;
    constexpr int leastParts = 64;
    if (!problem.budget || !(*problem.budget > 0.0))
        return 0;
    std::array<double, 2> total{};
    for (const GridItem &item : problem.items) {
        if (item.steps() > 65535)
            return 0; // beyond the choice table's range
        total[trackIndex(item.track)] += item.steps();
    }
    std::array<double, 2> width{};
    for (std::size_t t = 0; t < 2; ++t)
        width[t] = std::min<double>(problem.capacitySteps, total[t]) + 1;
    double work = width[0] * width[1]; // the split between the tracks
    double cells = 0.0;
    for (const GridItem &item : problem.items) {
        work += width[trackIndex(item.track)] * (item.steps() + 1);
        cells += width[trackIndex(item.track)];
    }
    const double parts =
        std::min({maxWork / work, maxCells / std::max(cells, 1.0), maxParts + 1.0}) - 1.0;
    return parts >= leastParts ? static_cast<int>(parts) : 0;
}

std::optional<std::vector<int>> solveBudgetGrid(const GridProblem &problem, int parts) {
    if (parts <= 0 || !problem.budget)
        return std::nullopt;
    BudgetTrack media(problem, Track::Media, parts);
    BudgetTrack networking(problem, Track::Networking, parts);
    media.fill(problem);
    networking.fill(problem);
    const double limit = *problem.budget + gridSlack(*problem.budget);

    // The best pair of cells for a split: the first of the highest score.
    const auto bestPair = [&](int a, int b) {
        PairedCells pair;
        for (int part = 0; part <= parts; ++part) {
            const Cell &m = media.cell(a, part);
            if (m.value == minusInfinity)
                continue;
            // The best networking cell whose money surely fits beside m:
            // its part's lowest cost must fit, then its exact cost.
            int p = media.partOf(std::max(0.0, limit - m.cost));
            int best = networking.bestUpTo(b, p);
            if (m.cost + networking.cell(b, best).cost > limit)
                best = p > 0 ? networking.bestUpTo(b, p - 1) : -1;
            if (best < 0)
                continue;
            const Cell &n = networking.cell(b, best);
            if (n.value == minusInfinity || m.cost + n.cost > limit)
                continue;
            if (m.value + n.value > pair.score)
                pair = {m.value + n.value, part, best};
        }
        return pair;
    };
    // The shares first: they cost less than the pairing.
    const std::optional<TrackSplit> split = bestSplit(
        problem, media.maxSteps(), networking.maxSteps(), SplitTie::FirstFound, [&](int a, int b) {
            return sharesHold(problem, {a, b}) ? bestPair(a, b).score : minusInfinity;
        });
    if (!split)
        return std::nullopt;
    const PairedCells pair = bestPair(split->media, split->networking);
    std::vector<int> steps(problem.items.size(), 0);
    media.assign(split->media, pair.mediaPart, steps);
    networking.assign(split->networking, pair.networkingPart, steps);
    return steps;
}

} // namespace castnet::core
