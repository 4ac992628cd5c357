// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace castnet::core {

// The two tracks of the reference article.
enum class Track { Media, Networking };

enum class Objective { Awareness, Leads, Sales, Community, Feedback };

enum class Format {
    Image,
    Video,
    Infographic,
    WhitePaper,
    Article,
    LiveStream,
    Story,
    Newsletter,
    Ad,
    ThreadReply,
    Question,
    Poll,
    DirectMessage,
    CommunityPost,
    Event,
    Webinar,
    Podcast
};

enum class Interaction { Broadcast, Dialogue, Community };

enum class Goal { Awareness, Leads, Data, Sales, Relationships, Feedback, Referrals };

// The stored lowercase word of each value ("white_paper", "networking"...).
std::string_view toString(Track value);
std::string_view toString(Objective value);
std::string_view toString(Format value);
std::string_view toString(Interaction value);
std::string_view toString(Goal value);

// Reads a stored word case-insensitively, ignoring surrounding blanks.
// std::nullopt when the word is not one of the enumeration's.
template<class Enum> std::optional<Enum> parseEnum(std::string_view text);

// Every value of an enumeration, in declaration order.
template<class Enum> std::span<const Enum> allValues();

// "media, networking": the accepted words, for error messages and help.
template<class Enum> std::string acceptedWords();

} // namespace castnet::core
