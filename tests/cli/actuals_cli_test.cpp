// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of castnet actuals, baseline, progress and calibrate
// (DESIGN §12, §13): the JSON shapes, the round trip of the actuals CSV, and
// bad files refused with their line and the workspace byte for byte as it was.
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/cli/cli_runner.h"

using castnet::test::CliRun;
using castnet::test::readBytes;
using castnet::test::runCastnet;
using castnet::test::TempDir;
using castnet::test::writeBytes;
using nlohmann::json;

namespace {

class ActualsCliTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_EQ(runCastnet({"import", "--db", db, "--brand", "Acme", "--campaign", "Spring",
                              "--weeks", "12", activitiesCsv()})
                      .exitCode,
                  0);
        const json activities = json::parse(run({"classify", "--json"}).out);
        ASSERT_EQ(activities.size(), 2u);
        reel = activities[0]["id"].get<int>();
    }

    std::string activitiesCsv() {
        const std::string path = dir.file("plan.csv");
        writeBytes(path, "channel,title,format,interaction,goal,cadence_per_week,"
                         "hours_per_occurrence,start_week,end_week\n"
                         "Instagram,Reel,video,broadcast,awareness,2,1.5,1,12\n"
                         "Meetup,Founders,event,community,relationships,1,3,1,12\n");
        return path;
    }

    CliRun run(std::vector<std::string> args) {
        args.insert(args.end(), {"--db", db, "--campaign", "Spring"});
        return runCastnet(args);
    }

    std::string file(const std::string &name, const std::string &bytes) {
        const std::string path = dir.file(name);
        writeBytes(path, bytes);
        return path;
    }

    // A refused import: exit 2, one line naming the line, the workspace as it was.
    std::string refusedImport(const std::string &bytes) {
        const std::string before = readBytes(db);
        const CliRun result = run({"actuals", "import", file("bad.csv", bytes)});
        EXPECT_EQ(result.exitCode, 2) << result.out;
        EXPECT_TRUE(result.out.empty()) << result.out;
        EXPECT_EQ(readBytes(db), before);
        EXPECT_EQ(result.err.find('\n'), result.err.size() - 1) << result.err;
        return result.err;
    }

    TempDir dir;
    std::string db = dir.file("work.db");
    int reel = 0;
};

TEST_F(ActualsCliTest, ImportSaysHowManyWeeksItAddedAndReplaced) {
    const std::string first = file("a.csv", "channel,title,week,hours,result\n"
                                            "Instagram,Reel,1,3,20\nInstagram,Reel,2,3,22\n");
    CliRun result = run({"actuals", "import", first});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("2 weeks added, 0 replaced"), std::string::npos) << result.out;
    const std::string second =
        file("b.csv", "channel,title,week,hours\nInstagram,Reel,2,4\nInstagram,Reel,3,1\n");
    result = run({"actuals", "import", second});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("1 week added, 1 replaced"), std::string::npos) << result.out;
}

TEST_F(ActualsCliTest, ExportThenImportThenExportGivesTheSameBytes) {
    ASSERT_EQ(run({"actuals", "import",
                   file("a.csv", "channel,title,date,hours,cost,result,note\n"
                                 "Instagram,Reel,2026-01-01,3,12.5,20,\"a, b\"\n")})
                  .exitCode,
              2); // the campaign starts today: a date in 2026 lies before it
    ASSERT_EQ(run({"actuals", "import",
                   file("a.csv", "channel,title,week,hours,cost,result,note\n"
                                 "Instagram,Reel,1,3,12.5,20,\"a, b\"\nMeetup,Founders,2,2,,,\n")})
                  .exitCode,
              0);
    ASSERT_EQ(run({"actuals", "export", "--out", dir.file("one.csv")}).exitCode, 0);
    ASSERT_EQ(run({"actuals", "import", dir.file("one.csv")}).exitCode, 0);
    ASSERT_EQ(run({"actuals", "export", "--out", dir.file("two.csv")}).exitCode, 0);
    EXPECT_EQ(readBytes(dir.file("one.csv")), readBytes(dir.file("two.csv")));
}

TEST_F(ActualsCliTest, AnUnknownActivityIsRefusedAndChangesNothing) {
    EXPECT_EQ(refusedImport("channel,title,week,hours\nInstagram,Reel,1,3\nInstagram,Post,1,1\n"),
              "castnet: line 3, column title: the campaign has no activity \"Post\" on "
              "Instagram\n");
}

TEST_F(ActualsCliTest, AnAmbiguousChannelAndTitleIsRefusedAndChangesNothing) {
    ASSERT_EQ(runCastnet({"import", "--db", db, "--brand", "Acme", "--campaign", "Spring",
                          activitiesCsv()})
                  .exitCode,
              0); // now two of each
    EXPECT_EQ(refusedImport("channel,title,week,hours\nInstagram,Reel,1,3\n"),
              "castnet: line 2, column title: 2 activities are \"Reel\" on Instagram; give "
              "activity_id\n");
}

TEST_F(ActualsCliTest, ADateOutsideTheCampaignIsRefusedAndChangesNothing) {
    const std::string err =
        refusedImport("channel,title,date,hours\nInstagram,Reel,2001-01-01,3\n");
    EXPECT_TRUE(err.starts_with("castnet: line 2, column date: 2001-01-01 lies outside the "
                                "campaign"))
        << err;
}

TEST_F(ActualsCliTest, NegativeHoursAreRefusedAndChangeNothing) {
    EXPECT_EQ(refusedImport("channel,title,week,hours\nInstagram,Reel,1,-3\n"),
              "castnet: line 2, column hours: must be at least 0\n");
}

