// SPDX-License-Identifier: GPL-3.0-or-later
// The actuals CSV of DESIGN §12: naming activities and weeks two ways, rows
// that add up, the exact round trip, and one refusal per kind of bad file.
#include <gtest/gtest.h>

#include "core/actuals/actuals_csv.h"
#include "tests/support/sample_records.h"

namespace castnet::core {

namespace {

class ActualsCsvTest : public ::testing::Test {
protected:
    void SetUp() override {
        campaign.id = CampaignId{1};
        campaign.name = "Spring";
        campaign.startDate = "2027-01-04"; // a Monday; week 2 is 11 to 17 January
        campaign.weeks = 10;
        activities = {testing::makeActivity("Reel"), testing::makeActivity("Story"),
                      testing::makeActivity("Story")};
        activities[0].id = ActivityId{7};
        activities[1].id = ActivityId{8};
        activities[2].id = ActivityId{9};
        activities[2].channel = "TikTok";
    }

    Result<std::vector<Actual>> read(const std::string &text) {
        return readActualsCsv(text, campaign, activities);
    }

    std::string refusal(const std::string &text) {
        const auto result = read(text);
        EXPECT_FALSE(result.has_value());
        return result ? std::string() : result.error().message;
    }

    Campaign campaign;
    std::vector<Activity> activities;
};

TEST_F(ActualsCsvTest, AnActivityIsNamedByIdOrByChannelAndTitle) {
    const auto byId = read("activity_id,week,hours\n7,1,2.5\n");
    ASSERT_TRUE(byId) << byId.error().message;
    ASSERT_EQ(byId->size(), 1u);
    EXPECT_EQ((*byId)[0].activityId, ActivityId{7});
    EXPECT_EQ((*byId)[0].hours, 2.5);
    EXPECT_FALSE((*byId)[0].result.has_value());

    const auto byName = read("channel,title,week,hours,result\nTikTok,Story,3,1,12\n");
    ASSERT_TRUE(byName) << byName.error().message;
    EXPECT_EQ((*byName)[0].activityId, ActivityId{9});
    EXPECT_EQ((*byName)[0].result, 12.0);
}

TEST_F(ActualsCsvTest, ADateFallsInTheCampaignWeekThatHoldsIt) {
    // 2027-01-17 is the 7th day of week 2 (11 to 17 January); the 18th opens week 3.
    const auto actuals = read("activity_id,date,hours\n7,2027-01-17,1\n7,2027-01-18,1\n");
    ASSERT_TRUE(actuals) << actuals.error().message;
    ASSERT_EQ(actuals->size(), 2u);
    EXPECT_EQ((*actuals)[0].week, 2);
    EXPECT_EQ((*actuals)[1].week, 3);
}

TEST_F(ActualsCsvTest, RowsOfOneActivityAndWeekAddUp) {
    // Three posts of week 1: 1 + 1.5 + 0.5 = 3 hours, cost 2 + 3.5 = 5.5,
    // results 10 + 4 = 14 (the third row measured none).
    const auto actuals = read("activity_id,week,hours,cost,result,note\n"
                              "7,1,1,2,10,first\n8,1,4,,,\n7,1,1.5,3.5,4,second\n7,1,0.5,,,\n");
    ASSERT_TRUE(actuals) << actuals.error().message;
    ASSERT_EQ(actuals->size(), 2u);
    const Actual &reel = (*actuals)[0];
    EXPECT_EQ(reel.hours, 3.0);
    EXPECT_EQ(reel.cost, Cents{550});
    EXPECT_EQ(reel.result, 14.0);
    EXPECT_EQ(reel.note, "first; second");
}

TEST_F(ActualsCsvTest, ExportThenImportThenExportGivesTheSameBytes) {
    const std::vector<Actual> actuals{
        {ActivityId{7}, 1, 2.5, 0.5, Cents{1205}, 40.25, "=not a formula"},
        {ActivityId{9}, 4, 0.1, 0.0, Cents{}, std::nullopt, "a, \"quoted\" note"}};
    const std::string first = writeActualsCsv(actuals, campaign, activities);
    const auto back = read(first);
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(*back, actuals);
    EXPECT_EQ(writeActualsCsv(*back, campaign, activities), first);
}

TEST_F(ActualsCsvTest, AnUnknownActivityIsRefusedWithItsLine) {
    EXPECT_EQ(refusal("activity_id,week,hours\n7,1,1\n12,1,1\n"),
              "line 3, column activity_id: the campaign has no activity with id \"12\"");
}

TEST_F(ActualsCsvTest, AnAmbiguousChannelAndTitleIsRefused) {
    // A second "Story" on Instagram makes the name ambiguous.
    activities[2].channel = "Instagram";
    EXPECT_EQ(refusal("channel,title,week,hours\nInstagram,Story,1,1\n"),
              "line 2, column title: 2 activities are \"Story\" on Instagram; give activity_id");
}

TEST_F(ActualsCsvTest, ADateOutsideTheCampaignIsRefused) {
    // 10 weeks from 4 January 2027 end on 14 March 2027.
    EXPECT_EQ(refusal("activity_id,date,hours\n7,2027-03-15,1\n"),
              "line 2, column date: 2027-03-15 lies outside the campaign (2027-01-04 to "
              "2027-03-14)");
}

TEST_F(ActualsCsvTest, NegativeHoursAreRefused) {
    EXPECT_EQ(refusal("activity_id,week,hours\n7,1,-2\n"),
              "line 2, column hours: must be at least 0");
}

TEST_F(ActualsCsvTest, ANonNumberIsRefused) {
    EXPECT_EQ(refusal("activity_id,week,hours,result\n7,1,1,lots\n"),
              "line 2, column result: \"lots\" is not a number");
}

TEST_F(ActualsCsvTest, ADuplicateColumnIsRefused) {
    EXPECT_EQ(refusal("activity_id,week,hours,hours\n7,1,1,1\n"),
              "line 1: the column \"hours\" appears twice");
}

TEST_F(ActualsCsvTest, BytesThatAreNotUtf8AreRefused) {
    const std::string message = refusal("activity_id,week,hours,note\n7,1,1,caf\xe9\n");
    EXPECT_TRUE(message.starts_with("line 2")) << message;
    EXPECT_NE(message.find("UTF-8"), std::string::npos) << message;
}

TEST_F(ActualsCsvTest, AHeaderWithoutAWayToNameTheActivityOrWeekIsRefused) {
    EXPECT_EQ(refusal("title,week,hours\nReel,1,1\n"),
              "line 1: the header needs activity_id, or channel and title");
    EXPECT_EQ(refusal("activity_id,hours\n7,1\n"), "line 1: the header needs week or date");
}

} // namespace

} // namespace castnet::core
