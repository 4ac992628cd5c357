// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/chart_data.h"

#include <gtest/gtest.h>

namespace castnet::core {
namespace {

class ChartDataTest : public ::testing::Test {
protected:
    ChartDataTest() {
        campaign.weeks = 4;
        campaign.capacityHoursPerWeek = 10.0;
        campaign.automationSaving = 0.4;
    }

    // A hand-made media post: R 100, gamma 6, s 1, theta 0.3; x = o = 2 × 2 = 4 h.
    static Activity post(std::int64_t id, std::string channel) {
        Activity activity;
        activity.id = ActivityId{id};
        activity.channel = std::move(channel);
        activity.title = "Post";
        activity.interaction = Interaction::Broadcast;
        activity.format = Format::Video;
        activity.goal = Goal::Sales;
        activity.cadencePerWeek = 2.0;
        activity.hoursPerOccurrence = 2.0;
        activity.startWeek = 1;
        activity.endWeek = 4;
        activity.response = {100.0, 6.0, 1.0, 0.3};
        return activity;
    }

    // A hand-made community thread (networking), 3 h a week from week 2.
    static Activity thread(std::int64_t id, std::string channel) {
        Activity activity = post(id, std::move(channel));
        activity.interaction = Interaction::Community;
        activity.format = Format::Question;
        activity.goal = Goal::Relationships;
        activity.cadencePerWeek = 3.0;
        activity.hoursPerOccurrence = 1.0;
        activity.startWeek = 2;
        activity.response = {50.0, 3.0, 1.5, 0.8};
        return activity;
    }

