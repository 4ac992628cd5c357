// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/projection.h"

#include <cmath>

#include <gtest/gtest.h>

#include "core/analysis/scenario_projection.h"

namespace castnet::core {
namespace {

class ProjectionTest : public ::testing::Test {
protected:
    ProjectionTest() {
        campaign.weeks = 3;
        campaign.capacityHoursPerWeek = 40.0;
        campaign.automationSaving = 0.4;
    }

    // A hand-made media post (3 + 2 + 1 - 1 = 5) with theta 0.5, s 1, gamma 2,
    // R 10 and output o = 2 × 2 = 4 hours a week in weeks 1 … 3.
    static Activity post() {
        Activity activity;
        activity.id = ActivityId{1};
        activity.channel = "Instagram";
        activity.title = "Carousel";
        activity.interaction = Interaction::Broadcast;
        activity.format = Format::Image;
        activity.goal = Goal::Awareness;
        activity.cadencePerWeek = 2.0;
        activity.hoursPerOccurrence = 2.0;
        activity.startWeek = 1;
        activity.endWeek = 3;
        activity.response = {10.0, 2.0, 1.0, 0.5};
        return activity;
    }

    // A community thread (-3 - 2 - 2 - 1 = -8): networking.
    static Activity thread() {
        Activity activity = post();
        activity.id = ActivityId{2};
        activity.channel = "Forum";
        activity.title = "Ask me anything";
        activity.interaction = Interaction::Community;
        activity.format = Format::Question;
        activity.goal = Goal::Relationships;
        return activity;
    }

    Projection projectOne(const Activity &activity) const { return project(campaign, {activity}); }

