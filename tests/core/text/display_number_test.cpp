// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/display_number.h"

#include <clocale>
#include <limits>
#include <string>

#include <gtest/gtest.h>

using namespace castnet::core;

namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();
constexpr double notANumber = std::numeric_limits<double>::quiet_NaN();
const std::string nnbsp = "\u202F"; // the report's thousands separator

} // namespace

TEST(DisplayNumberTest, FixedWritesTheDecimalsAskedForWithoutGrouping) {
    EXPECT_EQ(displayNumber(1234.5, DisplayStyle::fixed(2)), "1234.50");
    EXPECT_EQ(displayNumber(1234567.0, DisplayStyle::fixed(0)), "1234567");
    EXPECT_EQ(displayNumber(-3.14159, DisplayStyle::fixed(3)), "-3.142");
    EXPECT_EQ(displayNumber(0.0, DisplayStyle::fixed(1)), "0.0");
}

TEST(DisplayNumberTest, AFigureThatRoundsToZeroHasNoSign) {
    EXPECT_EQ(displayNumber(-0.0, DisplayStyle::fixed(1)), "0.0");
    EXPECT_EQ(displayNumber(-0.04, DisplayStyle::fixed(1)), "0.0");
    EXPECT_EQ(displayNumber(-0.06, DisplayStyle::fixed(1)), "-0.1");
    EXPECT_EQ(displayNumber(-0.004, DisplayStyle::report(2)), "0.00");
    EXPECT_EQ(displayNumber(-0.001, DisplayStyle::chart(-0.001)), "0");
}

TEST(DisplayNumberTest, TiesGoToTheEvenDigitUnlessTheStyleRoundsAway) {
    // 0.125, 2.5 and 12.25 are exact in binary: true ties.
    EXPECT_EQ(displayNumber(0.125, DisplayStyle::fixed(2)), "0.12");
    EXPECT_EQ(displayNumber(2.5, DisplayStyle::fixed(0)), "2");
    EXPECT_EQ(displayNumber(3.5, DisplayStyle::fixed(0)), "4");
    EXPECT_EQ(displayNumber(12.25, DisplayStyle::fixed(1)), "12.2");
    EXPECT_EQ(displayNumber(12.25, DisplayStyle::chart(12.25)), "12.3");
    EXPECT_EQ(displayNumber(-12.25, DisplayStyle::chart(-12.25)), "-12.3");
    EXPECT_EQ(displayNumber(0.125, DisplayStyle::chart(0.125)), "0.13");
    EXPECT_EQ(displayNumber(1234.5, DisplayStyle::chartMoney(1234.5)), "1235");
    // 12.35 is 12.3499… in binary: not a tie, so both round down.
    EXPECT_EQ(displayNumber(12.35, DisplayStyle::fixed(1)), "12.3");
    EXPECT_EQ(displayNumber(12.35, DisplayStyle::chart(12.35)), "12.3");
}

TEST(DisplayNumberTest, AtMostDropsTrailingZerosAndThePoint) {
    EXPECT_EQ(displayNumber(21.3, DisplayStyle::atMost(2)), "21.3");
    EXPECT_EQ(displayNumber(20.0, DisplayStyle::atMost(2)), "20");
    EXPECT_EQ(displayNumber(7.55, DisplayStyle::atMost(2)), "7.55");
    EXPECT_EQ(displayNumber(100.004, DisplayStyle::atMost(2)), "100");
    EXPECT_EQ(displayNumber(0.001, DisplayStyle::atMost(2)), "0");
}

TEST(DisplayNumberTest, PlusSignMarksFiguresAboveZeroOnly) {
    DisplayStyle style = DisplayStyle::fixed(1);
    style.plusSign = true;
    EXPECT_EQ(displayNumber(2.14, style), "+2.1");
    EXPECT_EQ(displayNumber(0.01, style), "0.0");
    EXPECT_EQ(displayNumber(-2.14, style), "-2.1");
}

TEST(DisplayNumberTest, ReportGroupsThousandsWithANarrowNoBreakSpace) {
    EXPECT_EQ(displayNumber(1234.5, DisplayStyle::report(1)), "1" + nnbsp + "234.5");
    EXPECT_EQ(displayNumber(-1234567.0, DisplayStyle::report(0)),
              "-1" + nnbsp + "234" + nnbsp + "567");
    EXPECT_EQ(displayNumber(999.0, DisplayStyle::report(0)), "999");
    EXPECT_EQ(displayNumber(100000.0, DisplayStyle::report(0)), "100" + nnbsp + "000");
    EXPECT_EQ(displayNumber(infinity, DisplayStyle::report(1)), "–");
    EXPECT_EQ(displayNumber(notANumber, DisplayStyle::report(1)), "–");
}

