// SPDX-License-Identifier: GPL-3.0-or-later
// The window names fields as a person would; the core, and with it the CLI
// and the CSV reader, keeps naming the CSV columns.
#include <gtest/gtest.h>

#include "core/domain/activity.h"
#include "core/domain/campaign.h"
#include "ui/editor/field_label.h"

namespace castnet::ui::test {
namespace {

core::Activity runningFromWeek(int start, int end) {
    core::Activity activity;
    activity.channel = "Meetup";
    activity.title = "Monthly meetup";
    activity.startWeek = start;
    activity.endWeek = end;
    return activity;
}

TEST(FieldLabelTest, TheWindowNamesTheFieldsOfACoreMessageByTheirLabels) {
    const auto valid = core::validate(runningFromWeek(6, 3));
    ASSERT_FALSE(valid);
    // The CLI and the CSV keep the column names...
    EXPECT_EQ(valid.error().message, "end_week 3 is before start_week 6");
    // ...the window says them as its table does.
    EXPECT_EQ(readableMessage(valid.error()), QStringLiteral("End week 3 is before start week 6"));
}

TEST(FieldLabelTest, APlainWordThatIsAlsoAFieldNameStaysAPlainWord) {
    auto campaign = core::defaultCampaign("Spring launch", "2026-03-02");
    campaign.weeks = 4;
    const auto valid = core::validate(runningFromWeek(5, 5), campaign);
    ASSERT_FALSE(valid);
    EXPECT_EQ(readableMessage(valid.error()),
              QStringLiteral("Start week 5 is after the campaign's 4 weeks"));
}

TEST(FieldLabelTest, ACampaignFieldOpensItsMessageWithTheFormsLabel) {
    auto campaign = core::defaultCampaign("Spring launch", "2026-03-02");
    campaign.returnUnit.clear();
    const auto valid = core::validate(campaign);
    ASSERT_FALSE(valid);
    EXPECT_EQ(valid.error().message, "return_unit must not be empty");
    EXPECT_EQ(readableMessage(valid.error()), QStringLiteral("Return unit must not be empty"));
    EXPECT_EQ(readableMessage(core::Error::user("weeks cannot be 6: activity \"Meetup\" ends in "
                                                "week 12; shorten it first",
                                                "weeks")),
              QStringLiteral("Length cannot be 6: activity \"Meetup\" ends in week 12; shorten "
                             "it first"));
}

TEST(FieldLabelTest, EveryActivityFieldHasALabelOfItsOwn) {
    EXPECT_EQ(fieldLabel(core::ActivityField::CadencePerWeek), QStringLiteral("Per week"));
    EXPECT_EQ(fieldLabel(core::ActivityField::HoursPerOccurrence), QStringLiteral("Hours each"));
    for (const auto field : core::allActivityFields())
        EXPECT_NE(fieldLabel(field), QString::fromUtf8(core::columnName(field).data()))
            << core::columnName(field);
}

} // namespace
} // namespace castnet::ui::test