    Campaign campaign;
};

TEST_F(ProjectionTest, ReturnsFollowTheAdstockAndHillCurveWeekByWeek) {
    const Projection projection = projectOne(post());
    ASSERT_EQ(projection.activities.size(), 1u);
    const ActivityProjection &a = projection.activities[0];
    ASSERT_EQ(a.returns.size(), 3u);
    // A1 = 0.5·4 = 2          -> y1 = 10 / (1 + 2/2)   = 5
    // A2 = 0.5·4 + 0.5·2 = 3  -> y2 = 10 / (1 + 2/3)   = 6
    // A3 = 0.5·4 + 0.5·3 = 3.5 -> y3 = 10 / (1 + 2/3.5) = 70/11
    EXPECT_DOUBLE_EQ(a.returns[0], 5.0);
    EXPECT_DOUBLE_EQ(a.returns[1], 6.0);
    EXPECT_DOUBLE_EQ(a.returns[2], 70.0 / 11.0);
    EXPECT_DOUBLE_EQ(a.totalReturn, 11.0 + 70.0 / 11.0);
    // Effort 4 h in each of 3 weeks = 12 h; return per hour (191/11) / 12.
    EXPECT_DOUBLE_EQ(a.totalEffort, 12.0);
    ASSERT_TRUE(a.returnPerHour.has_value());
    EXPECT_DOUBLE_EQ(*a.returnPerHour, 191.0 / 132.0);
    EXPECT_FALSE(a.returnPerCurrencyUnit.has_value()); // no cost
    EXPECT_EQ(a.track, Track::Media);
    EXPECT_EQ(a.maturityWeeks, 4); // ceil(ln 0.1 / ln 0.5) = ceil(3.32)
    EXPECT_DOUBLE_EQ(projection.totalReturn, 191.0 / 11.0);
}

TEST_F(ProjectionTest, WithoutActivitySeriesTheTotalsAndTrackSeriesStayTheSame) {
    Activity late = thread();
    late.startWeek = 2;
    late.setupHours = 5.0;
    const Projection full = project(campaign, {post(), late});
    const Projection totals = project(campaign, {post(), late}, {.activitySeries = false});
    ASSERT_EQ(totals.activities.size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        EXPECT_TRUE(totals.activities[i].returns.empty());
        EXPECT_TRUE(totals.activities[i].effort.empty());
        EXPECT_DOUBLE_EQ(totals.activities[i].totalReturn, full.activities[i].totalReturn);
        EXPECT_DOUBLE_EQ(totals.activities[i].totalEffort, full.activities[i].totalEffort);
        EXPECT_DOUBLE_EQ(totals.activities[i].marginalReturn, full.activities[i].marginalReturn);
    }
    // The post alone is media: 191/11 as above.
    EXPECT_DOUBLE_EQ(totals.track(Track::Media).totalReturn, 191.0 / 11.0);
    EXPECT_EQ(totals.weeklyEffort, full.weeklyEffort);
    EXPECT_EQ(totals.weeklyReturn, full.weeklyReturn);
    EXPECT_DOUBLE_EQ(totals.totalReturn, full.totalReturn);
}

TEST_F(ProjectionTest, CarryOverTailAfterTheEndWeekCounts) {
    Activity activity = post();
    activity.endWeek = 1;
    const ActivityProjection a = projectOne(activity).activities[0];
    // A1 = 2 -> 5; A2 = 0.5·2 = 1 -> 10 / (1 + 2) = 10/3; A3 = 0.5 -> 10 / (1 + 4) = 2.
    EXPECT_DOUBLE_EQ(a.returns[0], 5.0);
    EXPECT_DOUBLE_EQ(a.returns[1], 10.0 / 3.0);
    EXPECT_DOUBLE_EQ(a.returns[2], 2.0);
    EXPECT_DOUBLE_EQ(a.totalReturn, 31.0 / 3.0);
    EXPECT_DOUBLE_EQ(a.effort[1], 0.0);
    EXPECT_DOUBLE_EQ(a.totalEffort, 4.0);
}

TEST_F(ProjectionTest, SetupHoursComeOnceInTheStartWeek) {
    Activity activity = post();
    activity.startWeek = 2;
    activity.setupHours = 5.0;
    const ActivityProjection a = projectOne(activity).activities[0];
    // Week 1 idle; week 2: 4 + 5 setup = 9; week 3: 4.
    EXPECT_DOUBLE_EQ(a.effort[0], 0.0);
    EXPECT_DOUBLE_EQ(a.effort[1], 9.0);
    EXPECT_DOUBLE_EQ(a.effort[2], 4.0);
    EXPECT_DOUBLE_EQ(a.totalEffort, 13.0);
    // Setup produces no output: the returns start in week 2 at 5 then 6.
    EXPECT_DOUBLE_EQ(a.returns[0], 0.0);
    EXPECT_DOUBLE_EQ(a.returns[1], 5.0);
    EXPECT_DOUBLE_EQ(a.returns[2], 6.0);
}

TEST_F(ProjectionTest, CostIsCadenceTimesCostPerOccurrenceInActiveWeeks) {
    Activity activity = post();
    activity.costPerOccurrence = Cents(1250); // 12.50
    activity.endWeek = 2;
    const ActivityProjection a = projectOne(activity).activities[0];
    // 2 occurrences × 12.5 = 25 in weeks 1 and 2, nothing in week 3.
    EXPECT_DOUBLE_EQ(a.cost[0], 25.0);
    EXPECT_DOUBLE_EQ(a.cost[1], 25.0);
    EXPECT_DOUBLE_EQ(a.cost[2], 0.0);
    EXPECT_DOUBLE_EQ(a.totalCost, 50.0);
    ASSERT_TRUE(a.returnPerCurrencyUnit.has_value());
    EXPECT_DOUBLE_EQ(*a.returnPerCurrencyUnit, a.totalReturn / 50.0);
}

TEST_F(ProjectionTest, AutomatedMediaSavesHoursButKeepsItsReturn) {
    Activity automated = post();
    automated.automated = true;
    const ActivityProjection a = projectOne(automated).activities[0];
    const ActivityProjection manual = projectOne(post()).activities[0];
    // x = 4 × (1 - 0.4) = 2.4 hours a week; the output, so the return, is unchanged.
    EXPECT_DOUBLE_EQ(a.effort[0], 2.4);
    EXPECT_DOUBLE_EQ(a.totalEffort, 3 * 2.4);
    EXPECT_DOUBLE_EQ(a.effortPerOutputHour, 0.6);
    EXPECT_DOUBLE_EQ(a.weeklyOutputHours, 4.0);
    EXPECT_DOUBLE_EQ(a.totalReturn, manual.totalReturn);
    EXPECT_TRUE(a.warnings.empty());
}

TEST_F(ProjectionTest, AutomatedNetworkingSavesNoHoursAndIsWarned) {
    Activity activity = thread();
    activity.automated = true; // -3 - 2 - 2 + 1 = -6: still networking
    const Projection projection = projectOne(activity);
    const ActivityProjection &a = projection.activities[0];
    EXPECT_EQ(a.track, Track::Networking);
    EXPECT_DOUBLE_EQ(a.effort[0], 4.0);
    EXPECT_DOUBLE_EQ(a.effortPerOutputHour, 1.0);
    ASSERT_EQ(a.warnings.size(), 1u);
    EXPECT_EQ(a.warnings[0].kind, WarningKind::AutomatedNetworking);
    EXPECT_EQ(a.warnings[0].activityId, ActivityId{2});
    EXPECT_EQ(projection.warnings().size(), 1u);
}

TEST_F(ProjectionTest, OverrideToMediaGivesTheAutomationSaving) {
    Activity activity = thread();
    activity.automated = true;
    activity.trackOverride = Track::Media;
    const ActivityProjection a = projectOne(activity).activities[0];
    EXPECT_EQ(a.track, Track::Media);
    EXPECT_DOUBLE_EQ(a.effort[0], 2.4);
    EXPECT_TRUE(a.warnings.empty());
}

TEST_F(ProjectionTest, MarginalReturnIsTheReturnOfOneMoreHourPerActiveWeek) {
    const ActivityProjection a = projectOne(post()).activities[0];
    // o' = 5: A = 2.5, 3.75, 4.375 -> y = 10/(1 + 2/2.5) = 50/9, 10/(1 + 8/15) = 150/23,
    // 10/(1 + 16/35) = 350/51; minus the plan's 191/11.
    const double expected = 50.0 / 9.0 + 150.0 / 23.0 + 350.0 / 51.0 - 191.0 / 11.0;
    EXPECT_NEAR(a.marginalReturn, expected, 1e-12);

    Activity more = post();
    more.hoursPerOccurrence = 2.5; // 2 × 2.5 = 5 output hours
    EXPECT_NEAR(a.marginalReturn, projectOne(more).totalReturn - a.totalReturn, 1e-12);
}

TEST_F(ProjectionTest, MarginalHourOfAutomatedMediaBuysMoreOutput) {
    Activity activity = post();
    activity.automated = true;
    const ActivityProjection a = projectOne(activity).activities[0];
    // One more effort hour is 1 / 0.6 = 5/3 output hours: o' = 4 + 5/3 = 17/3.
    Activity more = activity;
    more.hoursPerOccurrence = 17.0 / 6.0;
    EXPECT_NEAR(a.marginalReturn, projectOne(more).totalReturn - a.totalReturn, 1e-12);
    EXPECT_GT(a.marginalReturn, projectOne(post()).activities[0].marginalReturn);
}

TEST_F(ProjectionTest, MarginalReturnOfEachActivityIsTheCampaignsDifference) {
    campaign.weeks = 10;
    Activity first = post();
    first.endWeek = 6;
    Activity second = thread();
    second.startWeek = 3;
    second.endWeek = 10;
    second.response = {};
    const Projection base = project(campaign, {first, second});
    Activity secondMore = second;
    secondMore.hoursPerOccurrence += 0.5; // cadence 2: one more hour a week
    const Projection more = project(campaign, {first, secondMore});
    EXPECT_NEAR(base.activities[1].marginalReturn, more.totalReturn - base.totalReturn, 1e-9);
}

TEST_F(ProjectionTest, MarginalReturnsCanBeSkipped) {
    const Projection projection = project(campaign, {post()}, {.marginalReturns = false});
    EXPECT_DOUBLE_EQ(projection.activities[0].marginalReturn, 0.0);
    EXPECT_DOUBLE_EQ(projection.totalReturn, 191.0 / 11.0);
}

TEST_F(ProjectionTest, NoEffortMeansNoReturn) {
    Activity idle = post();
    idle.cadencePerWeek = 0.0;
    const ActivityProjection a = projectOne(idle).activities[0];
    for (double y : a.returns)
        EXPECT_EQ(y, 0.0);
    EXPECT_DOUBLE_EQ(a.totalEffort, 0.0);
    EXPECT_DOUBLE_EQ(a.totalCost, 0.0);
    EXPECT_FALSE(a.returnPerHour.has_value());
    EXPECT_FALSE(a.returnPerCurrencyUnit.has_value());
    // One hour a week from nothing: A = 0.5, 0.75, 0.875 -> 10/5 + 10/(1 + 8/3) + 10/(1 + 16/7).
    EXPECT_NEAR(a.marginalReturn, 2.0 + 30.0 / 11.0 + 70.0 / 23.0, 1e-12);
}

TEST_F(ProjectionTest, MoreHoursNeverLowerTheReturn) {
    campaign.weeks = 20;
    for (double shape : {0.1, 0.5, 1.0, 1.5, 3.0, 8.0}) {
        double previous = -1.0;
        for (double hours = 0.0; hours <= 40.0; hours += 0.25) {
            Activity activity = post();
            activity.endWeek = 12;
            activity.cadencePerWeek = 1.0;
            activity.hoursPerOccurrence = hours;
            activity.response.shape = shape;
            const Projection projection = projectOne(activity);
            EXPECT_GE(projection.totalReturn, previous) << "shape " << shape << " hours " << hours;
            EXPECT_GE(projection.activities[0].marginalReturn, 0.0);
            previous = projection.totalReturn;
        }
    }
}

TEST_F(ProjectionTest, CarryoverZeroMeansNoCarryOver) {
    Activity activity = post();
    activity.endWeek = 2;
    activity.response.carryover = 0.0;
    const ActivityProjection a = projectOne(activity).activities[0];
    // A = o each active week: 10 / (1 + 2/4) = 20/3; nothing after the end week.
    EXPECT_DOUBLE_EQ(a.returns[0], 20.0 / 3.0);
    EXPECT_DOUBLE_EQ(a.returns[1], 20.0 / 3.0);
    EXPECT_EQ(a.returns[2], 0.0);
    EXPECT_EQ(a.maturityWeeks, 1);
}

TEST_F(ProjectionTest, SteadyStateApproachesTheHillCurveOfTheWeeklyOutput) {
    campaign.weeks = 200;
    Activity activity = post();
    activity.endWeek = 200;
    activity.response = {80.0, 3.0, 1.5, 0.8};
    const ActivityProjection a = projectOne(activity).activities[0];
    // 0.8^200 ≈ 4e-20: A(200) = 4. R·h^s / (h^s + gamma^s) = 80·8 / (8 + 3^1.5).
    const double expected = 80.0 * 8.0 / (8.0 + std::pow(3.0, 1.5));
    EXPECT_NEAR(a.returns[199], expected, 1e-12);
}

TEST_F(ProjectionTest, OneWeekCampaign) {
    campaign.weeks = 1;
    Activity activity = post();
    activity.endWeek = 1;
    activity.setupHours = 3.0;
    const Projection projection = projectOne(activity);
    ASSERT_EQ(projection.activities[0].returns.size(), 1u);
    EXPECT_DOUBLE_EQ(projection.totalReturn, 5.0);
    EXPECT_DOUBLE_EQ(projection.totalEffort, 7.0); // 4 + 3 setup
    EXPECT_EQ(projection.weeklyEffort.size(), 1u);
}

TEST_F(ProjectionTest, ActivityEndingInTheLastWeekHasNoTailBeyondTheCampaign) {
    campaign.weeks = 4;
    Activity activity = post();
    activity.startWeek = 3;
    activity.endWeek = 4;
    const ActivityProjection a = projectOne(activity).activities[0];
    ASSERT_EQ(a.returns.size(), 4u);
    EXPECT_EQ(a.firstWeek, 3);
    EXPECT_EQ(a.lastWeek, 4);
    EXPECT_EQ(a.activeWeeks(), 2);
    EXPECT_DOUBLE_EQ(a.returns[2], 5.0);
    EXPECT_DOUBLE_EQ(a.returns[3], 6.0);
    EXPECT_DOUBLE_EQ(a.totalReturn, 11.0);
}

TEST_F(ProjectionTest, FractionalCadence) {
    Activity activity = post();
    activity.cadencePerWeek = 0.5;
    activity.hoursPerOccurrence = 4.0;
    activity.costPerOccurrence = Cents(1001); // 10.01
    activity.endWeek = 1;
    const ActivityProjection a = projectOne(activity).activities[0];
    // o = 0.5 × 4 = 2: A1 = 1 -> 10 / (1 + 2) = 10/3; cost 0.5 × 10.01 = 5.005.
    EXPECT_DOUBLE_EQ(a.effort[0], 2.0);
    EXPECT_DOUBLE_EQ(a.returns[0], 10.0 / 3.0);
    EXPECT_DOUBLE_EQ(a.cost[0], 5.005);
}

TEST_F(ProjectionTest, ExtremeShapesStayFinite) {
    campaign.weeks = 30;
    for (double shape : {0.1, 8.0, 0.01, 50.0}) {
        for (double output : {1e-9, 1e-3, 1.0, 168000.0}) {
            Activity activity = post();
            activity.endWeek = 5;
            activity.cadencePerWeek = 1.0;
            activity.hoursPerOccurrence = output;
            activity.response = {100.0, 3.0, shape, 0.9};
            const ActivityProjection a = projectOne(activity).activities[0];
            for (double y : a.returns) {
                EXPECT_TRUE(std::isfinite(y)) << shape << " " << output;
                EXPECT_GE(y, 0.0);
                EXPECT_LE(y, 100.0);
            }
            EXPECT_TRUE(std::isfinite(a.marginalReturn));
        }
    }
}

TEST_F(ProjectionTest, EveryWeekFollowsTheDefiningRecurrence) {
    // Week by week from the definition: A = (1 - theta)·o + theta·A, y = R / (1 + (gamma/A)^s),
    // over shapes, carry-overs and outputs that push the response to its extremes.
    campaign.weeks = 60;
    for (double shape : {0.1, 0.7, 1.0, 1.5, 2.5, 8.0, 50.0}) {
        for (double theta : {0.0, 0.3, 0.8, 0.95}) {
            for (double output : {1e-3, 4.0, 1e5}) {
                Activity activity = post();
                activity.startWeek = 5;
                activity.endWeek = 20;
                activity.cadencePerWeek = 1.0;
                activity.hoursPerOccurrence = output;
                activity.response = {100.0, 3.0, shape, theta};
                const ActivityProjection a = projectOne(activity).activities[0];
                double adstock = 0.0;
                for (int week = 1; week <= 60; ++week) {
                    const double o = (week >= 5 && week <= 20) ? output : 0.0;
                    adstock = (1.0 - theta) * o + theta * adstock;
                    const double y =
                        adstock > 0.0 ? 100.0 / (1.0 + std::pow(3.0 / adstock, shape)) : 0.0;
                    ASSERT_NEAR(a.returns[week - 1], y, 1e-12 * 100.0)
                        << "shape " << shape << " theta " << theta << " output " << output
                        << " week " << week;
                }
            }
        }
    }
}

TEST_F(ProjectionTest, ResponseIsOverflowSafeAtTheExtremes) {
    ResolvedResponse response;
    response.maxWeeklyReturn = 100.0;
    response.halfSaturationHours = 3.0;
    response.shape = 8.0;
    EXPECT_EQ(weeklyReturn(response, 1e-300), 0.0); // (3e300)^8 = inf -> 100 / inf
    EXPECT_DOUBLE_EQ(weeklyReturn(response, 1e300), 100.0);
    EXPECT_EQ(weeklyReturn(response, 0.0), 0.0);
    response.shape = 0.1;
    EXPECT_GT(weeklyReturn(response, 1e-300), 0.0); // (3e300)^0.1 ≈ 1.1e30: tiny, positive
    EXPECT_DOUBLE_EQ(weeklyReturn(response, 1e300), 100.0);
    // Huge output: a thousand 168-hour occurrences a week saturate at R.
    Activity activity = post();
    activity.cadencePerWeek = 1000.0;
    activity.hoursPerOccurrence = 168.0;
    EXPECT_NEAR(projectOne(activity).activities[0].returns[2], 10.0, 1e-3);
}

TEST_F(ProjectionTest, ResponseShortcutsMatchTheGeneralFormula) {
    ResolvedResponse response;
    response.maxWeeklyReturn = 100.0;
    response.halfSaturationHours = 3.0;
    for (double shape : {0.5, 1.0, 1.5, 2.0}) {
        response.shape = shape;
        for (double adstock : {0.01, 0.7, 3.0, 11.0, 250.0}) {
            const double general = 100.0 * std::pow(adstock, shape) /
                                   (std::pow(adstock, shape) + std::pow(3.0, shape));
            EXPECT_NEAR(weeklyReturn(response, adstock), general, 1e-12 * 100.0);
        }
    }
}

TEST_F(ProjectionTest, MaturityWeeks) {
    EXPECT_EQ(maturityWeeks(0.0), 1);
    EXPECT_EQ(maturityWeeks(0.1), 1);              // ln 0.1 / ln 0.1 = 1
    EXPECT_EQ(maturityWeeks(std::sqrt(0.1)), 2);   // exactly 2, whatever the rounding
    EXPECT_EQ(maturityWeeks(0.3), 2);              // 2.30 / 1.20 = 1.91
    EXPECT_EQ(maturityWeeks(0.5), 4);              // 3.32
    EXPECT_EQ(maturityWeeks(0.8), 11);             // 10.32
    EXPECT_GT(maturityWeeks(0.999999), 2'000'000); // 2.3 million weeks, no overflow
}

TEST_F(ProjectionTest, BlankParametersTakeTheEffectiveTracksDefaults) {
    Activity media = post();
    media.response = {};
    media.response.halfSaturationHours = 4.0;
    const ActivityProjection a = projectOne(media).activities[0];
    EXPECT_DOUBLE_EQ(a.response.carryover, 0.3);
    EXPECT_DOUBLE_EQ(a.response.shape, 1.0);
    EXPECT_DOUBLE_EQ(a.response.halfSaturationHours, 4.0);
    EXPECT_DOUBLE_EQ(a.response.maxWeeklyReturn, 100.0);
    EXPECT_TRUE(a.response.maxWeeklyReturnIsDefault);
    EXPECT_FALSE(a.response.halfSaturationHoursIsDefault);
    EXPECT_TRUE(a.restsOnDefaultReturn());

    Activity talk = thread();
    talk.response = {};
    talk.trackOverride = std::nullopt;
    const ResolvedResponse networking = projectOne(talk).activities[0].response;
    EXPECT_EQ(networking, trackDefaults(Track::Networking));
    EXPECT_DOUBLE_EQ(networking.carryover, 0.8);
    EXPECT_DOUBLE_EQ(networking.shape, 1.5);
    EXPECT_DOUBLE_EQ(networking.halfSaturationHours, 3.0);
    EXPECT_DOUBLE_EQ(networking.maxWeeklyReturn, 100.0);
    EXPECT_EQ(projectOne(talk).activities[0].maturityWeeks, 11);

    // An override to media takes the media defaults.
    talk.trackOverride = Track::Media;
    EXPECT_DOUBLE_EQ(projectOne(talk).activities[0].response.carryover, 0.3);
}

TEST_F(ProjectionTest, FiguresSayWhenTheyRestOnTheDefaultReturn) {
    EXPECT_FALSE(projectOne(post()).restsOnDefaultReturn);
    Activity media = post();
    media.response.maxWeeklyReturn = std::nullopt;
    const Projection projection = project(campaign, {media, thread()});
    EXPECT_TRUE(projection.restsOnDefaultReturn);
    EXPECT_TRUE(projection.track(Track::Media).restsOnDefaultReturn);
    EXPECT_FALSE(projection.track(Track::Networking).restsOnDefaultReturn);
}

TEST_F(ProjectionTest, BothTracksArePresentEvenWhenEmpty) {
    const Projection projection = projectOne(post());
    const TrackProjection &networking = projection.track(Track::Networking);
    EXPECT_EQ(networking.track, Track::Networking);
    EXPECT_EQ(networking.activityCount, 0u);
    EXPECT_EQ(networking.effort, std::vector<double>(3, 0.0));
    EXPECT_EQ(networking.returns, std::vector<double>(3, 0.0));
    EXPECT_DOUBLE_EQ(networking.totalReturn, 0.0);
    EXPECT_FALSE(networking.returnPerHour.has_value());
    EXPECT_FALSE(networking.returnPerCurrencyUnit.has_value());
    EXPECT_EQ(projection.track(Track::Media).activityCount, 1u);

    const Projection empty = project(campaign, {});
    EXPECT_EQ(empty.tracks[0].effort.size(), 3u);
    EXPECT_EQ(empty.tracks[1].returns.size(), 3u);
    EXPECT_DOUBLE_EQ(empty.totalReturn, 0.0);
    EXPECT_FALSE(empty.returnPerHour.has_value());
}

TEST_F(ProjectionTest, TracksAndCampaignAddUpTheirActivities) {
    Activity media = post();
    media.costPerOccurrence = Cents(500);
    Activity talk = thread();
    talk.startWeek = 2;
    const Projection projection = project(campaign, {media, talk});
    const TrackProjection &m = projection.track(Track::Media);
    const TrackProjection &n = projection.track(Track::Networking);
    EXPECT_DOUBLE_EQ(m.totalReturn, projection.activities[0].totalReturn);
    EXPECT_DOUBLE_EQ(n.totalReturn, projection.activities[1].totalReturn);
    EXPECT_DOUBLE_EQ(m.totalCost, 30.0); // 2 × 5 × 3 weeks
    ASSERT_TRUE(m.returnPerCurrencyUnit.has_value());
    EXPECT_DOUBLE_EQ(*m.returnPerCurrencyUnit, m.totalReturn / 30.0);
    EXPECT_DOUBLE_EQ(n.totalEffort, 8.0);
    EXPECT_EQ(n.effort, (std::vector<double>{0.0, 4.0, 4.0}));
    EXPECT_EQ(projection.weeklyEffort, (std::vector<double>{4.0, 8.0, 8.0}));
    EXPECT_DOUBLE_EQ(projection.totalReturn, m.totalReturn + n.totalReturn);
    EXPECT_DOUBLE_EQ(projection.totalEffort, 20.0);
    EXPECT_DOUBLE_EQ(projection.totalCost, 30.0);
    ASSERT_TRUE(projection.returnPerHour.has_value());
    EXPECT_DOUBLE_EQ(*projection.returnPerHour, projection.totalReturn / 20.0);
}

TEST_F(ProjectionTest, WeeksOverCapacityAreFlagged) {
    campaign.capacityHoursPerWeek = 8.0;
    Activity media = post();
    media.setupHours = 1.0;
    const Projection projection = project(campaign, {media, thread()});
    // Week 1: 4 + 1 setup + 4 = 9 > 8; weeks 2 and 3: exactly 8, not over.
    EXPECT_EQ(projection.overloadWeeks, std::vector<int>{1});
    EXPECT_DOUBLE_EQ(projection.capacityHoursPerWeek, 8.0);
}

TEST_F(ProjectionTest, WeeksSpendingMoreThanTheBudgetAreFlaggedToTheCent) {
    Activity media = post();
    media.costPerOccurrence = Cents(500); // 2 × 5.00 = 10.00 a week, weeks 1–3
    Activity talk = thread();
    talk.costPerOccurrence = Cents(333); // 2 × 3.33 = 6.66 a week, weeks 2–3
    talk.startWeek = 2;
    campaign.budgetPerWeek = Cents(1666);
    Projection projection = project(campaign, {media, talk});
    // Week 1: 10.00; weeks 2–3: 10.00 + 6.66 = 16.66, exactly the budget.
    EXPECT_TRUE(projection.overBudgetWeeks.empty());
    ASSERT_TRUE(projection.budgetPerWeek.has_value());
    EXPECT_DOUBLE_EQ(*projection.budgetPerWeek, 16.66);

    campaign.budgetPerWeek = Cents(1665);
    projection = project(campaign, {media, talk});
    EXPECT_EQ(projection.overBudgetWeeks, (std::vector<int>{2, 3}));

    campaign.budgetPerWeek.reset();
    projection = project(campaign, {media, talk});
    EXPECT_FALSE(projection.budgetPerWeek.has_value());
    EXPECT_TRUE(projection.overBudgetWeeks.empty());
}

TEST_F(ProjectionTest, CopiesKeepTheirSeries) {
    Projection copy;
    {
        const Projection original = projectOne(post());
        copy = original;
    }
    EXPECT_DOUBLE_EQ(copy.activities[0].returns[1], 6.0);
}

class ScenarioProjectionTest : public ProjectionTest {};

TEST_F(ScenarioProjectionTest, AbsentActivitiesKeepTheirPlan) {
    const std::vector<Activity> plan{post(), thread()};
    Scenario scenario;
    scenario.allocations = {{ActivityId{2}, 4.0}};
    EXPECT_EQ(applyScenario(campaign, plan, scenario), plan); // thread: 2 × 2 = 4 already
}

TEST_F(ScenarioProjectionTest, HoursScaleTheCadenceAndKeepCostPerHour) {
    Activity media = post();
    media.automated = true; // x = 4 × 0.6 = 2.4 h, cost 2 × 12.5 = 25 a week
    media.costPerOccurrence = Cents(1250);
    Scenario scenario;
    scenario.allocations = {{ActivityId{1}, 3.0}};
    const std::vector<Activity> applied = applyScenario(campaign, {media}, scenario);
    // Output 3 / 0.6 = 5 h = cadence 2.5 × 2 h.
    EXPECT_DOUBLE_EQ(applied[0].cadencePerWeek, 2.5);
    const ActivityProjection a = project(campaign, applied).activities[0];
    EXPECT_DOUBLE_EQ(a.effort[0], 3.0);
    EXPECT_DOUBLE_EQ(a.weeklyOutputHours, 5.0);
    // Weekly cost = 25 × 3 / 2.4 = 31.25.
    EXPECT_DOUBLE_EQ(a.cost[0], 31.25);
}

TEST_F(ScenarioProjectionTest, NetworkingOutputEqualsItsHours) {
    Activity talk = thread();
    talk.automated = true;
    Scenario scenario;
    scenario.allocations = {{ActivityId{2}, 6.0}};
    const Projection projection = projectScenario(campaign, {talk}, scenario);
    EXPECT_DOUBLE_EQ(projection.activities[0].weeklyOutputHours, 6.0);
    EXPECT_DOUBLE_EQ(projection.activities[0].weeklyRecurringEffort, 6.0);
}

TEST_F(ScenarioProjectionTest, ZeroHoursDropsTheActivity) {
    Activity media = post();
    media.setupHours = 8.0;
    Scenario scenario;
    scenario.allocations = {{ActivityId{1}, 0.0}};
    const Projection projection = projectScenario(campaign, {media}, scenario);
    EXPECT_DOUBLE_EQ(projection.totalEffort, 0.0);
    EXPECT_DOUBLE_EQ(projection.totalReturn, 0.0);
}

TEST_F(ScenarioProjectionTest, ActivityWithoutHoursPerOccurrenceKeepsItsPlan) {
    Activity media = post();
    media.hoursPerOccurrence = 0.0;
    media.setupHours = 2.0;
    Scenario scenario;
    scenario.allocations = {{ActivityId{1}, 5.0}};
    EXPECT_EQ(applyScenario(campaign, {media}, scenario)[0], media);
}

TEST_F(ScenarioProjectionTest, ScenarioAtThePlannedHoursReproducesThePlan) {
    Activity media = post();
    media.automated = true;
    const Projection plan = projectOne(media);
    Scenario scenario;
    scenario.allocations = {{ActivityId{1}, plan.activities[0].weeklyRecurringEffort}};
    EXPECT_NEAR(projectScenario(campaign, {media}, scenario).totalReturn, plan.totalReturn, 1e-12);
}

} // namespace
} // namespace castnet::core
