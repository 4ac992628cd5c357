// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actuals/response_fit.h"

#include <gtest/gtest.h>

#include "tests/core/actuals/synthetic_actuals.h"

namespace castnet::core {
namespace {

using testing::response;
using testing::syntheticInput;

// Outputs alternating between 4 and 8 hours: the largest is twice the smallest.
std::vector<double> alternating(std::size_t n, double low, double high) {
    std::vector<double> output(n);
    for (std::size_t i = 0; i < n; ++i)
        output[i] = i % 2 == 0 ? low : high;
    return output;
}

FitProblem problemOf(const CalibrationInput &input) {
    FitProblem problem;
    problem.output = input.actualOutput;
    problem.start = input.start;
    for (std::size_t t = 0; t < input.results.size(); ++t) {
        if (input.results[t]) {
            problem.measured.push_back(t);
            problem.results.push_back(*input.results[t]);
        }
    }
    return problem;
}

TEST(ResponseFitTest, DataCountRuleOnBothSidesOfEveryThreshold) {
    EXPECT_EQ(fitRule(alternating(3, 4, 8)).set, FittedSet::Nothing);
    EXPECT_EQ(*fitRule(alternating(3, 4, 8)).reason, "needs at least 4 weeks of results");
    EXPECT_EQ(fitRule(alternating(4, 4, 8)).set, FittedSet::MaxReturn);
    EXPECT_EQ(fitRule(alternating(7, 4, 8)).set, FittedSet::MaxReturn);
    EXPECT_EQ(fitRule(alternating(8, 4, 8)).set, FittedSet::MaxReturnCarryover);
    EXPECT_EQ(fitRule(alternating(15, 4, 8)).set, FittedSet::MaxReturnCarryover);
    EXPECT_EQ(fitRule(alternating(16, 4, 8)).set, FittedSet::MaxReturnCarryoverHalfSat);
    EXPECT_FALSE(fitRule(alternating(16, 4, 8)).reason.has_value());
}

TEST(ResponseFitTest, HalfSaturationNeedsTheLargestOutputAtLeastTwiceTheSmallest) {
    // 8 = 2 × 4: fitted. 7.99 < 2 × 4: kept, and the fit says why.
    EXPECT_EQ(fitRule(alternating(16, 4, 8)).set, FittedSet::MaxReturnCarryoverHalfSat);
    const FitRule narrow = fitRule(alternating(16, 4, 7.99));
    EXPECT_EQ(narrow.set, FittedSet::MaxReturnCarryover);
    ASSERT_TRUE(narrow.reason.has_value());
    EXPECT_NE(narrow.reason->find("cannot be told apart"), std::string::npos);
    // Weeks without output do not count as the smallest positive output.
    std::vector<double> withIdle = alternating(16, 4, 7.99);
    withIdle[0] = 0.0;
    EXPECT_EQ(fitRule(withIdle).set, FittedSet::MaxReturnCarryover);
    withIdle[1] = 8.0;
    EXPECT_EQ(fitRule(withIdle).set, FittedSet::MaxReturnCarryoverHalfSat);
}

TEST(ResponseFitTest, NoiseFreeResultsAreFittedExactly) {
    const ResolvedResponse truth = response(60.0, 0.4, 5.0, 1.0);
    const CalibrationInput input =
        syntheticInput(truth, trackDefaults(Track::Media), 30, 1.0, 20.0, 0.0, 17);
    const FitProblem problem = problemOf(input);
    const ResponseFitter fitter(problem, FittedSet::MaxReturnCarryoverHalfSat);
    const FitPoint fit = fitter.fit(problem.results);
    EXPECT_LT(fit.sse, 1e-12);
    EXPECT_NEAR(fit.maxWeeklyReturn, 60.0, 1e-4);
    EXPECT_NEAR(fit.carryover, 0.4, 1e-6);
    EXPECT_NEAR(fit.halfSaturationHours, 5.0, 1e-4);
}

TEST(ResponseFitTest, RecoversKnownParametersThroughNoise) {
    // 52 weeks, noise of 2 on a curve reaching 60: the fit lands near the truth.
    const ResolvedResponse truth = response(60.0, 0.5, 8.0, 1.0);
    const CalibrationInput input =
        syntheticInput(truth, trackDefaults(Track::Media), 52, 1.0, 30.0, 2.0, 5);
    const FitProblem problem = problemOf(input);
    const FitPoint fit =
        ResponseFitter(problem, FittedSet::MaxReturnCarryoverHalfSat).fit(problem.results);
    EXPECT_NEAR(fit.maxWeeklyReturn, 60.0, 9.0);
    EXPECT_NEAR(fit.carryover, 0.5, 0.08);
    EXPECT_NEAR(fit.halfSaturationHours, 8.0, 3.0);
}

TEST(ResponseFitTest, FitsOnlyRWhenAskedAndKeepsTheOthers) {
    const ResolvedResponse truth = response(40.0, 0.3, 6.0, 1.0);
    const CalibrationInput input =
        syntheticInput(truth, trackDefaults(Track::Media), 6, 2.0, 10.0, 0.0, 3);
    const FitProblem problem = problemOf(input);
    const FitPoint fit = ResponseFitter(problem, FittedSet::MaxReturn).fit(problem.results);
    // θ 0.3 and γ 6 are the media defaults and the truth, so R is exact.
    EXPECT_NEAR(fit.maxWeeklyReturn, 40.0, 1e-9);
    EXPECT_DOUBLE_EQ(fit.carryover, 0.3);
    EXPECT_DOUBLE_EQ(fit.halfSaturationHours, 6.0);
}

TEST(ResponseFitTest, FindsTheGlobalMinimumWhereALocalSolveFromTheDefaultsDoesNot) {
    // An S-shaped curve (s 3) with a long carry-over (θ 0.9, γ 6) under
    // noise 3, for 20 weeks of 0–30 h. The SSE has a second basin at short
    // carry-over; a local solve started from the media defaults (θ 0.3, γ 6)
    // falls into it.
    const ResolvedResponse start = response(100.0, 0.3, 6.0, 3.0);
    const CalibrationInput input =
        syntheticInput(response(80.0, 0.9, 6.0, 3.0), start, 20, 0.0, 30.0, 3.0, 202);
    const FitProblem problem = problemOf(input);

    const FitPoint local =
        localFit(problem, FittedSet::MaxReturnCarryoverHalfSat,
                 {start.maxWeeklyReturn, start.carryover, start.halfSaturationHours, 0.0});
    const FitPoint global =
        ResponseFitter(problem, FittedSet::MaxReturnCarryoverHalfSat).fit(problem.results);

    EXPECT_LT(local.carryover, 0.5);
    EXPECT_NEAR(global.carryover, 0.9, 0.05);
    EXPECT_NEAR(global.halfSaturationHours, 6.0, 1.0);
    EXPECT_LT(global.sse * 10.0, local.sse);
    // Both are basins: a local solve near the global minimum stays there.
    const FitPoint nearGlobal =
        localFit(problem, FittedSet::MaxReturnCarryoverHalfSat, {80.0, 0.85, 6.5, 0.0});
    EXPECT_NEAR(nearGlobal.sse, global.sse, 1e-6 * global.sse);
}

TEST(ResponseFitTest, StaysWithinTheBounds) {
    // Results that only grow with carry-over push θ to its bound of 0.95.
    FitProblem problem;
    problem.start = trackDefaults(Track::Media);
    problem.output = alternating(20, 2.0, 30.0);
    for (std::size_t t = 0; t < 20; ++t) {
        problem.measured.push_back(t);
        problem.results.push_back(10.0 + static_cast<double>(t));
    }
    const FitPoint fit =
        ResponseFitter(problem, FittedSet::MaxReturnCarryoverHalfSat).fit(problem.results);
    EXPECT_GE(fit.carryover, 0.0);
    EXPECT_LE(fit.carryover, FitBounds::maxCarryover);
    EXPECT_GE(fit.halfSaturationHours, FitBounds::minHalfSaturation);
    EXPECT_LE(fit.halfSaturationHours, FitBounds::maxHalfSaturation);
    EXPECT_GE(fit.maxWeeklyReturn, 0.0);
    EXPECT_LE(fit.maxWeeklyReturn, FitBounds::maxReturn);
}

} // namespace
} // namespace castnet::core