    Campaign campaign;
};

TEST_F(ChartDataTest, TrackCurveOfOneActivityIsItsMaturedHillCurve) {
    const ChartData data = chartData(campaign, {post(1, "YouTube")});
    const ResponseCurve &curve = data.trackCurves[trackIndex(Track::Media)];
    EXPECT_EQ(curve.track, Track::Media);
    EXPECT_EQ(curve.label, "media");
    EXPECT_EQ(curve.activityCount, 1u);
    EXPECT_DOUBLE_EQ(curve.ceiling, 100.0);
    // The plan: 4 h -> 100 / (1 + 6/4) = 40.
    EXPECT_DOUBLE_EQ(curve.plan.effortHours, 4.0);
    EXPECT_DOUBLE_EQ(curve.plan.weeklyReturn, 40.0);
    // The range ends at 90 % of R: 100 / (1 + 6/h) = 90 -> h = 54 (more than 2 × 4).
    ASSERT_EQ(curve.points.size(), 101u);
    EXPECT_EQ(curve.points.front(), (CurvePoint{0.0, 0.0}));
    EXPECT_NEAR(curve.points.back().effortHours, 54.0, 1e-9);
    EXPECT_NEAR(curve.points.back().weeklyReturn, 90.0, 1e-9);
    // Point 50 sits at 27 h: 100 / (1 + 6/27) = 2700/33.
    EXPECT_NEAR(curve.points[50].effortHours, 27.0, 1e-9);
    EXPECT_NEAR(curve.points[50].weeklyReturn, 2700.0 / 33.0, 1e-9);
    EXPECT_FALSE(curve.restsOnDefaultReturn);
}

TEST_F(ChartDataTest, CurvesCountAutomationInTheEffort) {
    Activity automated = post(1, "YouTube");
    automated.automated = true;
    const ResponseCurve curve = chartData(campaign, {automated}).trackCurves[0];
    // 4 output hours cost 4 × 0.6 = 2.4 effort hours and still return 40;
    // 90 % needs 54 output hours = 32.4 effort hours.
    EXPECT_DOUBLE_EQ(curve.plan.effortHours, 2.4);
    EXPECT_DOUBLE_EQ(curve.plan.weeklyReturn, 40.0);
    EXPECT_NEAR(curve.points.back().effortHours, 32.4, 1e-9);
}

TEST_F(ChartDataTest, CurveRangeCoversTwiceThePlan) {
    Activity heavy = post(1, "YouTube");
    heavy.cadencePerWeek = 20.0; // 40 h, 2 × 40 = 80 > 54
    const ResponseCurve curve = chartData(campaign, {heavy}).trackCurves[0];
    EXPECT_DOUBLE_EQ(curve.points.back().effortHours, 80.0);
}

TEST_F(ChartDataTest, ChannelCurveSharesEffortInThePlansProportions) {
    Activity small = post(1, "YouTube");
    small.cadencePerWeek = 1.0; // 2 h
    Activity large = post(2, "YouTube");
    large.cadencePerWeek = 3.0; // 6 h
    const ChartData data = chartData(campaign, {small, large});
    ASSERT_EQ(data.channelCurves.size(), 1u);
    const ResponseCurve &curve = data.channelCurves[0];
    EXPECT_EQ(curve.label, "YouTube");
    EXPECT_FALSE(curve.track.has_value());
    EXPECT_EQ(curve.activityCount, 2u);
    EXPECT_DOUBLE_EQ(curve.ceiling, 200.0);
    // Plan 8 h: 100 / (1 + 6/2) + 100 / (1 + 6/6) = 25 + 50 = 75.
    EXPECT_DOUBLE_EQ(curve.plan.effortHours, 8.0);
    EXPECT_DOUBLE_EQ(curve.plan.weeklyReturn, 75.0);
    // The range ends where the sum reaches 90 % of 200.
    EXPECT_NEAR(curve.points.back().weeklyReturn, 180.0, 1e-9);
    // Every point splits 1 : 3: at X, 100 / (1 + 24/X) + 100 / (1 + 8/X).
    for (const CurvePoint &point : curve.points) {
        const double x = point.effortHours;
        const double expected = x > 0 ? 100.0 / (1 + 24.0 / x) + 100.0 / (1 + 8.0 / x) : 0.0;
        EXPECT_NEAR(point.weeklyReturn, expected, 1e-9);
    }
}

TEST_F(ChartDataTest, CurvesNeverFall) {
    Activity media = post(1, "YouTube");
    media.response.shape = 0.3;
    Activity talk = thread(2, "Forum");
    talk.response.shape = 6.0;
    const ChartData data = chartData(campaign, {media, talk, thread(3, "Forum")});
    for (const ResponseCurve &curve : data.trackCurves)
        for (std::size_t k = 1; k < curve.points.size(); ++k)
            EXPECT_GE(curve.points[k].weeklyReturn, curve.points[k - 1].weeklyReturn);
}

TEST_F(ChartDataTest, GroupWithoutPlannedEffortSharesEqually) {
    Activity a = post(1, "YouTube");
    a.cadencePerWeek = 0.0;
    Activity b = post(2, "YouTube");
    b.cadencePerWeek = 0.0;
    const ResponseCurve curve = chartData(campaign, {a, b}).channelCurves[0];
    EXPECT_EQ(curve.plan, (CurvePoint{0.0, 0.0}));
    // 90 % of 200 with 1 : 1 shares: each at 54 h, so 108 h.
    EXPECT_NEAR(curve.points.back().effortHours, 108.0, 1e-9);
}

TEST_F(ChartDataTest, EmptyTrackStillHasItsCurve) {
    const ChartData data = chartData(campaign, {post(1, "YouTube")});
    const ResponseCurve &networking = data.trackCurves[trackIndex(Track::Networking)];
    EXPECT_EQ(networking.track, Track::Networking);
    EXPECT_EQ(networking.label, "networking");
    EXPECT_EQ(networking.activityCount, 0u);
    EXPECT_TRUE(networking.points.empty());
    EXPECT_EQ(networking.plan, (CurvePoint{0.0, 0.0}));
    EXPECT_EQ(data.cumulativeReturn[1], std::vector<double>(4, 0.0));
}

TEST_F(ChartDataTest, DefaultReturnIsFlaggedOnTheCurve) {
    Activity media = post(1, "YouTube");
    media.response.maxWeeklyReturn = std::nullopt;
    EXPECT_TRUE(chartData(campaign, {media}).trackCurves[0].restsOnDefaultReturn);
}

TEST_F(ChartDataTest, CumulativeReturnRunsUpToEachTracksTotal) {
    const std::vector<Activity> plan{post(1, "YouTube"), thread(2, "Forum")};
    const Projection projection = project(campaign, plan);
    const ChartData data = chartData(campaign, plan, projection);
    for (Track track : {Track::Media, Track::Networking}) {
        const std::vector<double> &running = data.cumulativeReturn[trackIndex(track)];
        const std::vector<double> &weekly = projection.track(track).returns;
        ASSERT_EQ(running.size(), 4u);
        EXPECT_DOUBLE_EQ(running[0], weekly[0]);
        EXPECT_DOUBLE_EQ(running[1], weekly[0] + weekly[1]);
        EXPECT_NEAR(running[3], projection.track(track).totalReturn, 1e-12);
    }
    // Networking starts in week 2: nothing in week 1.
    EXPECT_EQ(data.cumulativeReturn[1][0], 0.0);
}

TEST_F(ChartDataTest, WeeklyEffortStacksTheTracksAgainstTheCapacity) {
    Activity media = post(1, "YouTube");
    media.setupHours = 5.0;
    const ChartData data = chartData(campaign, {media, thread(2, "Forum")});
    // Media 4 h a week (+ 5 h setup in week 1); networking 3 h from week 2.
    EXPECT_EQ(data.weeklyEffort[0], (std::vector<double>{9.0, 4.0, 4.0, 4.0}));
    EXPECT_EQ(data.weeklyEffort[1], (std::vector<double>{0.0, 3.0, 3.0, 3.0}));
    EXPECT_DOUBLE_EQ(data.capacityHoursPerWeek, 10.0);
    EXPECT_TRUE(data.overloadWeeks.empty()); // 9, 7, 7, 7 <= 10
    campaign.capacityHoursPerWeek = 6.0;
    EXPECT_EQ(chartData(campaign, {media, thread(2, "Forum")}).overloadWeeks,
              (std::vector<int>{1, 2, 3, 4}));
}

TEST_F(ChartDataTest, SplitsShareEffortAndReturnBetweenTracksAndChannels) {
    Activity big = post(1, "YouTube");
    big.cadencePerWeek = 4.0; // 8 h a week
    const std::vector<Activity> plan{post(2, "Instagram"), big, thread(3, "Forum")};
    const Projection projection = project(campaign, plan);
    const ChartData data = chartData(campaign, plan, projection);

    ASSERT_EQ(data.effortByTrack.slices.size(), 2u);
    EXPECT_EQ(data.effortByTrack.slices[0].track, Track::Media);
    EXPECT_EQ(data.effortByTrack.slices[1].track, Track::Networking);
    // Media 4 weeks × (4 + 8) = 48 h; networking 3 weeks × 3 = 9 h; 57 in all.
    EXPECT_DOUBLE_EQ(data.effortByTrack.total, 57.0);
    EXPECT_DOUBLE_EQ(data.effortByTrack.slices[0].value, 48.0);
    EXPECT_DOUBLE_EQ(data.effortByTrack.slices[0].share, 48.0 / 57.0);
    EXPECT_DOUBLE_EQ(data.effortByTrack.slices[1].share, 9.0 / 57.0);
    EXPECT_DOUBLE_EQ(data.returnByTrack.slices[1].value,
                     projection.track(Track::Networking).totalReturn);

    // Channels, largest first: YouTube 32 h, Instagram 16 h, Forum 9 h.
    ASSERT_EQ(data.effortByChannel.slices.size(), 3u);
    EXPECT_EQ(data.effortByChannel.slices[0].label, "YouTube");
    EXPECT_EQ(data.effortByChannel.slices[1].label, "Instagram");
    EXPECT_EQ(data.effortByChannel.slices[2].label, "Forum");
    EXPECT_DOUBLE_EQ(data.effortByChannel.slices[0].value, 32.0);
    EXPECT_DOUBLE_EQ(data.effortByChannel.slices[2].share, 9.0 / 57.0);
    for (std::size_t k = 1; k < data.returnByChannel.slices.size(); ++k)
        EXPECT_GE(data.returnByChannel.slices[k - 1].value, data.returnByChannel.slices[k].value);
    EXPECT_NEAR(data.returnByChannel.total, projection.totalReturn, 1e-12);

    // Channel curves come in the order of the return split.
    ASSERT_EQ(data.channelCurves.size(), 3u);
    for (std::size_t k = 0; k < 3; ++k)
        EXPECT_EQ(data.channelCurves[k].label, data.returnByChannel.slices[k].label);
}

TEST_F(ChartDataTest, EmptyPlanHasZeroSharesNotNaN) {
    const ChartData data = chartData(campaign, {});
    EXPECT_DOUBLE_EQ(data.effortByTrack.total, 0.0);
    EXPECT_EQ(data.effortByTrack.slices.size(), 2u);
    EXPECT_DOUBLE_EQ(data.effortByTrack.slices[0].share, 0.0);
    EXPECT_TRUE(data.effortByChannel.slices.empty());
    EXPECT_TRUE(data.channelCurves.empty());
    EXPECT_EQ(data.weeklyEffort[0].size(), 4u);
}

} // namespace
} // namespace castnet::core
