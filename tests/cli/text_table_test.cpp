// SPDX-License-Identifier: GPL-3.0-or-later
// TextTable: the aligned tables of the command line's readable output.
#include <gtest/gtest.h>

#include "cli/text_table.h"

namespace castnet::cli {
namespace {

TEST(TextTableTest, AlignsColumnsLeftAndRight) {
    TextTable table({{"title"}, {"hours", TextTable::Align::Right}});
    table.addRow({"Reels", "2.5"});
    table.addRow({"Newsletter", "12"});
    EXPECT_EQ(table.render(), "title       hours\n"
                              "----------  -----\n"
                              "Reels         2.5\n"
                              "Newsletter     12\n");
}

TEST(TextTableTest, AnAccentedLetterTakesOneColumn) {
    TextTable table({{"title"}, {"h"}});
    table.addRow({"Café", "1"});
    table.addRow({"Crème brûlée", "2"});
    EXPECT_EQ(table.render(), "title         h\n"
                              "------------  -\n"
                              "Café          1\n"
                              "Crème brûlée  2\n");
}

TEST(TextTableTest, ACjkCharacterTakesTwoColumns) {
    TextTable table({{"title"}, {"h", TextTable::Align::Right}});
    table.addRow({"東京の発表会", "1"}); // six characters, twelve columns
    table.addRow({"Meetup", "2"});
    table.addRow({"서울 밋업", "3"}); // Hangul: 2 + 2 + 1 + 2 + 2
    EXPECT_EQ(table.render(), "title         h\n"
                              "------------  -\n"
                              "東京の発表会  1\n"
                              "Meetup        2\n"
                              "서울 밋업     3\n");
}

TEST(TextTableTest, CellsStayOnOneLine) {
    TextTable table({{"title"}});
    table.addRow({"two\nlines\tand a tab"});
    EXPECT_EQ(table.render(), "title\n"
                              "-------------------\n"
                              "two lines and a tab\n");
}

} // namespace
} // namespace castnet::cli
