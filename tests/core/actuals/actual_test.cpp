// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actuals/actual.h"

#include <gtest/gtest.h>

#include "core/actuals/actual_weeks.h"
#include "core/domain/campaign.h"

namespace castnet::core {
namespace {

Actual weekOf(ActivityId id, int week, double hours, std::optional<double> result) {
    Actual actual;
    actual.activityId = id;
    actual.week = week;
    actual.hours = hours;
    actual.result = result;
    return actual;
}

TEST(ActualTest, RefusesAWeekOutsideTheCampaignAndNegativeFigures) {
    Campaign campaign;
    campaign.weeks = 10;
    Actual actual = weekOf(ActivityId{1}, 11, 1.0, 2.0);
    EXPECT_EQ(validate(actual, campaign).error().field, "week");
    actual.week = 10;
    EXPECT_TRUE(validate(actual, campaign).has_value());
    actual.setupHours = -1.0;
    EXPECT_EQ(validate(actual, campaign).error().field, "setup_hours");
    actual.setupHours = 0.0;
    actual.result = -0.5;
    EXPECT_EQ(validate(actual, campaign).error().field, "result");
}

TEST(ActualTest, AsOfWeekIsTheLastWeekWithAnyActual) {
    EXPECT_EQ(asOfWeek({}), 0);
    EXPECT_EQ(asOfWeek({weekOf(ActivityId{1}, 3, 0.0, std::nullopt),
                        weekOf(ActivityId{2}, 7, 0.0, std::nullopt)}),
              7);
}

TEST(ActualTest, OutputFromActualsUndoesTheAutomationSavingForAutomatedMediaOnly) {
    Campaign campaign;
    campaign.automationSaving = 0.4;
    Activity scheduled; // broadcast image awareness, automated: media
    scheduled.id = ActivityId{1};
    scheduled.automated = true;
    Activity talk = scheduled; // automated, but a dialogue: networking
    talk.id = ActivityId{2};
    talk.interaction = Interaction::Dialogue;
    talk.format = Format::DirectMessage;
    talk.goal = Goal::Relationships;
    const std::vector<ActualWeeks> weeks =
        actualWeeks(campaign, {scheduled, talk},
                    {weekOf(ActivityId{1}, 1, 6.0, 1.0), weekOf(ActivityId{2}, 1, 6.0, 1.0)}, 1);
    EXPECT_DOUBLE_EQ(weeks[0].output[0], 10.0); // 6 / (1 − 0.4)
    EXPECT_DOUBLE_EQ(weeks[1].output[0], 6.0);
}

TEST(ActualTest, RowsOfOneWeekAddUpAndAMissingWeekDidNotRun) {
    Campaign campaign;
    Activity activity;
    activity.id = ActivityId{5};
    const std::vector<ActualWeeks> weeks = actualWeeks(
        campaign, {activity},
        {weekOf(ActivityId{5}, 1, 1.5, 2.0), weekOf(ActivityId{5}, 1, 0.5, std::nullopt),
         weekOf(ActivityId{5}, 3, 1.0, 4.0), weekOf(ActivityId{5}, 1, 1.0, 3.0)},
        3);
    EXPECT_DOUBLE_EQ(weeks[0].hours[0], 3.0);                  // 1.5 + 0.5 + 1
    EXPECT_EQ(weeks[0].result[0], std::optional<double>(5.0)); // 2 + 3
    EXPECT_DOUBLE_EQ(weeks[0].hours[1], 0.0);
    EXPECT_FALSE(weeks[0].result[1].has_value());
    EXPECT_EQ(weeks[0].measuredWeeks(), 2);
}

} // namespace
} // namespace castnet::core
