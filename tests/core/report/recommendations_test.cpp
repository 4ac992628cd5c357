// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/recommendations.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/analysis/projection.h"
#include "tests/core/report/report_plan_fixture.h"

namespace castnet::core {
namespace {

using ::testing::HasSubstr;

class RecommendationsTest : public ::testing::Test {
protected:
    // Runs one rule on the plan as it stands now.
    std::optional<Recommendation> run(std::optional<Recommendation> (*rule)(const PlanFacts &)) {
        projection = project(plan.campaign, plan.activities);
        return rule({plan.campaign, plan.activities, projection});
    }

    std::vector<Recommendation> runAll() {
        projection = project(plan.campaign, plan.activities);
        return recommendations({plan.campaign, plan.activities, projection});
    }

    // Networking down to 0.5 + 0.3 = 0.8 h against 4.2 h of media:
    // 0.8 / 5 = 16 % of the effort.
    void starveNetworking() {
        plan.activity("Forum replies").cadencePerWeek = 0.5;
        plan.activity("Meetup").cadencePerWeek = 0.1;
    }

    test::ReportPlan plan;
    Projection projection;
};

TEST_F(RecommendationsTest, ABalancedPlanDrawsNoRule) {
    EXPECT_TRUE(runAll().empty());
}

TEST_F(RecommendationsTest, LittleNetworkingWarnsThatFeedbackWillBeThin) {
    starveNetworking();
    const auto found = run(thinFeedback);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->rule, RecommendationRule::ThinFeedback);
    EXPECT_EQ(found->severity, Recommendation::Severity::Risk);
    EXPECT_THAT(found->text, HasSubstr("16 %"));
    EXPECT_THAT(found->text, HasSubstr("feedback"));
    EXPECT_THAT(found->text, HasSubstr("(the article's “Disadvantages”)."));
}

TEST_F(RecommendationsTest, NetworkingAboveAFifthOfTheEffortIsNotThin) {
    // 62.5 % in the balanced plan; just above the threshold the rule stays
    // quiet too: networking 1.2 h against 4.2 h is 1.2 / 5.4 = 22 %.
    EXPECT_FALSE(run(thinFeedback));
    plan.activity("Forum replies").cadencePerWeek = 1.2;
    plan.activity("Meetup").cadencePerWeek = 0.0;
    EXPECT_FALSE(run(thinFeedback));
}

TEST_F(RecommendationsTest, MediaPostedByHandShouldBeScheduledAhead) {
    plan.activity("Reels").automated = false;
    const auto found = run(scheduleMediaAhead);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->severity, Recommendation::Severity::Advice);
    EXPECT_THAT(found->text, HasSubstr("“Reels”"));
    // 2 × 2 h a week for 20 weeks, 40 % saved: 80 × 0.4 = 32 h.
    EXPECT_THAT(found->text, HasSubstr("32.0 h"));
    EXPECT_THAT(found->text, HasSubstr("(the article's “Efforts needed”)."));
}

TEST_F(RecommendationsTest, AutomatedMediaNeedsNoScheduling) {
    EXPECT_FALSE(run(scheduleMediaAhead));
}

TEST_F(RecommendationsTest, NetworkingShorterThanItsMaturityEndsBeforeItPays) {
    // Default networking carry-over 0.8: ceil(ln 0.1 / ln 0.8) = ceil(10.3) = 11 weeks.
    plan.activity("Forum replies").endWeek = 8;
    const auto found = run(endsBeforeItPays);
    ASSERT_TRUE(found);
    EXPECT_THAT(found->text, HasSubstr("“Forum replies” runs 8 weeks but needs 11 to mature"));
    EXPECT_THAT(found->text, HasSubstr("(the article's “Disadvantages”)."));
}

TEST_F(RecommendationsTest, OneOrManyActivitiesEndingBeforeTheyPayReadCorrectly) {
    plan.activity("Forum replies").endWeek = 8;
    auto found = run(endsBeforeItPays);
    ASSERT_TRUE(found);
    EXPECT_THAT(found->text, HasSubstr("1 networking activity ends before it pays: "));
    EXPECT_EQ(found->headline, "1 networking activity ends before it pays.");
    // Both run 8 weeks against 11: one cause, said once with both names.
    plan.activity("Meetup").endWeek = 8;
    found = run(endsBeforeItPays);
    ASSERT_TRUE(found);
    EXPECT_THAT(found->text, HasSubstr("2 networking activities end before they pay: “Forum "
                                       "replies” and “Meetup” run 8 weeks but need 11 to mature."));
    EXPECT_THAT(found->text, ::testing::Not(HasSubstr("they pays")));
}

