// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of `castnet demo`, `import` and `export`, run on the built
// executable as a user would.
#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/cli/demo_cli_fixture.h"

using castnet::test::CliRun;
using castnet::test::expectOneLineError;
using castnet::test::readBytes;
using castnet::test::runCastnet;
using castnet::test::TempDir;
using castnet::test::writeBytes;

namespace {

const std::string header =
    "channel,title,format,interaction,automated,goal,cadence_per_week,hours_per_occurrence,"
    "setup_hours,cost_per_occurrence,start_week,end_week,max_weekly_return,"
    "half_saturation_hours,shape,carryover,track,notes\r\n";

// A plan as export writes it: canonical numbers, CRLF, quoting only where needed.
const std::string canonicalCsv =
    header +
    "Instagram,Launch reels,video,broadcast,yes,awareness,3,2.5,12,40,1,12,140,,,,,"
    "Shot in batches\r\n"
    "Reddit,\"Answer questions, kindly\",thread_reply,community,no,relationships,6,0.5,0,0,1,"
    "26,,3,1.5,0.8,networking,\"Says \"\"hi\"\"\nand listens\"\r\n"
    "Newsletter,'=cheap tricks,newsletter,broadcast,no,data,0.25,6,8,30.5,2,26,,,,,,\r\n";

class ExchangeCliTest : public castnet::test::CliTest {
protected:
    CliRun importCsv(const std::string &csv, std::vector<std::string> extra = {}) {
        const std::string path = dir.file("in.csv");
        writeBytes(path, csv);
        std::vector<std::string> args{"import",     "--db",   db,        "--brand", "Lumen",
                                      "--campaign", "Spring", "--weeks", "26"};
        args.insert(args.end(), extra.begin(), extra.end());
        args.push_back(path);
        return runCastnet(args);
    }
};

} // namespace

TEST_F(ExchangeCliTest, HelpListsTheSubcommands) {
    const CliRun run = runCastnet({"--help"});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_NE(run.out.find("castnet import"), std::string::npos);
    EXPECT_NE(run.out.find("castnet export"), std::string::npos);
}

TEST_F(ExchangeCliTest, UnknownSubcommandsAndFlagsAreOneLineErrors) {
    expectOneLineError(runCastnet({"frobnicate"}));
    const CliRun run = runCastnet({"export", "--db", db, "--colour", "red"});
    expectOneLineError(run);
    EXPECT_NE(run.err.find("--colour"), std::string::npos);
    expectOneLineError(runCastnet({"export", "--db"}));
}

TEST_F(ExchangeCliTest, DemoCreatesAWorkspaceAndRefusesToOverwriteOne) {
    const CliRun created = runCastnet({"demo", "--db", db});
    ASSERT_EQ(created.exitCode, 0) << created.err;
    const std::string before = readBytes(db);
    ASSERT_FALSE(before.empty());
    EXPECT_FALSE(std::filesystem::exists(db + "-wal")) << "closed cleanly, WAL checkpointed";

    const CliRun again = runCastnet({"demo", "--db", db});
    expectOneLineError(again);
    EXPECT_EQ(readBytes(db), before);
}

TEST_F(ExchangeCliTest, DemoRefusesADirectory) {
    expectOneLineError(runCastnet({"demo", "--db", dir.path().string()}));
}

TEST_F(ExchangeCliTest, CsvExportImportExportGivesIdenticalBytes) {
    const CliRun imported = importCsv(canonicalCsv);
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    const std::string out = dir.file("out.csv");
    const CliRun exported =
        runCastnet({"export", "--db", db, "--campaign", "Spring", "--format", "csv", "--out", out});
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    EXPECT_EQ(readBytes(out), canonicalCsv);
}

TEST_F(ExchangeCliTest, ABadCellNamesLineAndColumnAndStoresNothing) {
    ASSERT_EQ(importCsv(canonicalCsv).exitCode, 0);
    const std::string before = readBytes(db);
    const std::string bad = header + "A,ok,video,broadcast,no,awareness,1,1,0,0,1,2,,,,,,\r\n"
                                     "B,bad,video,broadcast,no,awareness,-3,1,0,0,1,2,,,,,,\r\n";
    const CliRun run = importCsv(bad);
    expectOneLineError(run);
    EXPECT_NE(run.err.find("line 3, column cadence_per_week"), std::string::npos) << run.err;
    EXPECT_EQ(readBytes(db), before) << "the workspace stays byte-for-byte as it was";
}

