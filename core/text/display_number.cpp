// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/display_number.h"

#include <cmath>
#include <limits>

#include <fmt/format.h>

namespace castnet::core {

namespace {

constexpr std::string_view narrowNoBreakSpace = "\u202F";

// Whether `magnitude` lies exactly halfway between two figures of
// `decimals` places. The exact decimal expansion of m·2^-k (m odd) has k
// places and ends in a 5, so the ties at d places are the values m·2^-(d+1)
// with m odd: scaled by 2^(d+1), exactly an odd whole number.
bool isTie(double magnitude, int decimals) {
    const double scaled = std::ldexp(magnitude, decimals + 1);
    return scaled == std::floor(scaled) && std::fmod(scaled, 2.0) == 1.0;
}

std::string grouped(std::string_view digits, std::string_view separator) {
    if (separator.empty())
        return std::string(digits);
    std::string text;
    const std::size_t count = digits.size();
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0 && (count - i) % 3 == 0)
            text += separator;
        text += digits[i];
    }
    return text;
}

DisplayStyle reportStyle(int decimals) {
    DisplayStyle style;
    style.decimals = decimals;
    style.groupSeparator = narrowNoBreakSpace;
    style.nonFinite = "–";
    return style;
}

DisplayStyle chartStyle(int decimals) {
    DisplayStyle style;
    style.decimals = decimals;
    style.rounding = Rounding::HalfAwayFromZero;
    style.nonFinite = "—";
    return style;
}

} // namespace

DisplayStyle DisplayStyle::fixed(int decimals) {
    DisplayStyle style;
    style.decimals = decimals;
    return style;
}

DisplayStyle DisplayStyle::atMost(int decimals) {
    DisplayStyle style = fixed(decimals);
    style.trim = TrimZeros::Trailing;
    return style;
}

DisplayStyle DisplayStyle::report(int decimals) {
    return reportStyle(decimals);
}

DisplayStyle DisplayStyle::reportHours(double hours) {
    return reportStyle(std::abs(hours) >= 1000.0 ? 0 : 1);
}

DisplayStyle DisplayStyle::reportMoney(double units) {
    return reportStyle(std::abs(units) >= 10000.0 ? 0 : 2);
}

DisplayStyle DisplayStyle::reportAmount(double value) {
    return reportStyle(std::abs(value) >= 100.0 ? 0 : 1);
}

DisplayStyle DisplayStyle::chart(double value) {
    const double magnitude = std::abs(value);
    DisplayStyle style = chartStyle(magnitude >= 100.0 || magnitude == 0.0 ? 0
                                    : magnitude >= 10.0                    ? 1
                                                                           : 2);
    style.trim = TrimZeros::Trailing;
    return style;
}

DisplayStyle DisplayStyle::chartMoney(double units) {
    const bool wholeUnits = std::abs(units - std::round(units)) < 0.005;
    return chartStyle(std::abs(units) >= 1000.0 || wholeUnits ? 0 : 2);
}

DisplayStyle DisplayStyle::chartPercent(double percent) {
    return chartStyle(percent > 0.0 && percent < 1.0 ? 1 : 0);
}

std::string displayNumber(double value, const DisplayStyle &style) {
    const int decimals = style.decimals > 0 ? style.decimals : 0;
    if (!std::isfinite(value)) {
        return style.nonFinite.empty() ? fmt::format("{:.{}f}", value, decimals)
                                       : std::string(style.nonFinite);
    }
    double magnitude = std::abs(value);
    // fmt rounds the exact binary value correctly, ties to even; one step up
    // turns a tie into a value fmt rounds away from zero.
    if (style.rounding == Rounding::HalfAwayFromZero && isTie(magnitude, decimals))
        magnitude = std::nextafter(magnitude, std::numeric_limits<double>::infinity());
    const std::string digits = fmt::format("{:.{}f}", magnitude, decimals);
    const bool zero = digits.find_first_not_of("0.") == std::string::npos;

    const std::size_t point = digits.find('.');
    std::string_view whole = digits;
    std::string_view fraction;
    if (point != std::string::npos) {
        whole = whole.substr(0, point);
        fraction = std::string_view(digits).substr(point);
    }
    if (style.trim == TrimZeros::Trailing) {
        fraction = fraction.substr(0, fraction.find_last_not_of('0') + 1);
        if (fraction == ".")
            fraction = {};
    }

    std::string text = zero ? "" : value < 0.0 ? "-" : style.plusSign ? "+" : "";
    text += grouped(whole, style.groupSeparator);
    text += fraction;
    return text;
}

std::string displayPercent(double fraction) {
    return displayNumber(fraction * 100.0, DisplayStyle::fixed(0)) + " %";
}

} // namespace castnet::core
