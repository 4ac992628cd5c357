// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/comparison.h"

#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/compare_output.h"
#include "core/analysis/projection.h"

namespace castnet::core {
namespace {

class ComparisonTest : public ::testing::Test {
protected:
    ComparisonTest() {
        campaign.id = CampaignId{5};
        campaign.name = "Spring";
        campaign.weeks = 2;
        campaign.automationSaving = 0.4;
        campaign.budgetPerWeek.reset();
    }

    // Media (3 + 2 + 1 − 1 = 5): 2 occurrences of 1 h at 3 a week in weeks
    // 1 … 2, theta 0, s 1, gamma 2, R 10. Output 2 h: y = 10 / (1 + 2/2) = 5
    // a week, 10 in all; effort 4 h, cost 12.
    static Activity post() {
        Activity a;
        a.id = ActivityId{1};
        a.channel = "Instagram";
        a.title = "Carousel";
        a.format = Format::Image;
        a.interaction = Interaction::Broadcast;
        a.goal = Goal::Awareness;
        a.cadencePerWeek = 2.0;
        a.hoursPerOccurrence = 1.0;
        a.costPerOccurrence = Cents(300);
        a.startWeek = 1;
        a.endWeek = 2;
        a.response = {10.0, 2.0, 1.0, 0.0};
        return a;
    }

    // Networking (−3 − 2 − 2 − 1 = −8): 1 h a week at no cost, theta 0.5,
    // s 1, gamma 1, R 6. A1 = 0.5, y1 = 6 / (1 + 2) = 2; A2 = 0.75,
    // y2 = 6 / (1 + 4/3) = 18/7. Effort 2 h; maturity ceil(ln 0.1 / ln 0.5) = 4.
    static Activity thread() {
        Activity a = post();
        a.id = ActivityId{2};
        a.channel = "Forum";
        a.title = "Questions";
        a.format = Format::Question;
        a.interaction = Interaction::Community;
        a.goal = Goal::Relationships;
        a.cadencePerWeek = 1.0;
        a.costPerOccurrence = Cents(0);
        a.response = {6.0, 1.0, 1.0, 0.5};
        return a;
    }

    static Scenario scenario(const std::string &name, std::vector<Allocation> allocations) {
        Scenario s;
        s.campaignId = CampaignId{5};
        s.name = name;
        s.allocations = std::move(allocations);
        return s;
    }

    Comparison compareOk(const std::vector<Scenario> &scenarios) {
        auto result = compare(campaign, activities, scenarios);
        EXPECT_TRUE(result.has_value()) << (result ? "" : result.error().message);
        return result ? std::move(*result) : Comparison{};
    }

    Campaign campaign;
    std::vector<Activity> activities{post(), thread()};
};

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

TEST_F(ComparisonTest, JsonHoldsEveryScenarioInOrderWithBothTracks) {
    const Comparison c =
        compareOk({planScenario(CampaignId{5}), scenario("No thread", {{ActivityId{2}, 0.0}})});
    const nlohmann::json doc = nlohmann::json::parse(comparisonJson(c));
    ASSERT_EQ(doc["scenarios"].size(), 2u);
    const nlohmann::json &second = doc["scenarios"][1];
    EXPECT_EQ(second["name"], "No thread");
    std::set<std::string> keys;
    for (const auto &item : second.items())
        keys.insert(item.key());
    EXPECT_EQ(keys,
              (std::set<std::string>{"name", "activity_count", "total_effort", "total_cost",
                                     "total_return", "return_per_hour", "return_per_currency_unit",
                                     "maturity_weeks", "tracks", "channels", "difference"}));
    EXPECT_TRUE(second["tracks"]["networking"]["return_per_hour"].is_null());
    EXPECT_DOUBLE_EQ(second["difference"]["total_return"].get<double>(), -(2.0 + 18.0 / 7.0));
    EXPECT_TRUE(second["channels"].contains("Forum"));
}

TEST_F(ComparisonTest, TableShowsEachScenarioAndItsChange) {
    const Comparison c =
        compareOk({planScenario(CampaignId{5}), scenario("More posts", {{ActivityId{1}, 4.0}})});
    const std::string table = comparisonTable(campaign, c);
    EXPECT_NE(table.find("More posts"), std::string::npos);
    EXPECT_NE(table.find("change"), std::string::npos);
    EXPECT_NE(table.find("+12.00"), std::string::npos) << table; // the extra cost
    EXPECT_NE(table.find("Instagram: effort h"), std::string::npos) << table;
}

} // namespace
} // namespace castnet::core
