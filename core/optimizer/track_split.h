// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <limits>
#include <optional>

#include "core/optimizer/grid_problem.h"

namespace castnet::core {

// How the free grid steps are split between the tracks: the last stage of
// both the hour programme (hour_programme.h) and the budget grid
// (budget_grid.h), once each track's best score for every number of steps
// is known.
struct TrackSplit {
    int media = 0;      // grid steps of the media items together
    int networking = 0; // and of the networking items

    int steps() const { return media + networking; }
};

// Which of two splits with the same score wins.
enum class SplitTie {
    FirstFound,  // the one with fewer media steps, then fewer networking steps
    FewestSteps, // the one with fewer steps in all; on a tie, the first found
};

// The best split with media 0 … mediaSteps and networking 0 …
// networkingSteps, together at most the capacity, that meets the minimum
// shares; std::nullopt when none does. score(media, networking) is the best
// score of a split, −∞ when no allocation has it. O(mediaSteps ×
// networkingSteps) calls of `score`; the shares are checked only for a split
// that would win, so a `score` that is costlier than that check may make it
// first itself and return −∞.
template<class Score>
std::optional<TrackSplit> bestSplit(const GridProblem &problem, int mediaSteps, int networkingSteps,
                                    SplitTie tie, Score &&score) {
    constexpr double minusInfinity = -std::numeric_limits<double>::infinity();
    double bestScore = minusInfinity;
    std::optional<TrackSplit> best;
    for (int a = 0; a <= mediaSteps; ++a) {
        const int room = std::min(networkingSteps, problem.capacitySteps - a);
        for (int b = 0; b <= room; ++b) {
            const double value = score(a, b);
            if (value == minusInfinity)
                continue;
            const bool better =
                value > bestScore || (tie == SplitTie::FewestSteps && value == bestScore && best &&
                                      a + b < best->steps());
            if (better && sharesHold(problem, {a, b})) {
                bestScore = value;
                best = TrackSplit{a, b};
            }
        }
    }
    return best;
}

} // namespace castnet::core
