// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actuals/calibration.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "core/actuals/bootstrap_sample.h"
#include "tests/core/actuals/synthetic_actuals.h"

namespace castnet::core {
namespace {

using testing::response;
using testing::syntheticInput;

std::vector<std::string> names(const ActivityCalibration &calibration) {
    std::vector<std::string> out;
    for (ResponseParameter parameter : calibration.fitted)
        out.emplace_back(csvName(parameter));
    return out;
}

CalibrationInput mediaInput(int weeks, std::uint64_t seed) {
    return syntheticInput(response(60.0, 0.4, 5.0, 1.0), trackDefaults(Track::Media), weeks, 1.0,
                          20.0, 2.0, seed, 10, 8.0);
}

TEST(CalibrationTest, FitsWhatTheNumberOfWeeksWithResultsAllows) {
    CalibrationOptions options;
    options.bootstrapRefits = 20;
    const auto fitted = [&](int weeks) {
        return names(calibrateActivity(mediaInput(weeks, 9), "uid-a", options));
    };
    using Names = std::vector<std::string>;
    EXPECT_EQ(fitted(3), Names{});
    EXPECT_EQ(fitted(4), Names{"max_weekly_return"});
    EXPECT_EQ(fitted(7), Names{"max_weekly_return"});
    EXPECT_EQ(fitted(8), (Names{"max_weekly_return", "carryover"}));
    EXPECT_EQ(fitted(15), (Names{"max_weekly_return", "carryover"}));
    EXPECT_EQ(fitted(16), (Names{"max_weekly_return", "carryover", "half_saturation_hours"}));
}

TEST(CalibrationTest, ThinHistoryKeepsTheCurveAndSaysWhy) {
    const CalibrationInput input = mediaInput(3, 1);
    const ActivityCalibration calibration = calibrateActivity(input, "uid-thin");
    EXPECT_FALSE(calibration.applied());
    EXPECT_EQ(*calibration.reason, "needs at least 4 weeks of results");
    EXPECT_EQ(calibration.parameters, input.start);
    EXPECT_FALSE(calibration.quality.has_value());
    EXPECT_FALSE(calibration.forecastBand.has_value());
}

TEST(CalibrationTest, OnlyWeeksWithAResultCount) {
    CalibrationInput input = mediaInput(20, 4);
    for (std::size_t t = 0; t < 20; t += 2)
        input.results[t].reset(); // 10 of 20 weeks measured
    const ActivityCalibration calibration = calibrateActivity(input, "uid-gaps");
    EXPECT_EQ(calibration.weeksWithResults, 10);
    EXPECT_EQ(names(calibration), (std::vector<std::string>{"max_weekly_return", "carryover"}));
}

TEST(CalibrationTest, HoldsOutTheLastFifthFromTenWeeksOfResults) {
    CalibrationOptions options;
    options.bootstrapRefits = 20;
    EXPECT_FALSE(calibrateActivity(mediaInput(9, 2), "u", options).holdout.has_value());
    const ActivityCalibration ten = calibrateActivity(mediaInput(10, 2), "u", options);
    ASSERT_TRUE(ten.holdout.has_value());
    EXPECT_EQ(ten.holdout->weeks, 2); // ⌈10 / 5⌉
    const ActivityCalibration eleven = calibrateActivity(mediaInput(11, 2), "u", options);
    EXPECT_EQ(eleven.holdout->weeks, 3); // ⌈11 / 5⌉
}

TEST(CalibrationTest, AGoodFitExplainsMostOfTheVariation) {
    const ActivityCalibration calibration = calibrateActivity(mediaInput(52, 3), "uid-good");
    ASSERT_TRUE(calibration.quality.has_value());
    EXPECT_GT(*calibration.quality->r2, 0.9);
    EXPECT_LT(*calibration.quality->nrmse, 0.1);
    EXPECT_LT(*calibration.holdout->nrmse, 0.15);
    EXPECT_LT(*calibration.quality->mape, 0.1);
}

TEST(CalibrationTest, NoiseFreeResultsGiveAPerfectFit) {
    const CalibrationInput input = syntheticInput(
        response(60.0, 0.4, 5.0, 1.0), trackDefaults(Track::Media), 30, 1.0, 20.0, 0.0, 8);
    const ActivityCalibration calibration = calibrateActivity(input, "uid-exact");
    EXPECT_LT(calibration.quality->sse, 1e-12);
    EXPECT_NEAR(*calibration.quality->r2, 1.0, 1e-12);
    EXPECT_NEAR(calibration.parameters.carryover, 0.4, 1e-6);
}

TEST(CalibrationTest, TheSameDataAndUidGiveTheSameBands) {
    const CalibrationInput input = mediaInput(30, 6);
    const ActivityCalibration first = calibrateActivity(input, "7f3c-activity");
    const ActivityCalibration again = calibrateActivity(input, "7f3c-activity");
    ASSERT_EQ(first.intervals.size(), 3u);
    for (std::size_t k = 0; k < first.intervals.size(); ++k)
        EXPECT_EQ(first.intervals[k].band, again.intervals[k].band);
    EXPECT_EQ(first.forecastBand, again.forecastBand);
    EXPECT_EQ(first.forecastDraws.size(), 200u);
    // Another uid draws other residuals.
    EXPECT_NE(calibrateActivity(input, "another-activity").forecastBand, first.forecastBand);
}

TEST(CalibrationTest, BandsAreOrderedAroundTheFit) {
    const ActivityCalibration calibration = calibrateActivity(mediaInput(40, 12), "uid-b");
    for (const ParameterBand &interval : calibration.intervals) {
        EXPECT_LE(interval.band.p10, interval.band.p50);
        EXPECT_LE(interval.band.p50, interval.band.p90);
    }
    EXPECT_LE(calibration.forecastBand->p10, calibration.forecastTotalReturn);
    EXPECT_GE(calibration.forecastBand->p90, calibration.forecastTotalReturn);
}

TEST(CalibrationTest, TheTrueMaximumReturnLiesWithinP10ToP90AboutFourTimesInFive) {
    // 50 activities with the same known curve and their own noise: the
    // P10–P90 band of R should hold the true 50 in roughly 80 % of them.
    const ResolvedResponse truth = response(50.0, 0.5, 8.0, 1.0);
    std::vector<CalibrationInput> inputs;
    std::vector<std::string> uids;
    for (int i = 0; i < 50; ++i) {
        inputs.push_back(syntheticInput(truth, trackDefaults(Track::Media), 52, 2.0, 30.0, 4.0,
                                        1000 + static_cast<std::uint64_t>(i)));
        uids.push_back("coverage-" + std::to_string(i));
    }
    const CampaignCalibration campaign = calibrateCampaign(inputs, uids);
    int inside = 0;
    for (const ActivityCalibration &activity : campaign.activities) {
        const Band &band = activity.intervals.front().band;
        ASSERT_EQ(activity.intervals.front().parameter, ResponseParameter::MaxWeeklyReturn);
        inside += band.p10 <= 50.0 && 50.0 <= band.p90 ? 1 : 0;
    }
    RecordProperty("inside", inside);
    EXPECT_GE(inside, 30); // 60 % of 50
    EXPECT_LE(inside, 47); // 95 % of 50 (rounded down)
}

TEST(CalibrationTest, ResultsDoNotDependOnTheNumberOfThreads) {
    std::vector<CalibrationInput> inputs;
    std::vector<std::string> uids;
    for (int i = 0; i < 6; ++i) {
        inputs.push_back(mediaInput(20 + i, static_cast<std::uint64_t>(i)));
        uids.push_back("t-" + std::to_string(i));
    }
    CalibrationOptions one;
    one.threads = 1;
    one.bootstrapRefits = 50;
    CalibrationOptions two = one;
    two.threads = 2;
    const CampaignCalibration a = calibrateCampaign(inputs, uids, one);
    const CampaignCalibration b = calibrateCampaign(inputs, uids, two);
    for (std::size_t i = 0; i < inputs.size(); ++i)
        EXPECT_EQ(a.activities[i].forecastDraws, b.activities[i].forecastDraws);
    EXPECT_EQ(a.campaignForecast, b.campaignForecast);
}

TEST(CalibrationTest, CampaignAndTrackBandsCombineTheActivitiesDraws) {
    CalibrationInput media = mediaInput(30, 21);
    CalibrationInput networking =
        syntheticInput(response(30.0, 0.8, 3.0, 1.5), trackDefaults(Track::Networking), 30, 1.0,
                       10.0, 2.0, 22, 10, 4.0);
    networking.track = Track::Networking;
    CalibrationInput thin = mediaInput(2, 23); // nothing fitted: its point forecast in every draw
    const CampaignCalibration campaign =
        calibrateCampaign({media, networking, thin}, {"m", "n", "thin"});
    std::vector<double> sums(200);
    std::vector<double> mediaSums(200);
    for (std::size_t b = 0; b < 200; ++b) {
        mediaSums[b] =
            campaign.activities[0].forecastDraws[b] + campaign.activities[2].forecastDraws[b];
        // In activity order, as the campaign adds them.
        sums[b] = campaign.activities[0].forecastDraws[b] +
                  campaign.activities[1].forecastDraws[b] + campaign.activities[2].forecastDraws[b];
    }
    EXPECT_EQ(campaign.campaignForecast, percentileBand(sums));
    EXPECT_EQ(campaign.trackForecast[0], percentileBand(mediaSums));
    EXPECT_EQ(campaign.trackForecast[1], campaign.activities[1].forecastBand);
    EXPECT_EQ(campaign.activities[2].forecastDraws,
              std::vector<double>(200, campaign.activities[2].forecastTotalReturn));
}

TEST(CalibrationTest, ReadsItsInputsFromThePlanAndTheActuals) {
    CampaignSnapshot plan;
    plan.campaign.weeks = 6;
    Activity post;
    post.id = ActivityId{4};
    post.cadencePerWeek = 1.0;
    post.hoursPerOccurrence = 5.0;
    post.startWeek = 1;
    post.endWeek = 6;
    plan.activities = {post};
    Actual week2;
    week2.activityId = ActivityId{4};
    week2.week = 2;
    week2.hours = 3.0;
    week2.result = 7.0;
    const std::vector<CalibrationInput> inputs = calibrationInputs(plan, {week2});
    ASSERT_EQ(inputs.size(), 1u);
    EXPECT_EQ(inputs[0].actualOutput, (std::vector<double>{0.0, 3.0}));
    EXPECT_EQ(inputs[0].results[1], std::optional<double>(7.0));
    EXPECT_EQ(inputs[0].plan.weeklyOutputHours, 5.0);
    EXPECT_EQ(inputs[0].start, trackDefaults(Track::Media));
}

} // namespace
} // namespace castnet::core