TEST_F(ActualsCliTest, ANonNumberIsRefusedAndChangesNothing) {
    EXPECT_EQ(refusedImport("channel,title,week,hours\nInstagram,Reel,1,three\n"),
              "castnet: line 2, column hours: \"three\" is not a number\n");
}

TEST_F(ActualsCliTest, ADuplicateColumnIsRefusedAndChangesNothing) {
    EXPECT_EQ(refusedImport("channel,title,week,week,hours\nInstagram,Reel,1,1,3\n"),
              "castnet: line 1: the column \"week\" appears twice\n");
}

TEST_F(ActualsCliTest, BytesThatAreNotUtf8AreRefusedAndChangeNothing) {
    const std::string err =
        refusedImport("channel,title,week,hours,note\nInstagram,Reel,1,3,\xff\xfe\n");
    EXPECT_TRUE(err.starts_with("castnet: line 2")) << err;
}

TEST_F(ActualsCliTest, BaselinesAreSavedListedAndDeleted) {
    ASSERT_EQ(run({"baseline", "save", "signed off"}).exitCode, 0);
    CliRun list = run({"baseline", "list"});
    ASSERT_EQ(list.exitCode, 0) << list.err;
    EXPECT_NE(list.out.find("signed off"), std::string::npos) << list.out;
    const std::string before = readBytes(db);
    const CliRun twice = run({"baseline", "save", "signed off"});
    EXPECT_EQ(twice.exitCode, 2);
    EXPECT_EQ(readBytes(db), before);
    ASSERT_EQ(run({"baseline", "delete", "signed off"}).exitCode, 0);
    EXPECT_EQ(run({"baseline", "delete", "signed off"}).exitCode, 2);
    list = run({"baseline", "list"});
    EXPECT_NE(list.out.find("no baseline"), std::string::npos) << list.out;
    EXPECT_EQ(runCastnet({"baseline", "--db", db}).exitCode, 2);
}

TEST_F(ActualsCliTest, ProgressJsonHasTheShapeOfTheDesign) {
    ASSERT_EQ(run({"baseline", "save", "v1"}).exitCode, 0);
    ASSERT_EQ(run({"actuals", "import",
                   file("a.csv", "channel,title,week,hours,result\nInstagram,Reel,1,3,20\n"
                                 "Instagram,Reel,3,2,\n")})
                  .exitCode,
              0);
    const CliRun result = run({"progress", "--json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const json progress = json::parse(result.out);
    EXPECT_EQ(progress["as_of_week"], 3);
    EXPECT_EQ(progress["baseline"], "v1");
    EXPECT_TRUE(progress["tracks"].contains("media"));
    EXPECT_TRUE(progress["tracks"].contains("networking"));
    const json &first = progress["activities"][0];
    EXPECT_EQ(first["id"], reel);
    // Planned effort: cadence 2 × 1.5 h = 3 h a week; actual 3, 0, 2.
    EXPECT_EQ(first["planned_effort"], json({3.0, 3.0, 3.0}));
    EXPECT_EQ(first["actual_effort"], json({3.0, 0.0, 2.0}));
    EXPECT_EQ(first["actual_return"][0], 20.0);
    EXPECT_TRUE(first["actual_return"][1].is_null());
    EXPECT_EQ(first["variance_effort"], -4.0); // 5 − 9
    for (const char *key :
         {"planned_cost", "actual_cost", "planned_return", "variance_cost", "variance_return",
          "index_return", "forecast_total_return", "baseline_total_return"})
        EXPECT_TRUE(first.contains(key)) << key;
    EXPECT_TRUE(progress.contains("forecast_total_return"));
    EXPECT_TRUE(progress.contains("baseline_total_return"));
    EXPECT_EQ(run({"progress", "--baseline", "v9"}).exitCode, 2);
    EXPECT_EQ(run({"progress"}).exitCode, 0);
}

TEST_F(ActualsCliTest, CalibrateFitsWithEnoughWeeksAndAppliesOnlyWhenAsked) {
    std::string csv = "activity_id,week,hours,result\n";
    // Ten weeks of 3 h with results that climb and settle.
    const double results[] = {8, 12, 14, 15, 15.5, 16, 15.8, 16.2, 16, 16.1};
    for (int week = 1; week <= 10; ++week)
        csv += std::to_string(reel) + "," + std::to_string(week) + ",3," +
               std::to_string(results[week - 1]) + "\n";
    ASSERT_EQ(run({"actuals", "import", file("a.csv", csv)}).exitCode, 0);
    const std::string before = readBytes(db);
    CliRun result = run({"calibrate", "--json", "--activity", std::to_string(reel)});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(readBytes(db), before);
    json calibration = json::parse(result.out);
    EXPECT_EQ(calibration["applied"], false);
    ASSERT_EQ(calibration["activities"].size(), 1u);
    const json &entry = calibration["activities"][0];
    EXPECT_EQ(entry["weeks_with_results"], 10);
    EXPECT_EQ(entry["fitted"], json({"max_weekly_return", "carryover"}));
    EXPECT_EQ(entry["holdout"]["weeks"], 2); // ⌈10 / 5⌉
    EXPECT_EQ(entry["forecast_total_return"].size(), 3u);
    for (const char *key :
         {"title", "reason", "parameters", "sse", "r2", "nrmse", "mape", "intervals"})
        EXPECT_TRUE(entry.contains(key)) << key;

    result = run({"calibrate", "--json", "--apply"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    calibration = json::parse(result.out);
    EXPECT_EQ(calibration["applied"], true);
    EXPECT_EQ(calibration["activities"][1]["reason"].is_string(), true); // no results: not fitted
    EXPECT_EQ(run({"calibrate", "--activity", "999"}).exitCode, 2);
}

} // namespace
