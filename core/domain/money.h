// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/domain/error.h"

namespace castnet::core {

// An amount of money in integer cents of the campaign's currency. Amounts are
// never held as floating point so that a stored value reads back exactly.
class Cents {
public:
    // The largest amount a single field may hold: 10^9 units.
    static constexpr std::int64_t maxUnits = 1'000'000'000;

    constexpr Cents() = default;
    constexpr explicit Cents(std::int64_t cents)
        : m_cents(cents) {}

    constexpr std::int64_t value() const { return m_cents; }
    constexpr double units() const { return static_cast<double>(m_cents) / 100.0; }

    // Parses "12", "12.5", "12.50" (a dot, never a comma; at most two
    // decimals; no sign, no exponent). `field` names the input in the error.
    static Result<Cents> parse(std::string_view text, std::string_view field);

    // The shortest exact text: 1200 -> "12", 1250 -> "12.5", 1205 -> "12.05".
    std::string toString() const;

    friend constexpr auto operator<=>(Cents, Cents) = default;

private:
    std::int64_t m_cents = 0;
};

} // namespace castnet::core
