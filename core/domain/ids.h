// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <compare>
#include <cstdint>
#include <functional>
#include <ostream>

#include <fmt/format.h>

namespace castnet::core {

// A row id as the workspace assigns it, typed by what it identifies, so a
// campaign id cannot be passed where an activity id is expected. The default
// id (0) means "not stored yet".
template<class Tag> class Id {
public:
    constexpr Id() = default;
    constexpr explicit Id(std::int64_t value)
        : m_value(value) {}

    constexpr std::int64_t value() const { return m_value; }
    constexpr bool isStored() const { return m_value != 0; }

    friend constexpr auto operator<=>(Id, Id) = default;

    // GoogleTest and diagnostics print the number.
    friend std::ostream &operator<<(std::ostream &out, Id id) { return out << id.m_value; }

private:
    std::int64_t m_value = 0;
};

// nlohmann::json writes and reads an id as its number (found by ADL, so this
// header needs no JSON include).
template<class Json, class Tag> void to_json(Json &json, Id<Tag> id) {
    json = id.value();
}

template<class Json, class Tag> void from_json(const Json &json, Id<Tag> &id) {
    id = Id<Tag>(json.template get<std::int64_t>());
}

using BrandId = Id<struct BrandTag>;
using CampaignId = Id<struct CampaignTag>;
using ActivityId = Id<struct ActivityTag>;
using ScenarioId = Id<struct ScenarioTag>;

} // namespace castnet::core

template<class Tag> struct std::hash<castnet::core::Id<Tag>> {
    std::size_t operator()(castnet::core::Id<Tag> id) const noexcept {
        return std::hash<std::int64_t>{}(id.value());
    }
};

template<class Tag> struct fmt::formatter<castnet::core::Id<Tag>> : fmt::formatter<std::int64_t> {
    auto format(castnet::core::Id<Tag> id, fmt::format_context &context) const {
        return fmt::formatter<std::int64_t>::format(id.value(), context);
    }
};
