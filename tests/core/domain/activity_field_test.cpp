// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/activity_field.h"

#include <gtest/gtest.h>

#include "core/domain/campaign.h"

using namespace castnet::core;

namespace {

Activity validActivity() {
    Activity a;
    a.channel = "Instagram";
    a.title = "Launch reel";
    a.cadencePerWeek = 2;
    a.hoursPerOccurrence = 1.5;
    a.startWeek = 1;
    a.endWeek = 10;
    return a;
}

std::string refusal(ActivityField field, std::string_view text) {
    Activity a = validActivity();
    const Activity before = a;
    const auto written = writeField(a, field, text);
    EXPECT_EQ(a, before) << "a refused value must leave the activity as it was";
    return written ? std::string("accepted") : written.error().message;
}

} // namespace

TEST(ActivityFieldTest, ColumnsComeInTheCsvOrderOfTheSpec) {
    std::string header;
    for (const ActivityField field : allActivityFields())
        header += std::string(columnName(field)) + ",";
    EXPECT_EQ(header, "channel,title,format,interaction,automated,goal,cadence_per_week,"
                      "hours_per_occurrence,setup_hours,cost_per_occurrence,start_week,end_week,"
                      "max_weekly_return,half_saturation_hours,shape,carryover,track,notes,");
}

TEST(ActivityFieldTest, RequiredColumnsAreTheSpecsNine) {
    int required = 0;
    for (const ActivityField field : allActivityFields())
        required += isRequired(field) ? 1 : 0;
    EXPECT_EQ(required, 9);
    EXPECT_TRUE(isRequired(ActivityField::EndWeek));
    EXPECT_FALSE(isRequired(ActivityField::Automated));
}

TEST(ActivityFieldTest, EveryFieldRoundTripsThroughItsText) {
    Activity a = validActivity();
    a.automated = true;
    a.costPerOccurrence = Cents(1250);
    a.response.carryover = 0.35;
    a.trackOverride = Track::Networking;
    a.notes = "line one\nline two, \"quoted\"";
    for (const ActivityField field : allActivityFields()) {
        Activity copy = validActivity();
        for (const ActivityField f : allActivityFields())
            ASSERT_TRUE(writeField(copy, f, readField(a, f))) << columnName(f);
        EXPECT_EQ(readField(copy, field), readField(a, field)) << columnName(field);
    }
}

TEST(ActivityFieldTest, BlankOptionalCellsMeanTheDefaults) {
    Activity a = validActivity();
    a.response.shape = 2.0;
    a.trackOverride = Track::Media;
    a.setupHours = 3;
    ASSERT_TRUE(writeField(a, ActivityField::Shape, ""));
    ASSERT_TRUE(writeField(a, ActivityField::Track, " "));
    ASSERT_TRUE(writeField(a, ActivityField::SetupHours, ""));
    ASSERT_TRUE(writeField(a, ActivityField::Automated, ""));
    EXPECT_FALSE(a.response.shape);
    EXPECT_FALSE(a.trackOverride);
    EXPECT_EQ(a.setupHours, 0.0);
    EXPECT_FALSE(a.automated);
    EXPECT_EQ(readField(a, ActivityField::Shape), "");
}

TEST(ActivityFieldTest, AutomatedTakesYesNoTrueFalseOneZeroInAnyCase) {
    Activity a = validActivity();
    for (const char *yes : {"yes", "YES", "True", "1"}) {
        a.automated = false;
        ASSERT_TRUE(writeField(a, ActivityField::Automated, yes));
        EXPECT_TRUE(a.automated) << yes;
    }
    for (const char *no : {"no", "No", "FALSE", "0"}) {
        a.automated = true;
        ASSERT_TRUE(writeField(a, ActivityField::Automated, no));
        EXPECT_FALSE(a.automated) << no;
    }
    EXPECT_EQ(refusal(ActivityField::Automated, "maybe"),
              "automated must be yes, no, true, false, 1 or 0, not \"maybe\"");
}