TEST_F(RecommendationsTest, ACampaignTooShortForNetworkingIsSaidOnceForTheCampaign) {
    // Every networking activity runs the whole 10-week campaign; 11 weeks are needed.
    plan.campaign.weeks = 10;
    for (Activity &activity : plan.activities)
        activity.endWeek = 10;
    auto found = run(endsBeforeItPays);
    ASSERT_TRUE(found);
    EXPECT_THAT(found->text,
                HasSubstr("The campaign's 10 weeks are shorter than the 11 weeks networking needs "
                          "to mature, so 2 networking activities “Forum replies” and “Meetup” "
                          "stop before they pay."));
    EXPECT_EQ(found->headline, "The campaign is too short for networking to pay: 10 weeks but "
                               "networking needs 11 to mature.");
    plan.activities.pop_back(); // the meetup
    found = run(endsBeforeItPays);
    ASSERT_TRUE(found);
    EXPECT_THAT(found->text, HasSubstr("so 1 networking activity “Forum replies” stops before it "
                                       "pays."));
}

TEST_F(RecommendationsTest, MediaPostedByHandReadsCorrectlyForOneAndMany) {
    plan.activity("Reels").automated = false;
    EXPECT_THAT(run(scheduleMediaAhead)->text,
                HasSubstr("1 broadcast media activity is posted by hand: “Reels”. Schedule it "
                          "ahead"));
    plan.activity("Letter").automated = false;
    EXPECT_THAT(run(scheduleMediaAhead)->text,
                HasSubstr("2 broadcast media activities are posted by hand: “Reels” and "
                          "“Letter”. Schedule them ahead"));
}

TEST_F(RecommendationsTest, OverloadedWeeksReadCorrectlyForOneAndMany) {
    plan.activity("Reels").setupHours = 30.0; // week 1: 41.2 h
    EXPECT_THAT(run(overCapacity)->text, HasSubstr("1 week is over the team's capacity of 40.0 h "
                                                   "a week (week 1; the busiest needs 41.2 h)"));
    // The meetup starts in week 2 with 30 setup hours: week 2 is 30 + 2.4 + 1.8 + 4 + 3 =
    // 41.2 h; week 1 then holds 34 + 2.4 + 1.8 + 4 = 42.2 h.
    plan.activity("Reels").setupHours = 34.0;
    plan.activity("Meetup").startWeek = 2;
    plan.activity("Meetup").setupHours = 30.0;
    EXPECT_THAT(run(overCapacity)->text, HasSubstr("2 weeks are over the team's capacity of "
                                                   "40.0 h a week (weeks 1–2; the busiest needs "
                                                   "42.2 h)"));
}

TEST_F(RecommendationsTest, NetworkingThatRunsItsMaturityPays) {
    plan.activity("Forum replies").endWeek = 11;
    EXPECT_FALSE(run(endsBeforeItPays));
}

TEST_F(RecommendationsTest, AWeekOverCapacityIsARisk) {
    // 30 setup hours in week 1: 30 + 4.2 + 7 = 41.2 h > 40 h.
    plan.activity("Reels").setupHours = 30.0;
    const auto found = run(overCapacity);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->severity, Recommendation::Severity::Risk);
    EXPECT_THAT(found->text, HasSubstr("1 week is over the team's capacity of 40.0 h"));
    EXPECT_THAT(found->text, HasSubstr("(week 1;"));
    EXPECT_THAT(found->text, HasSubstr("41.2 h"));
    EXPECT_THAT(found->text, HasSubstr("(the article's “Efforts needed”)."));
}

TEST_F(RecommendationsTest, APlanWithinCapacityHasNoOverload) {
    plan.activity("Reels").setupHours = 28.0; // 28 + 11.2 = 39.2 h
    EXPECT_FALSE(run(overCapacity));
}

TEST_F(RecommendationsTest, OneChannelBringingMostOfTheReturnIsADependency) {
    // Instagram's R of 1000 makes it about 400 of ~540 points a week once matured.
    plan.activity("Reels").response.maxWeeklyReturn = 1000.0;
    const auto found = run(channelDependency);
    ASSERT_TRUE(found);
    EXPECT_THAT(found->text, HasSubstr("“Instagram” brings"));
    EXPECT_THAT(found->text, HasSubstr("more than 60 %"));
    EXPECT_THAT(found->text, HasSubstr("(the article's “Returns”)."));
}

TEST_F(RecommendationsTest, ReturnSpreadOverChannelsIsNoDependency) {
    EXPECT_FALSE(run(channelDependency));
}

TEST_F(RecommendationsTest, BroadcastHeavyPlanForACommunityObjectiveMisses) {
    starveNetworking(); // media 84 % of the effort
    plan.campaign.objective = Objective::Community;
    const auto found = run(trackObjectiveMismatch);
    ASSERT_TRUE(found);
    EXPECT_THAT(found->text, HasSubstr("Broadcast media takes 84 % of the effort, yet the "
                                       "objective is community"));
    EXPECT_THAT(found->text, HasSubstr("(the article's “End goals”)."));
}

