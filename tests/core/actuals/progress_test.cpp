// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actuals/progress.h"

#include <gtest/gtest.h>

#include "core/analysis/projection.h"

namespace castnet::core {
namespace {

std::vector<double> values(std::span<const double> series) {
    return {series.begin(), series.end()};
}

// A four-week campaign with two activities and actuals for weeks 1 and 2.
//
// Post (media: broadcast +3, image +2, awareness +1, automated +1), own
// curve R 10, γ 2, s 1, θ 0.5; 2 × 2 = 4 output hours a week in weeks 1 … 4,
// automated with a saving of 0.5, so 2 team hours a week, 1 setup hour in
// week 1 and 2 × 10 = 20 of cost a week.
// Chat (networking: dialogue −2, direct message −2, relationships −2, not
// automated −1), own curve R 20, γ 3, s 1, θ 0; 3 output hours in weeks 3, 4.
class ProgressTest : public ::testing::Test {
protected:
    ProgressTest() {
        plan.campaign.weeks = 4;
        plan.campaign.automationSaving = 0.5;

        Activity post;
        post.id = ActivityId{1};
        post.title = "Carousel";
        post.interaction = Interaction::Broadcast;
        post.format = Format::Image;
        post.goal = Goal::Awareness;
        post.automated = true;
        post.cadencePerWeek = 2.0;
        post.hoursPerOccurrence = 2.0;
        post.setupHours = 1.0;
        post.costPerOccurrence = Cents{1000};
        post.startWeek = 1;
        post.endWeek = 4;
        post.response = {10.0, 2.0, 1.0, 0.5};

        Activity chat;
        chat.id = ActivityId{2};
        chat.title = "Founder DMs";
        chat.interaction = Interaction::Dialogue;
        chat.format = Format::DirectMessage;
        chat.goal = Goal::Relationships;
        chat.cadencePerWeek = 1.0;
        chat.hoursPerOccurrence = 3.0;
        chat.startWeek = 3;
        chat.endWeek = 4;
        chat.response = {20.0, 3.0, 1.0, 0.0};

        plan.activities = {post, chat};

        // Week 1: 1 team hour (2 output hours at the 0.5 saving), 1 setup
        // hour, 15 of cost, a result of 4. Week 2 in two rows that add up:
        // 1 + 2 = 3 hours (6 output hours), 10 + 20 = 30 of cost, no result.
        actuals = {actual(1, 1.0, 1.0, 1500, 4.0), actual(2, 1.0, 0.0, 1000, std::nullopt),
                   actual(2, 2.0, 0.0, 2000, std::nullopt)};
    }

    static Actual actual(int week, double hours, double setup, std::int64_t cents,
                         std::optional<double> result) {
        Actual a;
        a.activityId = ActivityId{1};
        a.week = week;
        a.hours = hours;
        a.setupHours = setup;
        a.cost = Cents{cents};
        a.result = result;
        return a;
    }