TEST(DisplayNumberTest, ReportStylesShedDecimalsAsFiguresGrow) {
    EXPECT_EQ(displayNumber(12.46, DisplayStyle::reportHours(12.46)), "12.5");
    EXPECT_EQ(displayNumber(999.94, DisplayStyle::reportHours(999.94)), "999.9");
    EXPECT_EQ(displayNumber(1668.7, DisplayStyle::reportHours(1668.7)), "1" + nnbsp + "669");
    EXPECT_EQ(displayNumber(9999.5, DisplayStyle::reportMoney(9999.5)), "9" + nnbsp + "999.50");
    EXPECT_EQ(displayNumber(20702.5, DisplayStyle::reportMoney(20702.5)), "20" + nnbsp + "702");
    EXPECT_EQ(displayNumber(99.96, DisplayStyle::reportAmount(99.96)), "100.0");
    EXPECT_EQ(displayNumber(100.4, DisplayStyle::reportAmount(100.4)), "100");
}

TEST(DisplayNumberTest, ChartStylesShrinkPrecisionWithoutTrailingZeros) {
    EXPECT_EQ(displayNumber(8.25, DisplayStyle::chart(8.25)), "8.25");
    EXPECT_EQ(displayNumber(8.5, DisplayStyle::chart(8.5)), "8.5");
    EXPECT_EQ(displayNumber(3.0, DisplayStyle::chart(3.0)), "3");
    EXPECT_EQ(displayNumber(56.74, DisplayStyle::chart(56.74)), "56.7");
    EXPECT_EQ(displayNumber(1234.4, DisplayStyle::chart(1234.4)), "1234");
    EXPECT_EQ(displayNumber(0.0, DisplayStyle::chart(0.0)), "0");
    EXPECT_EQ(displayNumber(infinity, DisplayStyle::chart(infinity)), "—");
}

TEST(DisplayNumberTest, ChartMoneyShowsCentsOnlyWhenThereAreAnyBelowAThousand) {
    EXPECT_EQ(displayNumber(12.5, DisplayStyle::chartMoney(12.5)), "12.50");
    EXPECT_EQ(displayNumber(12.004, DisplayStyle::chartMoney(12.004)), "12");
    EXPECT_EQ(displayNumber(999.99, DisplayStyle::chartMoney(999.99)), "999.99");
    EXPECT_EQ(displayNumber(1000.75, DisplayStyle::chartMoney(1000.75)), "1001");
}

TEST(DisplayNumberTest, ChartPercentKeepsOneDecimalBelowOnePercent) {
    EXPECT_EQ(displayNumber(0.44, DisplayStyle::chartPercent(0.44)), "0.4");
    EXPECT_EQ(displayNumber(0.95, DisplayStyle::chartPercent(0.95)), "0.9"); // 0.9499… in binary
    EXPECT_EQ(displayNumber(62.5, DisplayStyle::chartPercent(62.5)), "63");
    EXPECT_EQ(displayNumber(0.0, DisplayStyle::chartPercent(0.0)), "0");
}

TEST(DisplayNumberTest, PercentIsAWholeNumberOfPercent) {
    EXPECT_EQ(displayPercent(0.376), "38 %");
    EXPECT_EQ(displayPercent(1.8), "180 %");
    EXPECT_EQ(displayPercent(0.0), "0 %");
    EXPECT_EQ(displayPercent(0.625), "62 %"); // 62.5 exactly: ties to even
}

TEST(DisplayNumberTest, PlainStylesWriteNonFiniteFiguresAsFmtDoes) {
    EXPECT_EQ(displayNumber(infinity, DisplayStyle::fixed(2)), "inf");
    EXPECT_EQ(displayNumber(-infinity, DisplayStyle::fixed(2)), "-inf");
}

TEST(DisplayNumberTest, ADecimalCommaLocaleChangesNothing) {
    struct RestoreLocale {
        std::string saved;
        ~RestoreLocale() { std::setlocale(LC_ALL, saved.c_str()); }
    } restore{std::setlocale(LC_ALL, nullptr)};
    if (std::setlocale(LC_ALL, "de_DE.UTF-8") == nullptr)
        GTEST_SKIP() << "the de_DE.UTF-8 locale is not installed (scripts/setup.sh installs it)";
    EXPECT_EQ(displayNumber(1234.5, DisplayStyle::fixed(2)), "1234.50");
    EXPECT_EQ(displayNumber(1234.5, DisplayStyle::report(1)), "1" + nnbsp + "234.5");
}
