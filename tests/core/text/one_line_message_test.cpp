// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/one_line_message.h"

#include <gtest/gtest.h>

using castnet::core::oneLineMessage;

namespace {

// Whether `text` holds a byte a terminal acts on instead of showing: C0,
// DEL, the bytes of C1 controls and of U+2028/U+2029, or the lead of ESC.
bool holdsControlBytes(const std::string &text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x20 || byte == 0x7F)
            return true;
        if (byte == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xA0)
            return true;
        if (text.compare(i, 3, "\xE2\x80\xA8") == 0 || text.compare(i, 3, "\xE2\x80\xA9") == 0)
            return true;
    }
    return false;
}

} // namespace

TEST(OneLineMessageTest, LineBreaksAndTabsBecomeVisibleEscapes) {
    EXPECT_EQ(oneLineMessage("a\nb\r\nc\td"), "a\\nb\\r\\nc\\td");
}

TEST(OneLineMessageTest, EscapeSequencesAreQuotedNotPassedToTheTerminal) {
    // A cell that would turn the terminal red and clear the screen.
    EXPECT_EQ(oneLineMessage("title \"\x1B[31mred\x1B[2J\""), "title \"\\x1B[31mred\\x1B[2J\"");
    EXPECT_EQ(oneLineMessage("bell\a nul-free del\x7F"), "bell\\x07 nul-free del\\x7F");
}

TEST(OneLineMessageTest, VerticalTabFormFeedAndUnicodeSeparatorsDoNotBreakTheLine) {
    EXPECT_EQ(oneLineMessage("a\vb\fc"), "a\\x0Bb\\x0Cc");
    EXPECT_EQ(oneLineMessage("line\u2028para\u2029end"), "line\\u2028para\\u2029end");
    // NEL (U+0085) and CSI (U+009B) are C1 controls.
    EXPECT_EQ(oneLineMessage("next\u0085line \u009B31m"), "next\\u0085line \\u009B31m");
}

TEST(OneLineMessageTest, BidirectionalOverridesAreQuoted) {
    EXPECT_EQ(oneLineMessage("abc\u202Edef\u2066x\u2069"), "abc\\u202Edef\\u2066x\\u2069");
}

TEST(OneLineMessageTest, BytesThatAreNotUtf8AreQuoted) {
    // A lone 0x9B is CSI on an 8-bit terminal.
    EXPECT_EQ(oneLineMessage("caf\xE9 \x9B"
                             "31m"),
              "caf\\xE9 \\x9B31m");
}

TEST(OneLineMessageTest, AccentsChineseAndEmojiAreKept) {
    const std::string text = "Café 咖啡 ☕ 🚲 naïve";
    EXPECT_EQ(oneLineMessage(text), text);
}

TEST(OneLineMessageTest, NoControlCharacterSurvivesAnyByte) {
    for (int byte = 0; byte < 256; ++byte) {
        const std::string text = std::string("x") + static_cast<char>(byte) + "y";
        EXPECT_FALSE(holdsControlBytes(oneLineMessage(text))) << byte;
    }
    for (char32_t c = 0x80; c < 0xA0; ++c) {
        const std::string text{static_cast<char>(0xC2), static_cast<char>(0x80 + (c - 0x80))};
        EXPECT_FALSE(holdsControlBytes(oneLineMessage(text))) << static_cast<int>(c);
    }
}

TEST(OneLineMessageTest, QuotingTwiceChangesNothingMore) {
    const std::string once = oneLineMessage("a\nb\x1B\u2028");
    EXPECT_EQ(oneLineMessage(once), once);
}