TEST(ActivityFieldTest, OutOfRangeNumbersAreRefusedWithTheRange) {
    EXPECT_EQ(refusal(ActivityField::CadencePerWeek, "-1"),
              "cadence_per_week must be between 0 and 1000, not -1");
    EXPECT_EQ(refusal(ActivityField::CadencePerWeek, "1000.5"),
              "cadence_per_week must be between 0 and 1000, not 1000.5");
    EXPECT_EQ(refusal(ActivityField::HoursPerOccurrence, "169"),
              "hours_per_occurrence must be between 0 and 168, not 169");
    EXPECT_EQ(refusal(ActivityField::SetupHours, "10001"),
              "setup_hours must be between 0 and 10000, not 10001");
    EXPECT_EQ(refusal(ActivityField::HalfSaturationHours, "0"),
              "half_saturation_hours must be greater than 0, not 0");
    EXPECT_EQ(refusal(ActivityField::Shape, "-2"), "shape must be greater than 0, not -2");
    EXPECT_EQ(refusal(ActivityField::Carryover, "1"),
              "carryover must be at least 0 and below 1, not 1");
    EXPECT_EQ(refusal(ActivityField::MaxWeeklyReturn, "-5"),
              "max_weekly_return must be at least 0, not -5");
}

TEST(ActivityFieldTest, NonFiniteAndMalformedNumbersAreRefused) {
    EXPECT_EQ(refusal(ActivityField::CadencePerWeek, "nan"),
              "cadence_per_week must be a number, not \"nan\"");
    EXPECT_EQ(refusal(ActivityField::HoursPerOccurrence, "inf"),
              "hours_per_occurrence must be a number, not \"inf\"");
    EXPECT_EQ(refusal(ActivityField::CadencePerWeek, "1e999"),
              "cadence_per_week must be a number, not \"1e999\"");
    EXPECT_EQ(refusal(ActivityField::CadencePerWeek, "2,5"),
              "cadence_per_week must be a number, not \"2,5\"");
    EXPECT_EQ(refusal(ActivityField::CadencePerWeek, ""),
              "cadence_per_week must be a number, not \"\"");
}

TEST(ActivityFieldTest, WeeksMustBeWholeNumbers) {
    EXPECT_EQ(refusal(ActivityField::StartWeek, "1.5"),
              "start_week must be a whole number, not \"1.5\"");
    EXPECT_EQ(refusal(ActivityField::EndWeek, "soon"),
              "end_week must be a week number, not \"soon\"");
    EXPECT_EQ(refusal(ActivityField::StartWeek, "0"),
              "start_week must be between 1 and 260, not 0");
}

TEST(ActivityFieldTest, UnknownEnumWordsListTheAcceptedOnes) {
    EXPECT_EQ(refusal(ActivityField::Interaction, "shouting"),
              "interaction \"shouting\" is not one of: broadcast, dialogue, community");
    EXPECT_EQ(refusal(ActivityField::Track, "both"),
              "track \"both\" is not one of: media, networking");
}

TEST(ActivityFieldTest, TextCellsMustBeUtf8AndChannelAndTitleNonBlank) {
    EXPECT_EQ(refusal(ActivityField::Title, "  "), "title must not be empty");
    EXPECT_EQ(refusal(ActivityField::Channel, "bad \xFF byte"), "channel is not valid UTF-8 text");
    Activity a = validActivity();
    ASSERT_TRUE(writeField(a, ActivityField::Title, "  Spaced title "));
    EXPECT_EQ(a.title, "  Spaced title ") << "text cells are kept as typed";
    ASSERT_TRUE(writeField(a, ActivityField::Notes, ""));
}

TEST(ActivityFieldTest, MoneyCellsKeepExactCents) {
    Activity a = validActivity();
    ASSERT_TRUE(writeField(a, ActivityField::CostPerOccurrence, "19.99"));
    EXPECT_EQ(a.costPerOccurrence, Cents(1999));
    EXPECT_EQ(readField(a, ActivityField::CostPerOccurrence), "19.99");
    EXPECT_EQ(refusal(ActivityField::CostPerOccurrence, "19.999"),
              "cost_per_occurrence must have at most 2 decimals, not \"19.999\"");
}
