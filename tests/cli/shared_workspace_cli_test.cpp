// SPDX-License-Identifier: GPL-3.0-or-later
// Two castnet programs on one workspace (issue 11): a failure of one never
// removes what the other wrote, and the campaign a command names is the one
// it writes to.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "tests/cli/cli_runner.h"

namespace {

using castnet::test::CliRun;
using castnet::test::runCastnet;
using castnet::test::RunningCastnet;
using castnet::test::TempDir;
using castnet::test::writeBytes;

const std::string header =
    "channel,title,format,interaction,automated,goal,cadence_per_week,hours_per_occurrence,"
    "setup_hours,cost_per_occurrence,start_week,end_week,max_weekly_return,"
    "half_saturation_hours,shape,carryover,track,notes\r\n";
const std::string oneActivity =
    header + "Instagram,Launch reels,video,broadcast,yes,awareness,3,2.5,12,40,1,12,,,,,,\r\n";

class SharedWorkspaceCliTest : public ::testing::Test {
protected:
    TempDir dir;
    std::string db = dir.file("castnet.db");
};

// Item 1. B starts an import into a path that does not exist yet and, having
// created the file, waits for its CSV (a FIFO: B is blocked in reading it
// until the test writes, so the order is fixed without a hook or a sleep).
// A imports a good CSV into the same path and succeeds; only then does B
// read a bad CSV and fail.
TEST_F(SharedWorkspaceCliTest, AFailedImportKeepsTheWorkspaceAnotherImportWroteMeanwhile) {
    const std::string late = dir.file("late.csv");
    ASSERT_EQ(::mkfifo(late.c_str(), 0600), 0);
    const std::string good = dir.file("good.csv");
    writeBytes(good, oneActivity);

    RunningCastnet b({"import", "--db", db, "--brand", "Late", "--campaign", "Broken", late});
    // Opening the FIFO for writing returns once B has opened it for reading:
    // B has opened (created) the workspace by then.
    const int fifo = ::open(late.c_str(), O_WRONLY);
    ASSERT_GE(fifo, 0);

    const CliRun a =
        runCastnet({"import", "--db", db, "--brand", "Acme", "--campaign", "Spring", good});
    ASSERT_EQ(a.exitCode, 0) << a.err;

    const std::string bad = "not,a,header\r\n";
    ASSERT_EQ(::write(fifo, bad.data(), bad.size()), static_cast<ssize_t>(bad.size()));
    ::close(fifo);
    const CliRun failed = b.wait();
    EXPECT_EQ(failed.exitCode, 2) << failed.err;

    ASSERT_TRUE(std::filesystem::exists(db)) << "B removed the workspace A had written";
    const CliRun classify = runCastnet({"classify", "--db", db, "--campaign", "Spring"});
    EXPECT_EQ(classify.exitCode, 0) << classify.err;
    EXPECT_NE(classify.out.find("Launch reels"), std::string::npos) << classify.out;
}

// Item 10 (DESIGN §11 v2): --campaign is always a name, also when it is
// made of digits; --campaign-id N picks by id.
class CampaignChoiceCliTest : public SharedWorkspaceCliTest {
protected:
    void SetUp() override {
        // The demo's campaigns are ids 1 and 2, in brand Lumen; the campaign
        // named "1" is id 3, in brand Other.
        ASSERT_EQ(runCastnet({"demo", "--db", db}).exitCode, 0);
        writeBytes(csv, oneActivity);
        const CliRun imported =
            runCastnet({"import", "--db", db, "--brand", "Other", "--campaign", "1", csv});
        ASSERT_EQ(imported.exitCode, 0) << imported.err;
        ASSERT_NE(imported.out.find("(id 3, new)"), std::string::npos) << imported.out;
    }

    std::string csv = dir.file("one.csv");
};

TEST_F(CampaignChoiceCliTest, OptimizeSavesIntoTheCampaignNamedWithDigits) {
    const CliRun saved = runCastnet({"optimize", "--db", db, "--campaign", "1", "--save-as", "Q"});
    ASSERT_EQ(saved.exitCode, 0) << saved.err;
    EXPECT_EQ(runCastnet({"project", "--db", db, "--campaign-id", "3", "--scenario", "Q"}).exitCode,
              0);
    EXPECT_EQ(runCastnet({"project", "--db", db, "--campaign-id", "1", "--scenario", "Q"}).exitCode,
              2)
        << "nothing was written into the demo campaign, id 1";
}

TEST_F(CampaignChoiceCliTest, CampaignIdPicksByIdInEverySubcommand) {
    const CliRun classify = runCastnet({"classify", "--db", db, "--campaign-id", "3"});
    ASSERT_EQ(classify.exitCode, 0) << classify.err;
    EXPECT_NE(classify.out.find("Launch reels"), std::string::npos) << classify.out;
    // Import by id appends to campaign 3: 1 + 1 = 2 activities.
    const CliRun imported = runCastnet({"import", "--db", db, "--campaign-id", "3", csv});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_NE(imported.out.find("Imported 1 activities into campaign \"1\" (id 3)"),
              std::string::npos)
        << imported.out;
    EXPECT_EQ(runCastnet({"export", "--db", db, "--campaign-id", "3", "--format", "csv", "--out",
                          dir.file("out.csv")})
                  .exitCode,
              0);
}

TEST_F(CampaignChoiceCliTest, ANameAndAnIdTogetherOrABadIdAreRefused) {
    const CliRun both =
        runCastnet({"classify", "--db", db, "--campaign", "1", "--campaign-id", "1"});
    EXPECT_EQ(both.exitCode, 2);
    EXPECT_NE(both.err.find("not both"), std::string::npos) << both.err;
    const CliRun bad = runCastnet({"classify", "--db", db, "--campaign-id", "two"});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_NE(bad.err.find("--campaign-id"), std::string::npos) << bad.err;
    const CliRun missing = runCastnet({"classify", "--db", db, "--campaign-id", "9"});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_NE(missing.err.find("no campaign with id 9"), std::string::npos) << missing.err;
    const CliRun otherBrand =
        runCastnet({"import", "--db", db, "--brand", "Lumen", "--campaign-id", "3", csv});
    EXPECT_EQ(otherBrand.exitCode, 2);
    EXPECT_NE(otherBrand.err.find("is in brand \"Other\""), std::string::npos) << otherBrand.err;
}

} // namespace