    CampaignSnapshot plan;
    std::vector<Actual> actuals;
};

TEST_F(ProgressTest, IsAsOfTheLastWeekWithAnyActual) {
    EXPECT_EQ(progress(plan, plan, actuals).asOfWeek, 2);
    EXPECT_EQ(progress(plan, plan, {}).asOfWeek, 0);
}

TEST_F(ProgressTest, WithoutActualsTheReforecastIsThePlansProjection) {
    const Progress result = progress(plan, plan, {});
    const Projection projected = project(plan.campaign, plan.activities);
    EXPECT_NEAR(result.campaign.forecastTotalReturn, projected.totalReturn, 1e-12);
    EXPECT_NEAR(result.campaign.baselineTotalReturn, projected.totalReturn, 1e-12);
}

TEST_F(ProgressTest, ComparesPlannedAndActualEffortAndCostWeekByWeekAndCumulated) {
    const Progress result = progress(plan, plan, actuals);
    const ActivityProgress &post = result.activities[0];
    // Planned effort: week 1 = 2 recurring + 1 setup = 3, week 2 = 2.
    // Actual effort: week 1 = 1 + 1 setup = 2, week 2 = 1 + 2 = 3.
    EXPECT_EQ(values(post.effort.planned), (std::vector<double>{3.0, 2.0}));
    EXPECT_EQ(values(post.effort.actual), (std::vector<double>{2.0, 3.0}));
    EXPECT_EQ(cumulated(post.effort.planned), (std::vector<double>{3.0, 5.0}));
    EXPECT_EQ(cumulated(post.effort.actual), (std::vector<double>{2.0, 5.0}));
    EXPECT_DOUBLE_EQ(post.effort.variance, 0.0); // 5 − 5
    EXPECT_DOUBLE_EQ(*post.effort.index, 1.0);
    // Cost: planned 20 + 20 = 40, actual 15 + 30 = 45; 45 − 40 = 5, 45 / 40.
    EXPECT_EQ(values(post.cost.actual), (std::vector<double>{15.0, 30.0}));
    EXPECT_DOUBLE_EQ(post.cost.variance, 5.0);
    EXPECT_DOUBLE_EQ(*post.cost.index, 1.125);
}

TEST_F(ProgressTest, ComparesReturnsOnlyInTheWeeksWithAResult) {
    const Progress result = progress(plan, plan, actuals);
    const ReturnComparison &returns = result.activities[0].returns;
    // Planned: A1 = 0.5·4 = 2 → 10 / (1 + 2/2) = 5; A2 = 0.5·4 + 0.5·2 = 3
    // → 10 / (1 + 2/3) = 6.
    EXPECT_DOUBLE_EQ(returns.planned[0], 5.0);
    EXPECT_DOUBLE_EQ(returns.planned[1], 6.0);
    EXPECT_EQ(returns.measured(0), std::optional<double>(4.0));
    EXPECT_FALSE(returns.measured(1).has_value());
    EXPECT_EQ(cumulated(returns.actual), (std::vector<double>{4.0, 4.0}));
    EXPECT_EQ(returns.measuredWeeks, 1);
    // Only week 1 is measured: 4 against 5 → variance −1, index 0.8.
    EXPECT_DOUBLE_EQ(returns.plannedInMeasuredWeeks, 5.0);
    EXPECT_DOUBLE_EQ(*returns.variance, -1.0);
    EXPECT_DOUBLE_EQ(*returns.index, 0.8);
    EXPECT_DOUBLE_EQ(returns.plannedTotal, 11.0); // 5 + 6
}

TEST_F(ProgressTest, ReforecastCarriesTheActualAdstockPastTheAsOfWeek) {
    const Progress result = progress(plan, plan, actuals);
    const ActivityProgress &post = result.activities[0];
    // Week 1 measured: 4. Week 2 modelled from actual output 6:
    // A2 = 0.5·6 + 0.5·(0.5·2) = 3.5 → 10·3.5 / 5.5 = 6.363636…
    // Weeks 3, 4 on the plan's 4 h from the actual state A2 = 3.5:
    // A3 = 2 + 1.75 = 3.75 → 10·3.75 / 5.75 = 6.521739…
    // A4 = 2 + 1.875 = 3.875 → 10·3.875 / 5.875 = 6.595745…
    EXPECT_DOUBLE_EQ(post.forecast.measured, 4.0);
    EXPECT_DOUBLE_EQ(post.forecast.modelledToDate, 35.0 / 5.5);
    EXPECT_DOUBLE_EQ(post.forecast.modelledAhead, 37.5 / 5.75 + 38.75 / 5.875);
    EXPECT_NEAR(post.forecastTotalReturn, 23.4811202, 1e-7);
    // Baseline: 5 + 6 + A3 = 2 + 1.5 = 3.5 → 6.363636… + A4 = 3.75 → 6.521739…
    EXPECT_NEAR(post.baselineTotalReturn, 23.8853755, 1e-7);
}

TEST_F(ProgressTest, SumsTracksAndTheCampaign) {
    const Progress result = progress(plan, plan, actuals);
    const ProgressTotals &networking = result.track(Track::Networking);
    // Chat has no actuals and no planned weeks before week 3: its index has
    // no figure (planned 0), its forecast is the plan: A = 3 → 20 / 2 = 10
    // in weeks 3 and 4.
    EXPECT_EQ(networking.activityCount, 1u);
    EXPECT_FALSE(networking.effort.index.has_value());
    EXPECT_DOUBLE_EQ(networking.forecastTotalReturn, 20.0);
    EXPECT_DOUBLE_EQ(networking.baselineTotalReturn, 20.0);
    EXPECT_FALSE(networking.returns.variance.has_value());
    // The campaign: 23.4811202 + 20 and 23.8853755 + 20.
    EXPECT_NEAR(result.campaign.forecastTotalReturn, 43.4811202, 1e-7);
    EXPECT_NEAR(result.campaign.baselineTotalReturn, 43.8853755, 1e-7);
    EXPECT_DOUBLE_EQ(result.campaign.cost.actualTotal, 45.0);
    EXPECT_DOUBLE_EQ(*result.campaign.returns.variance, -1.0);
    EXPECT_EQ(result.campaign.returns.measured(0), std::optional<double>(4.0));
    EXPECT_FALSE(result.campaign.returns.measured(1).has_value());
}

TEST_F(ProgressTest, OutputFromActualsUndoesTheAutomationSaving) {
    // 1 and 3 team hours at a saving of 0.5: 2 and 6 output hours.
    const Progress result = progress(plan, plan, actuals);
    EXPECT_EQ(values(result.activities[0].actualOutput), (std::vector<double>{2.0, 6.0}));
}

TEST_F(ProgressTest, SeriesStayValidInACopyOutlivingTheProgress) {
    ActivityProgress copy;
    { copy = progress(plan, plan, actuals).activities[0]; }
    EXPECT_DOUBLE_EQ(copy.returns.planned[1], 6.0);
    EXPECT_DOUBLE_EQ(copy.cost.actual[1], 30.0);
}

TEST_F(ProgressTest, ComparesWithTheBaselineNotTheRevisedPlan) {
    CampaignSnapshot revised = plan;
    revised.activities[0].cadencePerWeek = 1.0; // halved after the baseline
    const Progress result = progress(plan, revised, actuals);
    const ActivityProgress &post = result.activities[0];
    EXPECT_EQ(values(post.effort.planned), (std::vector<double>{3.0, 2.0})); // the baseline's
    // Ahead, the revised plan's 2 output hours from A2 = 3.5:
    // A3 = 1 + 1.75 = 2.75 → 10·2.75 / 4.75; A4 = 1 + 1.375 = 2.375 → 10·2.375 / 4.375.
    EXPECT_DOUBLE_EQ(post.forecast.modelledAhead, 27.5 / 4.75 + 23.75 / 4.375);
}

TEST_F(ProgressTest, KeepsAnActivityTheRevisedPlanDropped) {
    CampaignSnapshot revised = plan;
    revised.activities.erase(revised.activities.begin());
    const Progress result = progress(plan, revised, actuals);
    ASSERT_EQ(result.activities.size(), 2u);
    const ActivityProgress &dropped = result.activities[1];
    EXPECT_EQ(dropped.id, ActivityId{1});
    EXPECT_FALSE(dropped.inPlan);
    EXPECT_TRUE(dropped.inBaseline);
    // Dropped, the post runs no more after its actual weeks: 4 measured,
    // 6.363636… modelled in week 2, then the carry-over only fades:
    // A3 = 0.5·3.5 = 1.75 → 10·1.75 / 3.75, A4 = 0.875 → 10·0.875 / 2.875.
    EXPECT_NEAR(dropped.forecastTotalReturn, 4.0 + 35.0 / 5.5 + 17.5 / 3.75 + 8.75 / 2.875, 1e-12);
    EXPECT_NEAR(dropped.baselineTotalReturn, 23.8853755, 1e-7);
}

} // namespace
} // namespace castnet::core