TEST_F(ExchangeCliTest, AFailedImportIntoANewWorkspaceLeavesNoFile) {
    const CliRun run =
        importCsv(header + "A,t,video,broadcast,no,awareness,1,1,0,0,1,99,,,,,,\r\n");
    expectOneLineError(run);
    EXPECT_NE(run.err.find("line 2, column end_week"), std::string::npos) << run.err;
    EXPECT_FALSE(std::filesystem::exists(db));
}

TEST_F(ExchangeCliTest, ImportIntoAnExistingCampaignMustAgreeOnWeeks) {
    ASSERT_EQ(importCsv(canonicalCsv).exitCode, 0);
    const std::string before = readBytes(db);
    const std::string path = dir.file("more.csv");
    writeBytes(path, canonicalCsv);
    const CliRun run = runCastnet(
        {"import", "--db", db, "--brand", "Lumen", "--campaign", "Spring", "--weeks", "52", path});
    expectOneLineError(run);
    EXPECT_EQ(readBytes(db), before);

    const CliRun appended =
        runCastnet({"import", "--db", db, "--brand", "Lumen", "--campaign", "Spring", path});
    EXPECT_EQ(appended.exitCode, 0) << appended.err;
}

TEST_F(ExchangeCliTest, JsonExportImportsAsAWholeCampaignElsewhere) {
    ASSERT_EQ(runCastnet({"demo", "--db", db}).exitCode, 0);
    const std::string json = dir.file("campaign.json");
    const CliRun exported = runCastnet(
        {"export", "--db", db, "--campaign", "Lumen 2 launch", "--format", "json", "--out", json});
    ASSERT_EQ(exported.exitCode, 0) << exported.err;

    const std::string other = dir.file("other.db");
    const CliRun imported = runCastnet(
        {"import", "--db", other, "--brand", "Lumen", "--campaign", "Lumen 2 launch", json});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;

    const std::string again = dir.file("again.json");
    ASSERT_EQ(runCastnet({"export", "--db", other, "--campaign", "Lumen 2 launch", "--format",
                          "json", "--out", again})
                  .exitCode,
              0);
    // The campaign, its activities and scenarios come back as they were;
    // only the brand is the one named on the command line, and a scenario's
    // id is the new workspace's own (they are listed, and so stored, by name).
    const auto original = nlohmann::json::parse(readBytes(json));
    const auto copy = nlohmann::json::parse(readBytes(again));
    EXPECT_TRUE(copy["campaign"] == original["campaign"]);
    EXPECT_TRUE(copy["activities"] == original["activities"]);
    const auto withoutIds = [](nlohmann::json scenarios) {
        for (auto &scenario : scenarios)
            scenario.erase("id");
        return scenarios;
    };
    ASSERT_EQ(original["scenarios"].size(), 3u);
    EXPECT_TRUE(withoutIds(copy["scenarios"]) == withoutIds(original["scenarios"]));
    EXPECT_EQ(copy["brand"]["name"], "Lumen");

    const std::string csvA = dir.file("a.csv");
    const std::string csvB = dir.file("b.csv");
    runCastnet({"export", "--db", db, "--campaign-id", "1", "--format", "csv", "--out", csvA});
    runCastnet({"export", "--db", other, "--campaign-id", "1", "--format", "csv", "--out", csvB});
    EXPECT_EQ(readBytes(csvA), readBytes(csvB));
}

TEST_F(ExchangeCliTest, AmbiguousCampaignNamesAskForTheBrand) {
    ASSERT_EQ(importCsv(canonicalCsv).exitCode, 0);
    const std::string path = dir.file("in.csv");
    ASSERT_EQ(runCastnet({"import", "--db", db, "--brand", "Other", "--campaign", "Spring", path})
                  .exitCode,
              0);
    const CliRun run = runCastnet({"export", "--db", db, "--campaign", "Spring", "--format", "csv",
                                   "--out", dir.file("x.csv")});
    expectOneLineError(run);
    EXPECT_NE(run.err.find("add --brand"), std::string::npos) << run.err;
    EXPECT_EQ(runCastnet({"export", "--db", db, "--brand", "Other", "--campaign", "Spring",
                          "--format", "csv", "--out", dir.file("x.csv")})
                  .exitCode,
              0);
}

