// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/week_label.h"

#include <gtest/gtest.h>

#include "core/domain/week_dates.h"

namespace castnet::core {
namespace {

// Week w is the 7 days from start + 7(w - 1). 2026-12-01 is a Tuesday.

TEST(WeekLabelTest, TheFirstWeekIsTheStartDayAndTheSixDaysAfter) {
    // 1 Dec + 6 days = 7 Dec.
    EXPECT_EQ(weekLabel("2026-12-01", 1), "wk 1 \u00b7 1 Dec \u2013 7 Dec");
}

TEST(WeekLabelTest, AWeekAcrossNewYearEndsInJanuary) {
    // 1 Dec + 7 * 4 = 29 Dec; 29 Dec + 6 = 35 Dec = 4 Jan (December has 31 days).
    EXPECT_EQ(weekLabel("2026-12-01", 5), "wk 5 \u00b7 29 Dec \u2013 4 Jan");
    EXPECT_EQ(weekDateRange("2026-12-01", 5), "29 Dec \u2013 4 Jan");
}

TEST(WeekLabelTest, AWeekAcrossAMonthEnd) {
    // 1 Dec + 7 * 8 = 1 Dec + 56 days = 57 Dec = 26 Jan; + 6 = 32 Jan = 1 Feb.
    EXPECT_EQ(weekDateRange("2026-12-01", 9), "26 Jan \u2013 1 Feb");
}

TEST(WeekLabelTest, ALeapDayIsOneOfTheSevenDays) {
    // 2028 is a leap year: 24, 25, 26, 27, 28, 29 Feb and 1 Mar.
    EXPECT_EQ(weekDateRange("2028-02-24", 1), "24 Feb \u2013 1 Mar");
    // 2027 is not: 24 ... 28 Feb, 1 Mar, 2 Mar.
    EXPECT_EQ(weekDateRange("2027-02-24", 1), "24 Feb \u2013 2 Mar");
}

TEST(WeekLabelTest, AStartDateThatIsNotADateShowsTheWeekAlone) {
    EXPECT_EQ(weekLabel("2027-02-29", 3), "wk 3"); // 2027 has no 29 February
    EXPECT_EQ(weekLabel("", 3), "wk 3");
    EXPECT_EQ(weekDateRange("soon", 3), "");
}

TEST(WeekDatesTest, TheLastWeekOfAFiveYearCampaign) {
    // 260 weeks: 2026-12-01 + 7 * 259 = + 1813 days. 2026-12-01 + 1826 days is
    // 2031-12-01 (365 * 5 + 1 leap day in 2028); 13 days earlier is 2031-11-18.
    const auto dates = weekDates("2026-12-01", 260);
    ASSERT_TRUE(dates.has_value());
    EXPECT_EQ(dates->first, parseIsoDate("2031-11-18"));
    EXPECT_EQ(dates->last, parseIsoDate("2031-11-24"));
}

} // namespace
} // namespace castnet::core
