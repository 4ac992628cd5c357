// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/enums.h"

#include <gtest/gtest.h>

using namespace castnet::core;

TEST(EnumsTest, ReadsStoredWordsCaseInsensitivelyAndTrimmed) {
    EXPECT_EQ(parseEnum<Format>(" White_Paper "), Format::WhitePaper);
    EXPECT_EQ(parseEnum<Interaction>("DIALOGUE"), Interaction::Dialogue);
    EXPECT_EQ(parseEnum<Goal>("referrals"), Goal::Referrals);
    EXPECT_EQ(parseEnum<Track>("Networking"), Track::Networking);
    EXPECT_EQ(parseEnum<Objective>("community"), Objective::Community);
    EXPECT_FALSE(parseEnum<Format>("white paper"));
    EXPECT_FALSE(parseEnum<Format>(""));
}

TEST(EnumsTest, EveryValueRoundTripsThroughItsWord) {
    for (const Format f : allValues<Format>())
        EXPECT_EQ(parseEnum<Format>(toString(f)), f);
    for (const Goal g : allValues<Goal>())
        EXPECT_EQ(parseEnum<Goal>(toString(g)), g);
    EXPECT_EQ(allValues<Format>().size(), 17u);
    EXPECT_EQ(allValues<Goal>().size(), 7u);
    EXPECT_EQ(allValues<Interaction>().size(), 3u);
    EXPECT_EQ(allValues<Objective>().size(), 5u);
}

TEST(EnumsTest, ListsAcceptedWordsForMessages) {
    EXPECT_EQ(acceptedWords<Track>(), "media, networking");
    EXPECT_EQ(acceptedWords<Interaction>(), "broadcast, dialogue, community");
}