TEST_F(RecommendationsTest, NetworkingHeavyPlanForSalesMisses) {
    // Media down to 0.2 × 2 × 0.6 + 0.2 × 3 × 0.6 = 0.6 h against 7 h: networking 92 %.
    plan.activity("Reels").cadencePerWeek = 0.2;
    plan.activity("Letter").cadencePerWeek = 0.2;
    plan.campaign.objective = Objective::Sales;
    const auto found = run(trackObjectiveMismatch);
    ASSERT_TRUE(found);
    EXPECT_THAT(found->text, HasSubstr("Relationship networking takes 92 % of the effort"));
}

TEST_F(RecommendationsTest, ABalancedPlanFitsEveryObjective) {
    for (const Objective objective : allValues<Objective>()) {
        plan.campaign.objective = objective;
        EXPECT_FALSE(run(trackObjectiveMismatch)) << toString(objective);
    }
}

TEST_F(RecommendationsTest, AutomatedNetworkingHasNoShortcut) {
    plan.activity("Forum replies").automated = true; // score −6: still networking
    const auto found = run(automatedNetworking);
    ASSERT_TRUE(found);
    EXPECT_THAT(found->text, HasSubstr("“Forum replies”"));
    EXPECT_THAT(found->text, HasSubstr("no shortcut"));
    EXPECT_THAT(found->text, HasSubstr("(the article's “Efforts needed”)."));
}

TEST_F(RecommendationsTest, HandRunNetworkingDrawsNoAutomationWarning) {
    EXPECT_FALSE(run(automatedNetworking));
}

TEST_F(RecommendationsTest, FourActivitiesOfATrackOnOneChannelAreCrowded) {
    for (std::int64_t id = 5; id <= 7; ++id) {
        plan.activities.push_back(
            test::ReportPlan::networking(id, "Forum", "Thread", Format::ThreadReply, 1.0, 0.5));
    }
    const auto found = run(crowdedChannel);
    ASSERT_TRUE(found);
    EXPECT_THAT(found->text, HasSubstr("“Forum” holds 4 networking activities"));
    EXPECT_THAT(found->text, HasSubstr("(the article's “Disadvantages”)."));
}

TEST_F(RecommendationsTest, ThreeOfATrackOrMixedTracksOnOneChannelAreFine) {
    for (std::int64_t id = 5; id <= 6; ++id) {
        plan.activities.push_back(
            test::ReportPlan::networking(id, "Forum", "Thread", Format::ThreadReply, 1.0, 0.5));
    }
    plan.activities.push_back(test::ReportPlan::media(8, "Forum", "Banner", Format::Ad, 1.0, 0.5));
    EXPECT_FALSE(run(crowdedChannel)); // 3 networking + 1 media
}

TEST_F(RecommendationsTest, ALargePlanNamesTheThreeMostCrowdedChannels) {
    // Five channels with 4, 5, 6, 7 and 8 networking activities each.
    std::int64_t id = 10;
    for (int channel = 0; channel < 5; ++channel) {
        for (int i = 0; i < 4 + channel; ++i) {
            plan.activities.push_back(test::ReportPlan::networking(
                ++id, "Group " + std::to_string(channel), "Thread", Format::ThreadReply, 1.0, 0.5));
        }
    }
    const auto found = run(crowdedChannel);
    ASSERT_TRUE(found);
    EXPECT_THAT(found->text, HasSubstr("“Group 4” holds 8 networking activities; “Group 3” holds "
                                       "7 networking activities; “Group 2” holds 6 networking "
                                       "activities; and 2 more channels"));
    EXPECT_THAT(found->text, ::testing::Not(HasSubstr("Group 0")));
}

TEST_F(RecommendationsTest, ReturnsOnTheDefaultRAreFlagged) {
    plan.activity("Letter").response.maxWeeklyReturn.reset();
    const auto found = run(defaultReturns);
    ASSERT_TRUE(found);
    EXPECT_THAT(found->text, HasSubstr("from 1 activity that rests on Castnet's default "
                                       "assumption of what an activity can return at most in a "
                                       "week, not the brand's own results"));
    EXPECT_EQ(found->headline, "20 % of the expected return rests on default assumptions.");
    EXPECT_THAT(found->text, HasSubstr("(the article's “Returns”)."));
}

TEST_F(RecommendationsTest, OwnReturnsNeedNoCalibrationWarning) {
    EXPECT_FALSE(run(defaultReturns));
}

TEST_F(RecommendationsTest, RisksComeBeforeAdvice) {
    plan.activity("Reels").automated = false;                 // advice
    plan.activity("Forum replies").automated = true;          // advice
    plan.activity("Letter").response.maxWeeklyReturn.reset(); // risk
    const auto found = runAll();
    ASSERT_EQ(found.size(), 3u);
    EXPECT_EQ(found[0].rule, RecommendationRule::DefaultReturns);
    EXPECT_EQ(found[1].rule, RecommendationRule::ScheduleMediaAhead);
    EXPECT_EQ(found[2].rule, RecommendationRule::AutomatedNetworking);
}

TEST_F(RecommendationsTest, AnEmptyPlanDrawsNoRule) {
    plan.activities.clear();
    EXPECT_TRUE(runAll().empty());
}

} // namespace
} // namespace castnet::core
