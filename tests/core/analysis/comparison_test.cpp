// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/comparison.h"

#include <gtest/gtest.h>

#include "core/analysis/projection.h"
#include "tests/core/analysis/comparison_fixture.h"

namespace castnet::core {
namespace {

using test::ComparisonTest;

TEST_F(ComparisonTest, RefusesFewerThanTwoOrMoreThanFourScenarios) {
    const Scenario plan = planScenario(CampaignId{5});
    auto one = compare(campaign, activities, {plan});
    ASSERT_FALSE(one.has_value());
    EXPECT_EQ(one.error().message, "compare takes 2 to 4 scenarios side by side, not 1");
    EXPECT_EQ(one.error().field, "scenario");
    auto five = compare(campaign, activities, {plan, plan, plan, plan, plan});
    ASSERT_FALSE(five.has_value());
    EXPECT_EQ(five.error().message, "compare takes 2 to 4 scenarios side by side, not 5");
    EXPECT_TRUE(compare(campaign, activities, {plan, plan, plan, plan}).has_value());
}

TEST_F(ComparisonTest, RefusesAScenarioOfAnotherCampaign) {
    Scenario other = scenario("Elsewhere", {});
    other.campaignId = CampaignId{6};
    auto result = compare(campaign, activities, {planScenario(CampaignId{5}), other});
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().message, "scenario \"Elsewhere\" belongs to another campaign than "
                                      "\"Spring\"");
}

TEST_F(ComparisonTest, ThePlanColumnHasTheFiguresOfTheProjection) {
    const Comparison c = compareOk({planScenario(CampaignId{5}), scenario("Same", {})});
    ASSERT_EQ(c.columns.size(), 2u);
    const MixBreakdown &plan = c.columns[0].figures;
    const Projection p = project(campaign, activities);
    EXPECT_EQ(c.columns[0].name, "plan");
    // Return 10 + 2 + 18/7; effort 4 + 2 = 6; cost 12.
    EXPECT_DOUBLE_EQ(plan.total.returns, 12.0 + 18.0 / 7.0);
    EXPECT_DOUBLE_EQ(plan.total.returns, p.totalReturn);
    EXPECT_DOUBLE_EQ(plan.total.effort, 6.0);
    EXPECT_DOUBLE_EQ(plan.total.cost, 12.0);
    EXPECT_EQ(plan.total.activities, 2);
    EXPECT_DOUBLE_EQ(*plan.total.returnPerHour, (12.0 + 18.0 / 7.0) / 6.0);
    EXPECT_DOUBLE_EQ(*plan.total.returnPerCurrencyUnit, (12.0 + 18.0 / 7.0) / 12.0);
    EXPECT_DOUBLE_EQ(plan.track(Track::Media).returns, 10.0);
    EXPECT_DOUBLE_EQ(plan.track(Track::Networking).returns, 2.0 + 18.0 / 7.0);
    EXPECT_FALSE(plan.track(Track::Networking).returnPerCurrencyUnit.has_value()); // no cost
    EXPECT_DOUBLE_EQ(*plan.track(Track::Media).returnPerCurrencyUnit, 10.0 / 12.0);
}

TEST_F(ComparisonTest, MaturityIsTheEffortWeightedMeanOfTheActivities) {
    const Comparison c =
        compareOk({planScenario(CampaignId{5}), scenario("No thread", {{ActivityId{2}, 0.0}})});
    // Plan: (4 h × 1 week + 2 h × 4 weeks) / 6 h = 2 weeks.
    EXPECT_DOUBLE_EQ(*c.columns[0].figures.total.maturityWeeks, 2.0);
    EXPECT_DOUBLE_EQ(*c.columns[0].figures.track(Track::Networking).maturityWeeks, 4.0);
    // Without the thread only the post's 1 week is left.
    EXPECT_DOUBLE_EQ(*c.columns[1].figures.total.maturityWeeks, 1.0);
    EXPECT_DOUBLE_EQ(*c.columns[1].difference.total.maturityWeeks, -1.0);
    EXPECT_FALSE(c.columns[1].figures.track(Track::Networking).maturityWeeks.has_value());
}

TEST_F(ComparisonTest, DifferencesAreToTheFirstColumn) {
    // "More posts": 4 h a week on the post, output 4: y = 10 / (1 + 0.5) =
    // 20/3 a week, 40/3 in all; 4 occurrences × 3 = 12 a week, 24 in all.
    const Comparison c =
        compareOk({planScenario(CampaignId{5}), scenario("More posts", {{ActivityId{1}, 4.0}}),
                   planScenario(CampaignId{5})});
    const ScenarioColumn &more = c.columns[1];
    EXPECT_EQ(more.name, "More posts");
    EXPECT_DOUBLE_EQ(more.figures.track(Track::Media).returns, 40.0 / 3.0);
    EXPECT_DOUBLE_EQ(more.difference.total.returns, 40.0 / 3.0 - 10.0);
    EXPECT_DOUBLE_EQ(more.difference.total.effort, 4.0);
    EXPECT_DOUBLE_EQ(more.difference.total.cost, 12.0);
    EXPECT_DOUBLE_EQ(more.difference.track(Track::Networking).returns, 0.0);
    EXPECT_DOUBLE_EQ(more.difference.channels.at("Instagram").cost, 12.0);
    EXPECT_DOUBLE_EQ(more.difference.channels.at("Forum").effort, 0.0);
    for (const ScenarioColumn *same : {&c.columns[0], &c.columns[2]}) {
        EXPECT_DOUBLE_EQ(same->difference.total.returns, 0.0);
        EXPECT_DOUBLE_EQ(*same->difference.total.returnPerHour, 0.0);
        EXPECT_EQ(same->difference.total.activities, 0);
    }
}

TEST_F(ComparisonTest, EveryChannelAppearsInEveryColumnEvenWhenDropped) {
    const Comparison c =
        compareOk({scenario("No posts", {{ActivityId{1}, 0.0}}), planScenario(CampaignId{5})});
    const MixFigures &dropped = c.columns[0].figures.channels.at("Instagram");
    EXPECT_EQ(dropped.activities, 0);
    EXPECT_DOUBLE_EQ(dropped.effort, 0.0);
    EXPECT_DOUBLE_EQ(dropped.returns, 0.0);
    EXPECT_FALSE(dropped.returnPerHour.has_value());
    // A figure missing on either side has no difference.
    EXPECT_FALSE(c.columns[1].difference.channels.at("Instagram").returnPerHour.has_value());
    EXPECT_EQ(c.columns[1].difference.channels.at("Instagram").activities, 1);
    EXPECT_EQ(c.columns[1].figures.channels.size(), 2u);
}

} // namespace
} // namespace castnet::core
