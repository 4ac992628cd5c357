// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/calendar/weekly_recurrence.h"

#include <gtest/gtest.h>

#include "core/domain/week_dates.h"

namespace castnet::core {
namespace {

using namespace std::chrono;

TEST(WeeklyRecurrenceTest, WholeCadencesSpreadOverTheWorkingWeekFirst) {
    const std::vector<std::vector<weekday>> expected{
        {Monday},
        {Tuesday, Thursday},
        {Monday, Wednesday, Friday},
        {Monday, Tuesday, Thursday, Friday},
        {Monday, Tuesday, Wednesday, Thursday, Friday},
        {Monday, Tuesday, Wednesday, Thursday, Friday, Saturday},
        {Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday},
    };
    for (int n = 1; n <= 7; ++n) {
        const auto recurrence = weeklyRecurrence(n);
        ASSERT_TRUE(recurrence.has_value());
        EXPECT_EQ(recurrence->days, expected[static_cast<std::size_t>(n - 1)]) << n;
        EXPECT_EQ(recurrence->intervalWeeks, 1);
        EXPECT_EQ(recurrence->perWeek, n);
        EXPECT_FALSE(recurrence->oneEventADay);
    }
}

TEST(WeeklyRecurrenceTest, AFractionalCadenceOfOneOrMoreIsRounded) {
    EXPECT_EQ(weeklyRecurrence(2.4)->perWeek, 2);
    EXPECT_EQ(weeklyRecurrence(2.5)->perWeek, 3); // halves round up
    EXPECT_EQ(weeklyRecurrence(1.0)->days, std::vector<weekday>{Monday});
}

TEST(WeeklyRecurrenceTest, MoreThanSevenAWeekIsOneEventEveryDay) {
    const auto recurrence = weeklyRecurrence(10);
    EXPECT_EQ(recurrence->days.size(), 7u);
    EXPECT_EQ(recurrence->perWeek, 10);
    EXPECT_TRUE(recurrence->oneEventADay);
}

TEST(WeeklyRecurrenceTest, LessThanOnceAWeekRepeatsEveryFewWeeksOnMonday) {
    EXPECT_EQ(weeklyRecurrence(0.5)->intervalWeeks, 2);  // 1 / 0.5 = 2
    EXPECT_EQ(weeklyRecurrence(0.3)->intervalWeeks, 3);  // 1 / 0.3 = 3.33
    EXPECT_EQ(weeklyRecurrence(0.4)->intervalWeeks, 3);  // 1 / 0.4 = 2.5, rounded up
    EXPECT_EQ(weeklyRecurrence(0.75)->intervalWeeks, 1); // 1 / 0.75 = 1.33
    EXPECT_EQ(weeklyRecurrence(0.5)->days, std::vector<weekday>{Monday});
}

TEST(WeeklyRecurrenceTest, CadenceZeroHasNoSeries) {
    EXPECT_FALSE(weeklyRecurrence(0).has_value());
}

TEST(WeeklyRecurrenceTest, TheFirstOccurrenceIsTheFirstChosenDayOfTheWeek) {
    // 2026-11-25 is a Wednesday; its campaign week runs to Tuesday 1 Dec.
    const sys_days wednesday = *parseIsoDate("2026-11-25");
    EXPECT_EQ(firstOccurrence(wednesday, {Monday, Wednesday, Friday}), wednesday);
    EXPECT_EQ(firstOccurrence(wednesday, {Tuesday, Thursday}), *parseIsoDate("2026-11-26"));
    EXPECT_EQ(firstOccurrence(wednesday, {Monday}), *parseIsoDate("2026-11-30"));
}

} // namespace
} // namespace castnet::core
