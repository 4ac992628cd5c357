// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/number_format.h"

#include <clocale>
#include <limits>
#include <string>

#include <gtest/gtest.h>

using namespace castnet::core;

TEST(NumberFormatTest, ParsesDecimalNumbersWithADot) {
    EXPECT_DOUBLE_EQ(parseDouble("3").value(), 3.0);
    EXPECT_DOUBLE_EQ(parseDouble(" 0.25 ").value(), 0.25);
    EXPECT_DOUBLE_EQ(parseDouble("-1.5").value(), -1.5);
    EXPECT_DOUBLE_EQ(parseDouble("+2").value(), 2.0);
    EXPECT_DOUBLE_EQ(parseDouble("1e3").value(), 1000.0);
}

TEST(NumberFormatTest, RefusesNonFiniteOverflowingAndMalformedNumbers) {
    for (const char *text : {"", " ", "nan", "NaN", "inf", "-inf", "infinity", "1e400", "1,5",
                             "1.5x", "0x10", "++1", "+-1"})
        EXPECT_FALSE(parseDouble(text)) << text;
}

TEST(NumberFormatTest, ADecimalCommaLocaleChangesNothing) {
    // Qt sets the C locale from the environment; files must mean the same.
    struct RestoreLocale {
        std::string saved;
        ~RestoreLocale() { std::setlocale(LC_ALL, saved.c_str()); }
    } restore{std::setlocale(LC_ALL, nullptr)};
    if (std::setlocale(LC_ALL, "de_DE.UTF-8") == nullptr)
        GTEST_SKIP() << "the de_DE.UTF-8 locale is not installed (scripts/setup.sh installs it)";
    ASSERT_EQ(std::string(std::localeconv()->decimal_point), ",");
    ASSERT_EQ(std::to_string(2.5), "2,500000") << "the locale is in force";
    EXPECT_DOUBLE_EQ(parseDouble("2.5").value(), 2.5);
    EXPECT_FALSE(parseDouble("2,5"));
    EXPECT_EQ(formatDouble(2.5), "2.5");
    EXPECT_EQ(formatDouble(1234567.25), "1234567.25");
}

TEST(NumberFormatTest, WritesTheShortestTextThatReadsBackExactly) {
    EXPECT_EQ(formatDouble(0.1), "0.1");
    EXPECT_EQ(formatDouble(3.0), "3");
    EXPECT_EQ(formatDouble(-0.0), "0");
    const double awkward = 0.1 + 0.2;
    EXPECT_EQ(parseDouble(formatDouble(awkward)).value(), awkward);
}

TEST(NumberFormatTest, ParsesWholeNumbersOnly) {
    EXPECT_EQ(parseInt("12").value(), 12);
    EXPECT_EQ(parseInt(" 7 ").value(), 7);
    EXPECT_FALSE(parseInt("1.5"));
    EXPECT_FALSE(parseInt("99999999999"));
    EXPECT_FALSE(parseInt(""));
}

TEST(NumberFormatTest, RecognisesWellFormedUtf8) {
    EXPECT_TRUE(isValidUtf8("plain"));
    EXPECT_TRUE(isValidUtf8("caf\xC3\xA9 \xE4\xB8\xAD\xE6\x96\x87 \xF0\x9F\x9A\xB2"));
    EXPECT_FALSE(isValidUtf8("\xC3"));             // truncated
    EXPECT_FALSE(isValidUtf8("\xC0\xAF"));         // overlong '/'
    EXPECT_FALSE(isValidUtf8("\xED\xA0\x80"));     // UTF-16 surrogate
    EXPECT_FALSE(isValidUtf8("\xF4\x90\x80\x80")); // past U+10FFFF
    EXPECT_FALSE(isValidUtf8("\xFF"));
}
