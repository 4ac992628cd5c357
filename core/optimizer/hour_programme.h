// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <vector>

#include "core/domain/enums.h"
#include "core/optimizer/grid_problem.h"

namespace castnet::core {

// The exact dynamic programme over hours. Per track, the best score for
// every exact number of grid steps the track's items take
// (O(items × steps²)); then every split of the capacity between the two
// tracks that meets the minimum shares (O(steps²), bestSplit() of
// track_split.h). Nothing is assumed about the shape of the responses, so
// S-shaped networking curves, whose first hours earn almost nothing, get the
// global optimum a marginal climb misses.
// The budget is not looked at: budget_search.h prices it into the score.

// Beyond this many inner steps one hour programme would run for minutes;
// such a request is refused with a reason instead.
constexpr double maxProgrammeWork = 2e9;

// The inner steps of one hour programme over items of these tracks and
// step counts, given the capacity: the size both the optimizer and
// solveGrid() (grid_allocation.h) check against maxProgrammeWork before any
// work is done.
double programmeWork(const std::vector<Track> &tracks, const std::vector<int> &steps,
                     int capacitySteps);

// What the programme maximises per item: valueWeight·value − costWeight·cost.
struct ScoreWeights {
    double value = 1.0;
    double cost = 0.0;
};

// One track's table, with each item's choice kept to rebuild the allocation.
class TrackTable {
public:
    TrackTable(const GridProblem &problem, Track track);

    int maxSteps() const { return m_maxSteps; }
    // −∞ when no allocation of the track's items takes exactly `steps`.
    double best(int steps) const { return layer(m_items.size())[steps]; }

    void fill(const GridProblem &problem, ScoreWeights weights);
    // Writes the items' steps of the best allocation taking `steps` into `out`.
    void assign(const GridProblem &problem, int steps, std::vector<int> &out) const;

private:
    std::size_t width() const { return static_cast<std::size_t>(m_maxSteps) + 1; }
    const double *layer(std::size_t items) const { return m_layers.data() + items * width(); }
    double *layer(std::size_t items) { return m_layers.data() + items * width(); }

    std::vector<std::size_t> m_items; // indices into GridProblem::items
    int m_maxSteps = 0;
    // Each item's score per level under the last weights, kept for assign().
    std::vector<double> m_gains;
    std::vector<std::size_t> m_gainStart; // per item, into m_gains
    // Layer j: the best score of the first j items for each exact number of
    // steps (−∞ out of reach); kept whole so that assign() can trace back.
    std::vector<double> m_layers; // (items + 1) × width
};

// Both tracks' tables and the split between them. The tables are kept
// between calls, so solving again with other weights allocates nothing.
class HourProgramme {
public:
    explicit HourProgramme(const GridProblem &problem);

    // The exact optimum of the weighted score under capacity and shares, or
    // std::nullopt when no allocation meets the shares. Among equal scores
    // the one with the fewest steps wins.
    std::optional<std::vector<int>> solve(ScoreWeights weights);

private:
    const GridProblem &m_problem;
    std::array<TrackTable, 2> m_tables;
};

} // namespace castnet::core
