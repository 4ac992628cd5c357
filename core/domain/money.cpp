// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/money.h"

#include <fmt/format.h>

#include "core/text/number_format.h"

namespace castnet::core {

namespace {

bool allDigits(std::string_view text) {
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

Result<Cents> Cents::parse(std::string_view text, std::string_view field) {
    const std::string_view trimmed = trim(text);
    const auto refuse = [&](std::string_view why) {
        return fail(fmt::format("{} {}, not \"{}\"", field, why, trimmed), std::string(field));
    };
    const std::size_t dot = trimmed.find('.');
    const std::string_view whole = trimmed.substr(0, dot);
    const std::string_view fraction =
        dot == std::string_view::npos ? std::string_view{} : trimmed.substr(dot + 1);
    if (trimmed.empty() || !allDigits(whole) || !allDigits(fraction) ||
        (whole.empty() && fraction.empty()))
        return refuse("must be an amount such as 12.50");
    if (fraction.size() > 2)
        return refuse("must have at most 2 decimals");
    // Leading zeros are harmless, so strip them before judging the magnitude.
    std::string_view significant = whole;
    while (significant.size() > 1 && significant.front() == '0')
        significant.remove_prefix(1);
    if (significant.size() > 10)
        return refuse(fmt::format("must be at most {}", maxUnits));
    std::int64_t units = 0;
    for (const char c : significant)
        units = units * 10 + (c - '0');
    std::int64_t cents = 0;
    for (std::size_t i = 0; i < 2; ++i)
        cents = cents * 10 + (i < fraction.size() ? fraction[i] - '0' : 0);
    if (units > maxUnits || (units == maxUnits && cents > 0))
        return refuse(fmt::format("must be at most {}", maxUnits));
    return Cents(units * 100 + cents);
}

std::string Cents::toString() const {
    const std::int64_t magnitude = m_cents < 0 ? -m_cents : m_cents;
    const char *sign = m_cents < 0 ? "-" : "";
    const std::int64_t units = magnitude / 100;
    const std::int64_t cents = magnitude % 100;
    if (cents == 0)
        return fmt::format("{}{}", sign, units);
    if (cents % 10 == 0)
        return fmt::format("{}{}.{}", sign, units, cents / 10);
    return fmt::format("{}{}.{:02}", sign, units, cents);
}

} // namespace castnet::core
