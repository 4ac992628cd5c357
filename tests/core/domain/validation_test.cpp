// SPDX-License-Identifier: GPL-3.0-or-later
#include <limits>

#include <gtest/gtest.h>

#include "core/domain/activity.h"
#include "core/domain/brand.h"
#include "core/domain/campaign.h"

using namespace castnet::core;

namespace {

Campaign campaignOf(int weeks) {
    Campaign c = defaultCampaign("Spring", "2026-03-02");
    c.weeks = weeks;
    return c;
}

Activity activityOf(int start, int end) {
    Activity a;
    a.channel = "LinkedIn";
    a.title = "Answer questions";
    a.startWeek = start;
    a.endWeek = end;
    return a;
}

std::string messageOf(const Result<void> &result) {
    return result ? std::string("valid") : result.error().message;
}

} // namespace

TEST(ValidationTest, ActivityWeeksMustFitTheCampaign) {
    EXPECT_EQ(messageOf(validate(activityOf(1, 26), campaignOf(26))), "valid");
    EXPECT_EQ(messageOf(validate(activityOf(1, 60), campaignOf(26))),
              "end_week 60 is after the campaign's 26 weeks");
    EXPECT_EQ(messageOf(validate(activityOf(30, 30), campaignOf(26))),
              "start_week 30 is after the campaign's 26 weeks");
    EXPECT_EQ(messageOf(validate(activityOf(5, 3), campaignOf(26))),
              "end_week 3 is before start_week 5");
}

TEST(ValidationTest, ActivityNumbersSetInCodeAreCheckedToo) {
    Activity a = activityOf(1, 2);
    a.cadencePerWeek = std::numeric_limits<double>::quiet_NaN();
    EXPECT_EQ(messageOf(validate(a)), "cadence_per_week must be a finite number");
    a = activityOf(1, 2);
    a.response.carryover = 1.0;
    EXPECT_EQ(validate(a).error().field, "carryover");
    a = activityOf(1, 2);
    a.costPerOccurrence = Cents(-1);
    EXPECT_EQ(validate(a).error().field, "cost_per_occurrence");
}

TEST(ValidationTest, NewCampaignsGetTheSpecDefaults) {
    const Campaign c = defaultCampaign("Launch", "2026-11-25");
    EXPECT_EQ(c.objective, Objective::Awareness);
    EXPECT_EQ(c.weeks, 52);
    EXPECT_EQ(c.capacityHoursPerWeek, 40.0);
    EXPECT_FALSE(c.budgetPerWeek);
    EXPECT_EQ(c.currency, "EUR");
    EXPECT_EQ(c.returnUnit, "points");
    EXPECT_EQ(c.automationSaving, 0.4);
    EXPECT_EQ(messageOf(validate(c)), "valid");
}

TEST(ValidationTest, CampaignFieldsAreCheckedWithTheirNames) {
    Campaign c = campaignOf(0);
    EXPECT_EQ(messageOf(validate(c)), "weeks must be between 1 and 260, not 0");
    c = campaignOf(261);
    EXPECT_EQ(validate(c).error().field, "weeks");
    c = campaignOf(10);
    c.startDate = "2026-02-30";
    EXPECT_EQ(messageOf(validate(c)),
              "start_date must be a date such as 2026-03-01, not \"2026-02-30\"");
    c = campaignOf(10);
    c.automationSaving = 1.0;
    EXPECT_EQ(messageOf(validate(c)), "automation_saving must be at least 0 and below 1, not 1");
    c = campaignOf(10);
    c.capacityHoursPerWeek = -1;
    EXPECT_EQ(validate(c).error().field, "capacity_hours_per_week");
    c = campaignOf(10);
    c.name = " ";
    EXPECT_EQ(messageOf(validate(c)), "name must not be empty");
    c = campaignOf(10);
    c.currency = "";
    EXPECT_EQ(validate(c).error().field, "currency");
}

TEST(ValidationTest, TodayIsAnIsoDate) {
    Campaign c = defaultCampaign("Now", todayIsoDate());
    EXPECT_EQ(messageOf(validate(c)), "valid");
}

TEST(ValidationTest, BrandNeedsANonBlankName) {
    Brand b;
    EXPECT_EQ(messageOf(validate(b)), "brand name must not be empty");
    b.name = "Lumen";
    EXPECT_EQ(messageOf(validate(b)), "valid");
}
