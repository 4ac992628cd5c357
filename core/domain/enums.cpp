// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/enums.h"

#include <algorithm>
#include <array>
#include <utility>

#include "core/text/number_format.h"

namespace castnet::core {

namespace {

template<class Enum, std::size_t N>
using WordTable = std::array<std::pair<Enum, std::string_view>, N>;

// The stored words of DESIGN §3, in declaration order of each enum.
constexpr WordTable<Track, 2> trackWords{{
    {Track::Media, "media"},
    {Track::Networking, "networking"},
}};

constexpr WordTable<Objective, 5> objectiveWords{{
    {Objective::Awareness, "awareness"},
    {Objective::Leads, "leads"},
    {Objective::Sales, "sales"},
    {Objective::Community, "community"},
    {Objective::Feedback, "feedback"},
}};

constexpr WordTable<Format, 17> formatWords{{
    {Format::Image, "image"},
    {Format::Video, "video"},
    {Format::Infographic, "infographic"},
    {Format::WhitePaper, "white_paper"},
    {Format::Article, "article"},
    {Format::LiveStream, "live_stream"},
    {Format::Story, "story"},
    {Format::Newsletter, "newsletter"},
    {Format::Ad, "ad"},
    {Format::ThreadReply, "thread_reply"},
    {Format::Question, "question"},
    {Format::Poll, "poll"},
    {Format::DirectMessage, "direct_message"},
    {Format::CommunityPost, "community_post"},
    {Format::Event, "event"},
    {Format::Webinar, "webinar"},
    {Format::Podcast, "podcast"},
}};

constexpr WordTable<Interaction, 3> interactionWords{{
    {Interaction::Broadcast, "broadcast"},
    {Interaction::Dialogue, "dialogue"},
    {Interaction::Community, "community"},
}};

constexpr WordTable<Goal, 7> goalWords{{
    {Goal::Awareness, "awareness"},
    {Goal::Leads, "leads"},
    {Goal::Data, "data"},
    {Goal::Sales, "sales"},
    {Goal::Relationships, "relationships"},
    {Goal::Feedback, "feedback"},
    {Goal::Referrals, "referrals"},
}};

template<class Enum> constexpr const auto &wordsOf() {
    if constexpr (std::is_same_v<Enum, Track>)
        return trackWords;
    else if constexpr (std::is_same_v<Enum, Objective>)
        return objectiveWords;
    else if constexpr (std::is_same_v<Enum, Format>)
        return formatWords;
    else if constexpr (std::is_same_v<Enum, Interaction>)
        return interactionWords;
    else
        return goalWords;
}

template<class Enum, std::size_t N>
constexpr std::array<Enum, N> valuesOf(const WordTable<Enum, N> &table) {
    std::array<Enum, N> values{};
    for (std::size_t i = 0; i < N; ++i)
        values[i] = table[i].first;
    return values;
}

template<class Enum> std::string_view wordOf(Enum value) {
    // Tables are in declaration order, so the enumerator is the index.
    return wordsOf<Enum>()[static_cast<std::size_t>(value)].second;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [&](char x, char y) { return lower(x) == y; });
}

} // namespace

std::string_view toString(Track value) {
    return wordOf(value);
}
std::string_view toString(Objective value) {
    return wordOf(value);
}
std::string_view toString(Format value) {
    return wordOf(value);
}
std::string_view toString(Interaction value) {
    return wordOf(value);
}
std::string_view toString(Goal value) {
    return wordOf(value);
}

template<class Enum> std::optional<Enum> parseEnum(std::string_view text) {
    const std::string_view word = trim(text);
    for (const auto &[value, stored] : wordsOf<Enum>()) {
        if (equalsIgnoringCase(word, stored))
            return value;
    }
    return std::nullopt;
}

template<class Enum> std::span<const Enum> allValues() {
    static constexpr auto values = valuesOf(wordsOf<Enum>());
    return values;
}

template<class Enum> std::string acceptedWords() {
    std::string words;
    for (const auto &entry : wordsOf<Enum>()) {
        if (!words.empty())
            words += ", ";
        words += entry.second;
    }
    return words;
}

#define CASTNET_INSTANTIATE_ENUM(Enum)                                                             \
    template std::optional<Enum> parseEnum<Enum>(std::string_view);                                \
    template std::span<const Enum> allValues<Enum>();                                              \
    template std::string acceptedWords<Enum>();

CASTNET_INSTANTIATE_ENUM(Track)
CASTNET_INSTANTIATE_ENUM(Objective)
CASTNET_INSTANTIATE_ENUM(Format)
CASTNET_INSTANTIATE_ENUM(Interaction)
CASTNET_INSTANTIATE_ENUM(Goal)

#undef CASTNET_INSTANTIATE_ENUM

} // namespace castnet::core
