// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace castnet::core {

// The one formatter for figures that people read: the command line's tables
// and messages, the report, and the charts (ui/charts/figure_format.h only
// localizes the digits this writes). Files never go through it; they use
// formatDouble() (number_format.h), whose text reads back to the same double.
//
// Whatever the style, a figure that rounds to zero is written without a
// sign ("0.0", never "-0.0"), and the digits are ASCII with '.' as the point:
// no locale is consulted.

enum class Rounding {
    // Ties go to the even digit (2.25 → "2.2"), as printf and fmt round:
    // the command line and the report.
    HalfToEven,
    // Ties go away from zero (2.25 → "2.3"), as QLocale rounds: the charts,
    // whose figures read as they did when Qt wrote them.
    HalfAwayFromZero,
};

enum class TrimZeros {
    None,     // "12.50"
    Trailing, // "12.5", "3": trailing zeros go, and the point with them
};

// How a figure is written. The named constructors are the styles in use;
// those that take the figure choose fewer decimals as it grows, so that a
// column of figures stays readable.
struct DisplayStyle {
    int decimals = 0; // places after the point, before any trimming
    TrimZeros trim = TrimZeros::None;
    Rounding rounding = Rounding::HalfToEven;
    // Between groups of three digits of the whole part; empty: no grouping.
    std::string_view groupSeparator;
    // The text for NaN and infinities; empty: "nan", "inf", "-inf".
    std::string_view nonFinite;
    // A '+' before a figure that does not round to zero: "+2.1", "0.0", "-2.1".
    bool plusSign = false;

    // The command line and messages: "1234.50", no grouping.
    static DisplayStyle fixed(int decimals);
    // At most `decimals` places, no trailing zeros: "21.3", "20".
    static DisplayStyle atMost(int decimals);

    // The report: thousands grouped by U+202F NARROW NO-BREAK SPACE, which
    // cannot be read as a decimal separator and keeps a figure on one line;
    // "–" for no figure. "1 234.5"
    static DisplayStyle report(int decimals);
    // Hours: 1 decimal, none from 1 000 on.
    static DisplayStyle reportHours(double hours);
    // Money: 2 decimals, none from 10 000 on.
    static DisplayStyle reportMoney(double units);
    // Any other amount (a return): 1 decimal, none from 100 on.
    static DisplayStyle reportAmount(double value);

    // The charts and the tracks view, rounded as Qt rounds; "—" for no
    // figure. Numbers, hours and returns: 2 decimals, 1 from 10 on, none
    // from 100 on, without trailing zeros (1234 · 56.7 · 8.25).
    static DisplayStyle chart(double value);
    // Money: 2 decimals unless the cents are zero; none from 1 000 on.
    static DisplayStyle chartMoney(double units);
    // A percentage: 1 decimal below 1 %, none from there on.
    static DisplayStyle chartPercent(double percent);
};

std::string displayNumber(double value, const DisplayStyle &style);

// A fraction as a whole percentage, the command line's way: 0.376 → "38 %".
std::string displayPercent(double fraction);

} // namespace castnet::core
