// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/csv.h"

#include <gtest/gtest.h>

using namespace castnet::core;
using Fields = std::vector<std::string>;

namespace {

std::vector<CsvRecord> parsed(std::string_view text) {
    auto records = parseCsv(text);
    EXPECT_TRUE(records.has_value()) << records.error().message;
    return records ? *records : std::vector<CsvRecord>{};
}

std::string refusal(std::string_view text) {
    auto records = parseCsv(text);
    return records ? std::string("accepted") : records.error().message;
}

std::vector<int> linesOf(const std::vector<CsvRecord> &records) {
    std::vector<int> lines;
    for (const CsvRecord &record : records)
        lines.push_back(record.line);
    return lines;
}

} // namespace

TEST(CsvTest, ReadsRecordsEndingInLf) {
    const auto records = parsed("a,b\nc,d\n");
    ASSERT_EQ(records.size(), 2U);
    EXPECT_EQ(records[0].fields, (Fields{"a", "b"}));
    EXPECT_EQ(records[1].fields, (Fields{"c", "d"}));
    EXPECT_EQ(linesOf(records), (std::vector<int>{1, 2}));
}

TEST(CsvTest, ReadsRecordsEndingInCrlf) {
    const auto records = parsed("a,b\r\nc,d\r\n");
    ASSERT_EQ(records.size(), 2U);
    EXPECT_EQ(records[1].fields, (Fields{"c", "d"}));
}

TEST(CsvTest, LastRecordNeedsNoLineEnd) {
    const auto records = parsed("a,b\r\nc,d");
    ASSERT_EQ(records.size(), 2U);
    EXPECT_EQ(records[1].fields, (Fields{"c", "d"}));
}

TEST(CsvTest, EmptyTextHasNoRecord) {
    EXPECT_TRUE(parsed("").empty());
    EXPECT_TRUE(parsed("\xEF\xBB\xBF").empty());
}

TEST(CsvTest, ByteOrderMarkIsSkipped) {
    const auto records = parsed("\xEF\xBB\xBF"
                                "channel,title\n");
    ASSERT_EQ(records.size(), 1U);
    EXPECT_EQ(records[0].fields[0], "channel");
}

TEST(CsvTest, EmptyFieldsAreKept) {
    const auto records = parsed("a,,b,\n,\n");
    ASSERT_EQ(records.size(), 2U);
    EXPECT_EQ(records[0].fields, (Fields{"a", "", "b", ""}));
    EXPECT_EQ(records[1].fields, (Fields{"", ""}));
}

TEST(CsvTest, BlankLineInTheMiddleIsOneEmptyField) {
    const auto records = parsed("a\n\nb\n");
    ASSERT_EQ(records.size(), 3U);
    EXPECT_EQ(records[1].fields, (Fields{""}));
    EXPECT_EQ(linesOf(records), (std::vector<int>{1, 2, 3}));
}

TEST(CsvTest, QuotedFieldsHoldCommasQuotesAndLineBreaks) {
    const auto records = parsed("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"\"\r\n");
    ASSERT_EQ(records.size(), 1U);
    EXPECT_EQ(records[0].fields, (Fields{"a,b", "say \"hi\"", "two\nlines", ""}));
}

TEST(CsvTest, QuotedCrlfIsKeptAsWritten) {
    const auto records = parsed("\"one\r\ntwo\"\r\n");
    ASSERT_EQ(records.size(), 1U);
    EXPECT_EQ(records[0].fields[0], "one\r\ntwo");
}

TEST(CsvTest, RecordAfterMultiLineFieldReportsItsPhysicalLine) {
    // Record 2 starts on line 2 and spans lines 2-4; record 3 is on line 5.
    const auto records = parsed("h1,h2\r\n"
                                "x,\"first\r\nsecond\nthird\"\r\n"
                                "y,z\r\n");
    ASSERT_EQ(records.size(), 3U);
    EXPECT_EQ(linesOf(records), (std::vector<int>{1, 2, 5}));
}

TEST(CsvTest, UnterminatedQuoteNamesTheLineWhereTheRecordStarts) {
    EXPECT_EQ(refusal("h\nok\n\"never\nclosed\nat all"), "line 3: a quoted field is never closed");
}

TEST(CsvTest, QuoteInsideAnUnquotedFieldIsRefused) {
    EXPECT_EQ(refusal("a,b\nab\"c,d\n"), "line 2: a quote inside an unquoted field; enclose the "
                                         "field in quotes and double the quote");
}

