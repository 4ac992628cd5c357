// SPDX-License-Identifier: GPL-3.0-or-later
#include <limits>

#include <gtest/gtest.h>

#include "core/domain/activity.h"
#include "core/domain/brand.h"
#include "core/domain/campaign.h"
#include "core/domain/scenario.h"

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

TEST(ValidationTest, PlanIsReservedInAnyCaseAndSpacing) {
    for (const char *name : {"plan", "Plan", " PLAN ", "\tplan"})
        EXPECT_TRUE(isReservedScenarioName(name)) << name;
    for (const char *name : {"plans", "the plan", "", "pla n", "Plän"})
        EXPECT_FALSE(isReservedScenarioName(name)) << name;
}

TEST(ValidationTest, ScenarioNamesAreCheckedWithTheirField) {
    EXPECT_EQ(messageOf(validateScenarioName("Lean")), "valid");
    EXPECT_EQ(messageOf(validateScenarioName("  ")), "scenario name must not be empty");
    EXPECT_EQ(messageOf(validateScenarioName(std::string(201, 'x'))),
              "scenario name must be at most 200 characters long, not 201");
    EXPECT_EQ(messageOf(validateScenarioName(std::string("a\0b", 3))),
              "scenario name is not valid UTF-8 text");
    EXPECT_EQ(messageOf(validateScenarioName(" Plan")),
              "\"plan\" is the name of the plan itself; choose another scenario name");
    EXPECT_EQ(validateScenarioName("").error().field, "name");
}

TEST(ValidationTest, ScenarioHoursAreFiniteNonNegativeAndGivenOnce) {
    Scenario s;
    s.name = "Lean";
    s.allocations = {{ActivityId{7}, 2.5}, {ActivityId{8}, 0}};
    EXPECT_EQ(messageOf(validate(s)), "valid");
    s.allocations[1].hours = std::numeric_limits<double>::infinity();
    EXPECT_EQ(messageOf(validate(s)), "hours for activity 8 must be between 0 and 1e+12, not non-finite");
    s.allocations[1].hours = -0.5;
    EXPECT_EQ(messageOf(validate(s)), "hours for activity 8 must be between 0 and 1e+12, not -0.5");
    EXPECT_EQ(validate(s).error().field, "hours");
    s.allocations[1] = {ActivityId{7}, 1};
    EXPECT_EQ(messageOf(validate(s)), "activity 7 appears twice in scenario \"Lean\"");
    s.name = "plan"; // the name is checked first
    EXPECT_EQ(validate(s).error().field, "name");
}
