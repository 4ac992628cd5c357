// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/optimizer/hour_programme.h"

#include <algorithm>
#include <cstdint>
#include <limits>

#include "core/analysis/projection.h"
#include "core/optimizer/track_split.h"

namespace castnet::core {

namespace {

constexpr double minusInfinity = -std::numeric_limits<double>::infinity();

} // namespace

double programmeWork(const std::vector<Track> &tracks, const std::vector<int> &steps,
                     int capacitySteps) {
    std::array<double, 2> total{};
    for (std::size_t i = 0; i < steps.size(); ++i)
        total[trackIndex(tracks[i])] += steps[i];
    double work = 0.0;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const double width = std::min<double>(capacitySteps, total[trackIndex(tracks[i])]) + 1;
        work += width * (steps[i] + 1.0);
    }
    return work;
}

TrackTable::TrackTable(const GridProblem &problem, Track track) {
    long long total = 0;
    for (std::size_t i = 0; i < problem.items.size(); ++i) {
        if (problem.items[i].track == track) {
            m_items.push_back(i);
            total += problem.items[i].steps();
        }
    }
    m_maxSteps = static_cast<int>(std::min<long long>(problem.capacitySteps, total));
    m_layers.assign((m_items.size() + 1) * width(), minusInfinity);
    for (std::size_t i : m_items) {
        m_gainStart.push_back(m_gains.size());
        m_gains.resize(m_gains.size() + static_cast<std::size_t>(problem.items[i].steps()) + 1);
    }
}

void TrackTable::fill(const GridProblem &problem, ScoreWeights weights) {
    std::fill(m_layers.begin(), m_layers.end(), minusInfinity);
    m_layers[0] = 0.0;
    int reach = 0; // the most steps the items so far can take
    for (std::size_t j = 0; j < m_items.size(); ++j) {
        const GridItem &item = problem.items[m_items[j]];
        double *gains = m_gains.data() + m_gainStart[j];
        for (int k = 0; k <= item.steps(); ++k) {
            gains[k] = weights.value * item.value[static_cast<std::size_t>(k)] -
                       weights.cost * item.costPerStep * k;
        }
        const int nextReach = std::min(m_maxSteps, reach + item.steps());
        const double *previous = layer(j);
        double *current = layer(j + 1);
        // k outside, steps inside: a plain running maximum over contiguous
        // memory, which vectorizes. assign() recovers the choices.
        for (int k = 0; k <= item.steps() && k <= nextReach; ++k) {
            const double gain = gains[k];
            const int last = std::min(nextReach, reach + k);
            for (int u = k; u <= last; ++u) {
                const double candidate = previous[u - k] + gain;
                current[u] = candidate > current[u] ? candidate : current[u];
            }
        }
        reach = nextReach;
    }
}

void TrackTable::assign(const GridProblem &problem, int steps, std::vector<int> &out) const {
    // Back from the last item: the level of each that gives the best of what
    // the items before it can do with the rest, the fewest hours among equals.
    for (std::size_t j = m_items.size(); j-- > 0;) {
        const GridItem &item = problem.items[m_items[j]];
        const double *previous = layer(j);
        const double *gains = m_gains.data() + m_gainStart[j];
        double best = minusInfinity;
        int level = 0;
        for (int k = 0; k <= std::min(item.steps(), steps); ++k) {
            if (const double candidate = previous[steps - k] + gains[k]; candidate > best) {
                best = candidate;
                level = k;
            }
        }
        out[m_items[j]] = level;
        steps -= level;
    }
}

HourProgramme::HourProgramme(const GridProblem &problem)
    : m_problem(problem)
    , m_tables{TrackTable(problem, Track::Media), TrackTable(problem, Track::Networking)} {}

std::optional<std::vector<int>> HourProgramme::solve(ScoreWeights weights) {
    for (TrackTable &table : m_tables)
        table.fill(m_problem, weights);
    const TrackTable &media = m_tables[trackIndex(Track::Media)];
    const TrackTable &networking = m_tables[trackIndex(Track::Networking)];
    const std::optional<TrackSplit> split =
        bestSplit(m_problem, media.maxSteps(), networking.maxSteps(), SplitTie::FewestSteps,
                  [&](int a, int b) { return media.best(a) + networking.best(b); });
    if (!split)
        return std::nullopt;
    std::vector<int> steps(m_problem.items.size(), 0);
    media.assign(m_problem, split->media, steps);
    networking.assign(m_problem, split->networking, steps);
    return steps;
}

} // namespace castnet::core