TEST_F(ExchangeCliTest, AnUnwritableOutputPathIsAnErrorAndLeavesNothing) {
    ASSERT_EQ(importCsv(canonicalCsv).exitCode, 0);
    const std::string out = dir.file("missing-dir/out.csv");
    expectOneLineError(runCastnet(
        {"export", "--db", db, "--campaign", "Spring", "--format", "csv", "--out", out}));
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "missing-dir"));
    expectOneLineError(runCastnet({"export", "--db", db, "--campaign", "Spring", "--format", "csv",
                                   "--out", dir.path().string()}));
    for (const auto &entry : std::filesystem::directory_iterator(dir.path()))
        EXPECT_EQ(entry.path().filename().string().find(".tmp"), std::string::npos)
            << "no temporary file left: " << entry.path();
}

TEST_F(ExchangeCliTest, AFailedExportKeepsTheFileItWouldHaveReplaced) {
    ASSERT_EQ(importCsv(canonicalCsv).exitCode, 0);
    const std::string out = dir.file("out.csv");
    writeBytes(out, "last week's export");
    expectOneLineError(runCastnet(
        {"export", "--db", db, "--campaign", "Autumn", "--format", "csv", "--out", out}));
    expectOneLineError(runCastnet(
        {"export", "--db", db, "--campaign", "Spring", "--format", "xlsx", "--out", out}));
    EXPECT_EQ(readBytes(out), "last week's export");
}

TEST_F(ExchangeCliTest, CommandsThatOnlyReadLeaveTheWorkspaceByteForByte) {
    ASSERT_EQ(runCastnet({"demo", "--db", db}).exitCode, 0);
    const std::string before = readBytes(db);
    const std::string campaign = "Lumen 2 launch";
    const std::vector<std::vector<std::string>> commands{
        {"export", "--db", db, "--campaign", campaign, "--format", "csv", "--out",
         dir.file("out.csv")},
        {"export", "--db", db, "--campaign", campaign, "--format", "json", "--out",
         dir.file("out.json")},
        {"classify", "--db", db, "--campaign", campaign, "--json"},
        {"project", "--db", db, "--campaign", campaign},
        {"optimize", "--db", db, "--campaign", campaign, "--json"},
        {"report", "--db", db, "--campaign", campaign, "--format", "md", "--out",
         dir.file("report.md")},
        {"export", "--db", db, "--campaign", "No such campaign", "--format", "csv", "--out",
         dir.file("none.csv")},
    };
    for (const auto &command : commands) {
        const CliRun run = runCastnet(command);
        EXPECT_EQ(readBytes(db), before) << command.front() << ": " << run.err;
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            EXPECT_FALSE(std::filesystem::exists(db + suffix)) << command.front() << suffix;
    }
}

TEST_F(ExchangeCliTest, BadFlagValuesAreRefused) {
    ASSERT_EQ(importCsv(canonicalCsv).exitCode, 0);
    expectOneLineError(runCastnet(
        {"export", "--db", db, "--campaign", "Spring", "--format", "xml", "--out", dir.file("x")}));
    expectOneLineError(importCsv(canonicalCsv, {"--weeks", "0"}));
    expectOneLineError(runCastnet(
        {"import", "--db", db, "--brand", "B", "--campaign", "C", dir.file("missing.csv")}));
}

TEST_F(ExchangeCliTest, MissingDamagedOrForeignWorkspacesAreRefusedUntouched) {
    const CliRun missing = runCastnet({"export", "--db", db, "--campaign-id", "1", "--format",
                                       "csv", "--out", dir.file("o.csv")});
    expectOneLineError(missing);
    EXPECT_FALSE(std::filesystem::exists(db));

    const std::string text = dir.file("notes.txt");
    writeBytes(text, "these are my notes, not a database\n");
    expectOneLineError(runCastnet({"export", "--db", text, "--campaign-id", "1", "--format", "csv",
                                   "--out", dir.file("o.csv")}));
    const std::string csv = dir.file("in.csv");
    writeBytes(csv, canonicalCsv);
    expectOneLineError(
        runCastnet({"import", "--db", text, "--brand", "B", "--campaign", "C", csv}));
    EXPECT_EQ(readBytes(text), "these are my notes, not a database\n");
}
