// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/optimizer/track_split.h"

#include <limits>

#include <gtest/gtest.h>

using namespace castnet::core;

namespace {

constexpr double minusInfinity = -std::numeric_limits<double>::infinity();

GridProblem problemWithCapacity(int capacitySteps) {
    GridProblem problem;
    problem.step = 1.0;
    problem.capacitySteps = capacitySteps;
    return problem;
}

} // namespace

TEST(TrackSplitTest, TakesTheHighestScoreWithinTheCapacity) {
    const GridProblem problem = problemWithCapacity(4);
    // a + 2b grows with both; within a + b <= 4 the best is (0, 4) = 8.
    const auto split =
        bestSplit(problem, 4, 4, SplitTie::FirstFound, [](int a, int b) { return a + 2.0 * b; });
    ASSERT_TRUE(split);
    EXPECT_EQ(split->media, 0);
    EXPECT_EQ(split->networking, 4);
}

TEST(TrackSplitTest, BreaksTiesByTheOrderOrByTheFewestSteps) {
    const GridProblem problem = problemWithCapacity(6);
    // Score 5 at (1, 4) first, then again at (2, 0) with fewer steps in all.
    const auto score = [](int a, int b) {
        return (a == 1 && b == 4) || (a == 2 && b == 0) ? 5.0 : 0.0;
    };
    const auto first = bestSplit(problem, 3, 4, SplitTie::FirstFound, score);
    const auto fewest = bestSplit(problem, 3, 4, SplitTie::FewestSteps, score);
    ASSERT_TRUE(first && fewest);
    EXPECT_EQ(first->media, 1);
    EXPECT_EQ(first->networking, 4);
    EXPECT_EQ(fewest->media, 2);
    EXPECT_EQ(fewest->networking, 0);
}

TEST(TrackSplitTest, KeepsToTheMinimumSharesAndSkipsImpossibleSplits) {
    GridProblem problem = problemWithCapacity(10);
    problem.minShare = {0.0, 0.5}; // networking at least half of all hours
    // Media scores more, but at most as many media as networking steps fit.
    const auto split = bestSplit(problem, 10, 10, SplitTie::FirstFound,
                                 [](int a, int b) { return b == 5 ? minusInfinity : 3.0 * a + b; });
    ASSERT_TRUE(split);
    EXPECT_EQ(split->media, 4); // (5, 5) is impossible; (4, 6) = 18 beats (3, 7) = 16
    EXPECT_EQ(split->networking, 6);
}

TEST(TrackSplitTest, NoSplitWhenEveryScoreIsMinusInfinity) {
    const GridProblem problem = problemWithCapacity(3);
    EXPECT_FALSE(
        bestSplit(problem, 3, 3, SplitTie::FewestSteps, [](int, int) { return minusInfinity; }));
}