TEST(CsvTest, TextAfterAClosingQuoteIsRefused) {
    EXPECT_EQ(refusal("a,b\n\"x\"y,z\n"), "line 2: unexpected text after the closing quote of "
                                          "field 1; a quote inside a field must be doubled");
}

TEST(CsvTest, LoneCarriageReturnIsRefused) {
    EXPECT_EQ(refusal("a,b\rc,d\n"), "line 1: a carriage return without a line feed; save the "
                                     "file with LF or CRLF line ends");
}

TEST(CsvTest, BytesThatAreNotUtf8NameTheirLine) {
    const std::string expected = "line 3: the text is not valid UTF-8; save the file as UTF-8";
    EXPECT_EQ(refusal("a\nb\nLatin-1 caf\xE9\n"), expected);
    EXPECT_EQ(refusal("a\nb\n\xC0\xAF overlong slash\n"), expected);
    EXPECT_EQ(refusal("a\nb\n\xED\xA0\x80 surrogate\n"), expected);
    EXPECT_EQ(refusal("a\nb\n\xF4\x90\x80\x80 beyond U+10FFFF\n"), expected);
    EXPECT_EQ(refusal("a\nb\ntruncated \xE2\x82"), expected);
    // Inside a quoted field the line is still the byte's own physical line.
    EXPECT_EQ(refusal("a\n\"b\n\xFF\"\n"), expected);
}

TEST(CsvTest, MultiByteUtf8IsRead) {
    const auto records = parsed("Café,日本,🎉,Zürich\n");
    ASSERT_EQ(records.size(), 1U);
    EXPECT_EQ(records[0].fields, (Fields{"Café", "日本", "🎉", "Zürich"}));
}

TEST(CsvTest, LongAsciiRunsAroundAMultiByteCharacterAreRead) {
    // The validator skips ASCII eight bytes at a time; the é sits across a chunk edge.
    const std::string text = "abcdefg\xC3\xA9hijklmnopqrstuvw\n";
    const auto records = parsed(text);
    ASSERT_EQ(records.size(), 1U);
    EXPECT_EQ(records[0].fields[0], "abcdefg\xC3\xA9hijklmnopqrstuvw");
}

TEST(CsvTest, WriterQuotesOnlyWhenItMustAndEndsInCrlf) {
    std::string out;
    appendCsvRecord(out, {"plain", "with,comma", "say \"hi\"", "two\nlines", "", " spaced "});
    EXPECT_EQ(out, "plain,\"with,comma\",\"say \"\"hi\"\"\",\"two\nlines\",, spaced \r\n");
}

TEST(CsvTest, WrittenRecordsReadBackUnchanged) {
    const std::vector<Fields> written = {
        {"a", "", "b"},
        {"\"", "\"\"", ",", "\r", "\n", "\r\n"},
        {"Café 🎉", "'=x", " lead and trail "},
    };
    std::string out;
    for (const Fields &fields : written)
        appendCsvRecord(out, fields);
    const auto records = parsed(out);
    ASSERT_EQ(records.size(), written.size());
    for (std::size_t i = 0; i < written.size(); ++i)
        EXPECT_EQ(records[i].fields, written[i]);
    // Record 2 starts on line 2 and holds "\r" (no line break), "\n" and
    // "\r\n" (one each): it ends on line 2 + 2 = 4, so record 3 is on line 5.
    EXPECT_EQ(linesOf(records), (std::vector<int>{1, 2, 5}));
}

TEST(CsvTest, RecordsHandedOneByOneKeepTheirOwnFieldCounts) {
    std::vector<Fields> seen;
    std::vector<int> lines;
    auto read = forEachCsvRecord("a,b,c\nd\n\"e\nf\",g\n", [&](const CsvRecord &record) {
        seen.push_back(record.fields);
        lines.push_back(record.line);
        return Result<void>{};
    });
    ASSERT_TRUE(read.has_value()) << read.error().message;
    EXPECT_EQ(seen, (std::vector<Fields>{{"a", "b", "c"}, {"d"}, {"e\nf", "g"}}));
    EXPECT_EQ(lines, (std::vector<int>{1, 2, 3}));
}

TEST(CsvTest, VisitorErrorStopsTheReading) {
    int visited = 0;
    auto read = forEachCsvRecord("a\nb\nc\n", [&](const CsvRecord &record) -> Result<void> {
        ++visited;
        if (record.fields[0] == "b")
            return fail("line 2: no b allowed");
        return {};
    });
    ASSERT_FALSE(read.has_value());
    EXPECT_EQ(read.error().message, "line 2: no b allowed");
    EXPECT_EQ(visited, 2);
}
