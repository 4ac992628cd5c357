// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/activity_csv.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "core/domain/activity_field.h"

using namespace castnet::core;

namespace {

constexpr std::string_view fullHeader =
    "channel,title,format,interaction,automated,goal,cadence_per_week,hours_per_occurrence,"
    "setup_hours,cost_per_occurrence,start_week,end_week,max_weekly_return,"
    "half_saturation_hours,shape,carryover,track,notes";

// Only the nine required columns.
constexpr std::string_view minimalHeader = "channel,title,format,interaction,goal,"
                                           "cadence_per_week,hours_per_occurrence,start_week,"
                                           "end_week\n";

std::string fixture(const std::string &name) {
    std::ifstream in(std::string(CASTNET_FIXTURES_DIR) + "/" + name, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

class ActivityCsvTest : public ::testing::Test {
protected:
    ActivityCsvTest() {
        campaign = defaultCampaign("Spring launch", "2026-03-02");
        campaign.id = CampaignId{7};
        campaign.weeks = 52;
    }

    std::vector<Activity> read(std::string_view text) {
        auto activities = readActivityCsv(text, campaign);
        EXPECT_TRUE(activities.has_value()) << activities.error().message;
        return activities ? *activities : std::vector<Activity>{};
    }

    std::string refusal(std::string_view text) {
        auto activities = readActivityCsv(text, campaign);
        return activities ? std::string("accepted") : activities.error().message;
    }

    // A file of the nine required columns whose one record holds `cell` in
    // `column` and valid values elsewhere.
    std::string refusalOfCell(std::string_view column, std::string_view cell) {
        const std::pair<std::string_view, std::string_view> valid[] = {
            {"channel", "Instagram"},        {"title", "Reel"},     {"format", "video"},
            {"interaction", "broadcast"},    {"goal", "awareness"}, {"cadence_per_week", "2"},
            {"hours_per_occurrence", "1.5"}, {"start_week", "1"},   {"end_week", "10"},
        };
        std::string header;
        std::string row;
        for (const auto &[name, value] : valid) {
            if (!header.empty()) {
                header += ',';
                row += ',';
            }
            header += name;
            row += name == column ? cell : value;
        }
        // An optional column (notes, say) comes last.
        if (std::none_of(std::begin(valid), std::end(valid),
                         [&](const auto &entry) { return entry.first == column; })) {
            header += "," + std::string(column);
            row += "," + std::string(cell);
        }
        return refusal(header + "\n" + row + "\n");
    }

    Campaign campaign;
};

Activity sampleActivity(std::string title) {
    Activity a;
    a.channel = "Blog";
    a.title = std::move(title);
    a.format = Format::Article;
    a.interaction = Interaction::Broadcast;
    a.goal = Goal::Awareness;
    a.cadencePerWeek = 1;
    a.hoursPerOccurrence = 2;
    a.startWeek = 1;
    a.endWeek = 4;
    return a;
}

} // namespace

// ----------------------------------------------------------------- header

TEST_F(ActivityCsvTest, EmptyFileHasNoHeaderRow) {
    EXPECT_EQ(refusal(""), "line 1: the header row is missing");
    EXPECT_EQ(refusal("\xEF\xBB\xBF"), "line 1: the header row is missing");
}

TEST_F(ActivityCsvTest, HeaderAloneImportsNothing) {
    EXPECT_TRUE(read(minimalHeader).empty());
}

TEST_F(ActivityCsvTest, OptionalColumnsMayBeAbsent) {
    const auto activities =
        read(std::string(minimalHeader) + "Instagram,Reel,video,broadcast,awareness,2,1.5,3,10\n");
    ASSERT_EQ(activities.size(), 1U);
    const Activity &a = activities[0];
    EXPECT_EQ(a.campaignId, CampaignId{7});
    EXPECT_EQ(a.channel, "Instagram");
    EXPECT_EQ(a.title, "Reel");
    EXPECT_EQ(a.format, Format::Video);
    EXPECT_EQ(a.interaction, Interaction::Broadcast);
    EXPECT_EQ(a.goal, Goal::Awareness);
    EXPECT_DOUBLE_EQ(a.cadencePerWeek, 2.0);
    EXPECT_DOUBLE_EQ(a.hoursPerOccurrence, 1.5);
    EXPECT_EQ(a.startWeek, 3);
    EXPECT_EQ(a.endWeek, 10);
    // The defaults of DESIGN §11 for what the file leaves out.
    EXPECT_FALSE(a.automated);
    EXPECT_EQ(a.setupHours, 0.0);
    EXPECT_EQ(a.costPerOccurrence, Cents(0));
    EXPECT_EQ(a.response, ResponseParameters{});
    EXPECT_FALSE(a.trackOverride.has_value());
    EXPECT_EQ(a.notes, "");
}

TEST_F(ActivityCsvTest, ColumnsMayComeInAnyOrder) {
    const auto activities = read("end_week,notes,goal,start_week,hours_per_occurrence,channel,"
                                 "cadence_per_week,interaction,title,format,automated\n"
                                 "8,hi,leads,2,0.5,Forum,4,community,Answers,question,YES\n");
    ASSERT_EQ(activities.size(), 1U);
    EXPECT_EQ(activities[0].channel, "Forum");
    EXPECT_EQ(activities[0].title, "Answers");
    EXPECT_EQ(activities[0].format, Format::Question);
    EXPECT_EQ(activities[0].goal, Goal::Leads);
    EXPECT_EQ(activities[0].startWeek, 2);
    EXPECT_EQ(activities[0].endWeek, 8);
    EXPECT_TRUE(activities[0].automated);
    EXPECT_EQ(activities[0].notes, "hi");
}

TEST_F(ActivityCsvTest, UnknownColumnIsNamed) {
    const std::string message = refusal("channel,title,budget\n");
    EXPECT_TRUE(message.starts_with("line 1: unknown column \"budget\" (the columns are channel, "
                                    "title, format,"))
        << message;
}

TEST_F(ActivityCsvTest, DuplicateColumnIsRefused) {
    EXPECT_EQ(refusal("channel,title,format,interaction,goal,cadence_per_week,"
                      "hours_per_occurrence,start_week,end_week,title\n"),
              "line 1: the column \"title\" appears twice");
}

TEST_F(ActivityCsvTest, MissingRequiredColumnIsNamed) {
    EXPECT_EQ(refusal("channel,title,format,interaction,cadence_per_week,"
                      "hours_per_occurrence,start_week,end_week\n"),
              "line 1: the required column \"goal\" is missing");
}

TEST_F(ActivityCsvTest, HeaderCellWithoutNameIsRefused) {
    EXPECT_EQ(refusal("channel,,title\n"), "line 1: column 2 of the header has no name");
}

TEST_F(ActivityCsvTest, HeaderNamesMayBeSurroundedByBlanks) {
    const auto activities = read(" channel , title ,format,interaction,goal,cadence_per_week,"
                                 "hours_per_occurrence,start_week,end_week\n"
                                 "Blog,Post,article,broadcast,awareness,1,1,1,1\n");
    EXPECT_EQ(activities.size(), 1U);
}

// ---------------------------------------------------------------- records

TEST_F(ActivityCsvTest, RequiredCellMustNotBeEmpty) {
    EXPECT_EQ(refusalOfCell("title", ""), "line 2, column title: a value is required");
    EXPECT_EQ(refusalOfCell("cadence_per_week", "  "),
              "line 2, column cadence_per_week: a value is required");
}

TEST_F(ActivityCsvTest, RecordWithTooFewFieldsIsRefused) {
    std::string text = std::string(fullHeader) + "\r\n";
    text += "Blog,Post,article,broadcast,no,awareness,1,1,0,0,1,4,,,,,,\r\n";
    text += "Blog,Post,article,broadcast,no,awareness,1,1,0,0,1,4,,,,,\r\n"; // 17 fields
    EXPECT_EQ(refusal(text), "line 3: 17 fields, the header has 18");
}

TEST_F(ActivityCsvTest, RecordWithTooManyFieldsIsRefused) {
    EXPECT_EQ(refusal(std::string(minimalHeader) +
                      "Instagram,Reel,video,broadcast,awareness,2,1.5,1,10,extra\n"),
              "line 2: 10 fields, the header has 9");
}

TEST_F(ActivityCsvTest, BlankLinesAtTheEndAreIgnored) {
    const auto activities = read(std::string(minimalHeader) +
                                 "Instagram,Reel,video,broadcast,awareness,2,1.5,1,10\n\n\r\n");
    EXPECT_EQ(activities.size(), 1U);
}

TEST_F(ActivityCsvTest, UnterminatedQuoteNamesTheRecordsFirstLine) {
    EXPECT_EQ(refusal(std::string(minimalHeader) +
                      "Instagram,Reel,video,broadcast,awareness,2,1.5,1,10\n"
                      "Instagram,\"Reel,video,broadcast,awareness,2,1.5,1,10\n"
                      "Instagram,Reel,video,broadcast,awareness,2,1.5,1,10\n"),
              "line 3: a quoted field is never closed");
}

TEST_F(ActivityCsvTest, BytesThatAreNotUtf8NameTheirLine) {
    EXPECT_EQ(refusal(std::string(minimalHeader) +
                      "Instagram,Reel,video,broadcast,awareness,2,1.5,1,10\n"
                      "Instagram,Caf\xE9,video,broadcast,awareness,2,1.5,1,10\n"),
              "line 3: the text is not valid UTF-8; save the file as UTF-8");
}

TEST_F(ActivityCsvTest, ByteOrderMarkAndCrlfAreAccepted) {
    const auto activities = read("\xEF\xBB\xBF"
                                 "channel,title,format,interaction,goal,cadence_per_week,"
                                 "hours_per_occurrence,start_week,end_week\r\n"
                                 "Blog,Post,article,broadcast,awareness,1,1,1,1\r\n"
                                 "Blog,Post 2,article,broadcast,awareness,1,1,2,2\r\n");
    ASSERT_EQ(activities.size(), 2U);
    EXPECT_EQ(activities[0].channel, "Blog");
    EXPECT_EQ(activities[1].title, "Post 2");
}

TEST_F(ActivityCsvTest, LineNumbersCountLinesInsideQuotedFields) {
    // The record on line 2 holds notes over three lines (2, 3, 4), so the
    // bad record is on line 5, not line 3.
    const std::string text = "channel,title,format,interaction,goal,cadence_per_week,"
                             "hours_per_occurrence,start_week,end_week,notes\n"
                             "Blog,Post,article,broadcast,awareness,1,1,1,1,\"one\ntwo\nthree\"\n"
                             "Blog,Post,article,broadcast,awareness,-3,1,1,1,\n";
    EXPECT_EQ(refusal(text), "line 5, column cadence_per_week: must be between 0 and 1000, not -3");
}

TEST_F(ActivityCsvTest, AutomatedAcceptsYesNoTrueFalseOneZeroInAnyCase) {
    const std::pair<std::string_view, bool> cases[] = {
        {"yes", true}, {"YES", true}, {"Yes", true},   {"true", true},   {"TRUE", true},
        {"1", true},   {"no", false}, {"No", false},   {"false", false}, {"False", false},
        {"0", false},  {"", false},   {" yes ", true},
    };
    for (const auto &[word, expected] : cases) {
        const auto activities =
            read(std::string("channel,title,format,interaction,goal,cadence_per_week,"
                             "hours_per_occurrence,start_week,end_week,automated\n") +
                 "Blog,Post,article,broadcast,awareness,1,1,1,1," + std::string(word) + "\n");
        ASSERT_EQ(activities.size(), 1U) << word;
        EXPECT_EQ(activities[0].automated, expected) << word;
    }
}

TEST_F(ActivityCsvTest, AutomatedRefusesOtherWords) {
    EXPECT_EQ(refusal("channel,title,format,interaction,goal,cadence_per_week,"
                      "hours_per_occurrence,start_week,end_week,automated\n"
                      "Blog,Post,article,broadcast,awareness,1,1,1,1,maybe\n"),
              "line 2, column automated: must be yes, no, true, false, 1 or 0, not \"maybe\"");
}

TEST_F(ActivityCsvTest, NumbersMustBeFinite) {
    for (const std::string_view cell : {"nan", "NaN", "inf", "-inf", "infinity", "1e999"}) {
        EXPECT_EQ(refusalOfCell("cadence_per_week", cell),
                  "line 2, column cadence_per_week: must be a number, not \"" + std::string(cell) +
                      "\"");
    }
}

TEST_F(ActivityCsvTest, OutOfRangeNumberNamesLineColumnAndValue) {
    EXPECT_EQ(refusalOfCell("cadence_per_week", "-3"),
              "line 2, column cadence_per_week: must be between 0 and 1000, not -3");
    EXPECT_EQ(refusalOfCell("hours_per_occurrence", "169"),
              "line 2, column hours_per_occurrence: must be between 0 and 168, not 169");
}

TEST_F(ActivityCsvTest, WeeksMustBeWholeNumbers) {
    EXPECT_EQ(refusalOfCell("start_week", "2.5"),
              "line 2, column start_week: must be a whole number, not \"2.5\"");
    EXPECT_EQ(refusalOfCell("end_week", "ten"),
              "line 2, column end_week: must be a week number, not \"ten\"");
}

TEST_F(ActivityCsvTest, WeeksMustFitTheCampaign) {
    EXPECT_EQ(refusalOfCell("end_week", "53"),
              "line 2, column end_week: 53 is after the campaign's 52 weeks");
    EXPECT_EQ(refusalOfCell("start_week", "12"),
              "line 2, column end_week: 10 is before start_week 12");
}

TEST_F(ActivityCsvTest, UnknownEnumWordListsTheAcceptedOnes) {
    EXPECT_EQ(refusalOfCell("format", "vid"),
              "line 2, column format: \"vid\" is not one of: image, video, infographic, "
              "white_paper, article, live_stream, story, newsletter, ad, thread_reply, question, "
              "poll, direct_message, community_post, event, webinar, podcast");
}

TEST_F(ActivityCsvTest, EnumWordsAreReadInAnyCase) {
    const auto activities =
        read(std::string(minimalHeader) + "Blog,Post, Article ,BROADCAST,Awareness,1,1,1,1\n");
    ASSERT_EQ(activities.size(), 1U);
    EXPECT_EQ(activities[0].format, Format::Article);
}

TEST_F(ActivityCsvTest, MoneyTakesAtMostTwoDecimals) {
    EXPECT_EQ(refusal("channel,title,format,interaction,goal,cadence_per_week,"
                      "hours_per_occurrence,start_week,end_week,cost_per_occurrence\n"
                      "Blog,Post,article,broadcast,awareness,1,1,1,1,12.345\n"),
              "line 2, column cost_per_occurrence: must have at most 2 decimals, not \"12.345\"");
}

TEST_F(ActivityCsvTest, ErrorMessageIsOneLineEvenForACellWithLineBreaks) {
    const std::string message = refusalOfCell("format", "\"vi\ndeo\"");
    EXPECT_EQ(message.find('\n'), std::string::npos) << message;
    EXPECT_EQ(message.find('\r'), std::string::npos) << message;
    EXPECT_TRUE(message.starts_with("line 2, column format: \"vi\\ndeo\" is not one of"))
        << message;
}

TEST_F(ActivityCsvTest, FirstBadRecordRefusesTheWholeFile) {
    auto activities = readActivityCsv(std::string(minimalHeader) +
                                          "Blog,Good,article,broadcast,awareness,1,1,1,1\n"
                                          "Blog,Bad,article,broadcast,awareness,1,1,1,99\n"
                                          "Blog,Good too,article,broadcast,awareness,1,1,1,1\n",
                                      campaign);
    ASSERT_FALSE(activities.has_value());
    EXPECT_EQ(activities.error().message,
              "line 3, column end_week: 99 is after the campaign's 52 weeks");
    EXPECT_EQ(activities.error().field, "end_week");
}

// ----------------------------------------------------------------- export

TEST_F(ActivityCsvTest, ExportWritesTheEighteenColumnsWithCrlf) {
    Activity a = sampleActivity("Weekly post");
    const std::string csv = writeActivityCsv({a});
    EXPECT_EQ(csv, std::string(fullHeader) +
                       "\r\n"
                       "Blog,Weekly post,article,broadcast,no,awareness,1,2,0,0,1,4,,,,,,\r\n");
}

TEST_F(ActivityCsvTest, ExportOfNothingIsTheHeader) {
    EXPECT_EQ(writeActivityCsv({}), std::string(fullHeader) + "\r\n");
}

TEST_F(ActivityCsvTest, ExportKeepsBlankParametersBlankAndTrackOnlyWhenOverridden) {
    Activity a = sampleActivity("Post");
    a.response.shape = 1.5;
    a.trackOverride = Track::Networking;
    const std::string csv = writeActivityCsv({a});
    EXPECT_NE(csv.find(",1,4,,,1.5,,networking,\r\n"), std::string::npos) << csv;
}

TEST_F(ActivityCsvTest, ExportGuardsCellsASpreadsheetWouldRun) {
    // Each title is written after the header line, in the second column.
    const std::pair<std::string, std::string> cases[] = {
        {"=SUM(A1)", "'=SUM(A1)"}, {"+1 idea", "'+1 idea"},
        {"-5 tips", "'-5 tips"},   {"@handle", "'@handle"},
        {"\tTabbed", "'\tTabbed"}, {"'=x", "''=x"},
        {"'quoted", "'quoted"},    {"''x", "''x"},
        {"plain", "plain"},
    };
    for (const auto &[title, cell] : cases) {
        const std::string csv = writeActivityCsv({sampleActivity(title)});
        EXPECT_NE(csv.find("\r\nBlog," + cell + ",article,"), std::string::npos) << csv;
    }
    Activity a = sampleActivity("Post");
    a.channel = "@brand";
    a.notes = "-minus";
    const std::string csv = writeActivityCsv({a});
    EXPECT_NE(csv.find("\r\n'@brand,Post,"), std::string::npos) << csv;
    EXPECT_TRUE(csv.ends_with(",'-minus\r\n")) << csv;
    // A leading carriage return is guarded too, inside quotes since the
    // cell holds a line break.
    const std::string carriage = writeActivityCsv({sampleActivity("\rCR")});
    EXPECT_NE(carriage.find("\r\nBlog,\"'\rCR\",article,"), std::string::npos) << carriage;
}

TEST_F(ActivityCsvTest, TextWithANulCharacterIsRefusedNamingTheCell) {
    EXPECT_EQ(refusalOfCell("title", std::string("Po\0st", 6)),
              "line 2, column title: must not contain a NUL character");
}

TEST_F(ActivityCsvTest, OverlongTextIsRefusedNamingTheLimit) {
    EXPECT_EQ(refusalOfCell("title", std::string(200, 'x')), "accepted");
    EXPECT_EQ(refusalOfCell("title", std::string(201, 'x')),
              "line 2, column title: must be at most 200 characters long, not 201");
    EXPECT_EQ(refusalOfCell("channel", std::string(201, 'x')),
              "line 2, column channel: must be at most 200 characters long, not 201");
    EXPECT_EQ(refusalOfCell("notes", std::string(10'000, 'x')), "accepted");
    EXPECT_EQ(refusalOfCell("notes", std::string(10'001, 'x')),
              "line 2, column notes: must be at most 10000 characters long, not 10001");
    // A megabyte title is refused at once, before any view lays it out.
    EXPECT_EQ(refusalOfCell("title", std::string(1'000'000, 'x')),
              "line 2, column title: must be at most 200 characters long, not 1000000");
}

TEST_F(ActivityCsvTest, AnEscapeSequenceInACellIsQuotedInTheMessage) {
    // A cell that would turn the terminal red, and a vertical tab, form feed
    // and line separator that would break the message's one line.
    const std::string message = refusalOfCell("format", "\x1B[31mvid\v\f\u2028eo");
    EXPECT_EQ(message, "line 2, column format: \"\\x1B[31mvid\\x0B\\x0C\\u2028eo\" is not one of: "
                       "image, video, infographic, white_paper, article, live_stream, story, "
                       "newsletter, ad, thread_reply, question, poll, direct_message, "
                       "community_post, event, webinar, podcast");
    EXPECT_EQ(message.find('\x1B'), std::string::npos);
}

TEST_F(ActivityCsvTest, ImportRemovesTheGuardOnlyBeforeARunnableCharacter) {
    const auto activities =
        read("channel,title,format,interaction,goal,cadence_per_week,hours_per_occurrence,"
             "start_week,end_week,notes\n"
             "'@brand,'=SUM(A1),article,broadcast,awareness,1,1,1,1,'-5\n"
             "Blog,'quoted,article,broadcast,awareness,1,1,1,1,''=x\n"
             "Blog,=SUM(A1),article,broadcast,awareness,1,1,1,1,'\n");
    ASSERT_EQ(activities.size(), 3U);
    EXPECT_EQ(activities[0].channel, "@brand");
    EXPECT_EQ(activities[0].title, "=SUM(A1)");
    EXPECT_EQ(activities[0].notes, "-5");
    EXPECT_EQ(activities[1].title, "'quoted");
    EXPECT_EQ(activities[1].notes, "'=x");
    EXPECT_EQ(activities[2].title, "=SUM(A1)"); // unguarded input is taken as written
    EXPECT_EQ(activities[2].notes, "'");
}

TEST_F(ActivityCsvTest, EveryTitleSurvivesExportImportExport) {
    const std::string titles[] = {
        "'quoted", "=SUM(A1)",   "-5 tips",    "@handle", "''x",   "'=x",   "''=x",   "'",
        "''",      "+",          "\tTab",      "\rCR",    "'\tx",  "a'b",   "=",      "'@",
        "x,y",     "say \"hi\"", "two\nlines", "Café 🎉",  "'''-'", " lead", "trail ",
    };
    std::vector<Activity> original;
    for (const std::string &title : titles)
        original.push_back(sampleActivity(title));
    for (Activity &a : original)
        a.campaignId = campaign.id;

    const std::string first = writeActivityCsv(original);
    const auto imported = read(first);
    ASSERT_EQ(imported.size(), original.size());
    for (std::size_t i = 0; i < original.size(); ++i)
        EXPECT_EQ(imported[i].title, original[i].title) << i;
    EXPECT_EQ(writeActivityCsv(imported), first);
}

TEST_F(ActivityCsvTest, RichFixtureSurvivesImportExportByteForByte) {
    const std::string file = fixture("activities_rich.csv");
    ASSERT_FALSE(file.empty());
    const auto imported = read(file);
    ASSERT_EQ(imported.size(), 7U);
    EXPECT_EQ(imported[1].channel, "LinkedIn group, Marketing Leaders");
    EXPECT_EQ(imported[1].notes, "Notes with \"quotes\" and\na line break");
    EXPECT_EQ(imported[2].title, "Café Zürich — meetup 🎉");
    EXPECT_EQ(imported[3].title, "=SUM(A1)");
    EXPECT_EQ(imported[3].notes, "-5 tips in the notes");
    EXPECT_EQ(imported[3].costPerOccurrence, Cents(99'999'999'999));
    EXPECT_EQ(imported[4].title, "''x");
    EXPECT_DOUBLE_EQ(imported[4].cadencePerWeek, 1.0 / 3.0);
    EXPECT_EQ(imported[5].title, "'quoted");
    EXPECT_EQ(imported[6].title, "@handle on air");
    EXPECT_FALSE(imported[6].response.maxWeeklyReturn.has_value());
    EXPECT_EQ(imported[6].response.halfSaturationHours, 4.0);

    const std::string exported = writeActivityCsv(imported);
    EXPECT_EQ(exported, file);
    EXPECT_EQ(writeActivityCsv(read(exported)), exported);
}
