// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of `castnet report --format xlsx` (DESIGN §16): the
// workbook of each demo campaign, and the refusals that leave the workspace
// as it was and nothing behind. What the workbook holds, cell by cell, is
// read back by tests/core/report/workbook_readback_test.py.
#include <cstdlib>
#include <filesystem>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include "tests/cli/demo_cli_fixture.h"

using castnet::test::CliRun;
using castnet::test::expectOneLineError;
using castnet::test::readBytes;
using castnet::test::runCastnet;
using ::testing::HasSubstr;
using ::testing::StartsWith;

namespace {

namespace fs = std::filesystem;

class WorkbookCliTest : public castnet::test::DemoCliTest {
protected:
    void SetUp() override {
        DemoCliTest::SetUp();
        // libxlsxwriter's scratch files go under TMPDIR, which castnet
        // inherits: an empty folder afterwards proves they were removed.
        fs::create_directory(scratch);
        const char *previous = std::getenv("TMPDIR");
        if (previous)
            savedTmpdir = previous;
        setenv("TMPDIR", scratch.c_str(), 1);
    }
    void TearDown() override {
        if (savedTmpdir)
            setenv("TMPDIR", savedTmpdir->c_str(), 1);
        else
            unsetenv("TMPDIR");
    }

    CliRun workbook(const std::string &out, const std::string &campaign = demoCampaign) {
        return runCastnet(
            {"report", "--db", db, "--campaign", campaign, "--format", "xlsx", "--out", out});
    }

    // The workbook refused: one line naming the reason, the workspace byte
    // for byte as it was, no scratch file left.
    std::string refusal(const std::string &out) {
        const std::string before = readBytes(db);
        const CliRun run = workbook(out);
        expectOneLineError(run);
        EXPECT_EQ(readBytes(db), before) << "a refused workbook writes nothing";
        EXPECT_TRUE(fs::is_empty(scratch)) << "scratch files left behind";
        return run.err;
    }

    std::string scratch = dir.file("scratch");
    std::optional<std::string> savedTmpdir;
};

// The names of a zip's members are stored uncompressed.
bool holdsMember(const std::string &zip, const std::string &name) {
    return zip.find(name) != std::string::npos;
}

} // namespace

TEST_F(WorkbookCliTest, ThePlannedDemoCampaignGetsItsFiveSheetsAndTwoChartsOfTracks) {
    const CliRun run = workbook(dir.file("plan.xlsx"));
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_TRUE(run.err.empty()) << run.err;
    EXPECT_TRUE(run.out.empty()) << run.out;
    const std::string zip = readBytes(dir.file("plan.xlsx"));
    EXPECT_THAT(zip, StartsWith("PK\x03\x04"));
    // Summary, Activities, Weekly, Tracks, Scenarios; no actuals, so no
    // Progress or Calibration.
    EXPECT_TRUE(holdsMember(zip, "xl/worksheets/sheet5.xml"));
    EXPECT_FALSE(holdsMember(zip, "xl/worksheets/sheet6.xml"));
    // Cumulative return, weekly effort against capacity, scenarios.
    EXPECT_TRUE(holdsMember(zip, "xl/charts/chart3.xml"));
    EXPECT_TRUE(fs::is_empty(scratch));
}

TEST_F(WorkbookCliTest, TheCampaignWithActualsAddsProgressAndCalibration) {
    const CliRun run = workbook(dir.file("fleet.xlsx"), "Lumen for fleets");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const std::string zip = readBytes(dir.file("fleet.xlsx"));
    EXPECT_TRUE(holdsMember(zip, "xl/worksheets/sheet7.xml"));
}

TEST_F(WorkbookCliTest, AnExistingWorkbookIsReplacedWhole) {
    ASSERT_EQ(workbook(dir.file("again.xlsx")).exitCode, 0);
    const std::string first = readBytes(dir.file("again.xlsx"));
    ASSERT_EQ(workbook(dir.file("again.xlsx")).exitCode, 0);
    // Stamped with the workbook's date, not the clock: the same bytes again.
    EXPECT_EQ(readBytes(dir.file("again.xlsx")), first);
    EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 3)
        << "the workspace, the scratch folder and the workbook; no temporary file";
}

TEST_F(WorkbookCliTest, TheWorkspaceItselfIsRefused) {
    EXPECT_THAT(refusal(db), HasSubstr("--out"));
}

TEST_F(WorkbookCliTest, TheWorkspaceThroughALinkIsRefused) {
    fs::create_symlink(db, dir.file("link.xlsx"));
    EXPECT_THAT(refusal(dir.file("link.xlsx")), HasSubstr("--out"));
}

TEST_F(WorkbookCliTest, AFolderIsRefused) {
    fs::create_directory(dir.file("folder"));
    EXPECT_THAT(refusal(dir.file("folder")), HasSubstr("folder"));
    EXPECT_TRUE(fs::is_empty(dir.file("folder")));
}

TEST_F(WorkbookCliTest, AMissingFolderIsRefused) {
    EXPECT_THAT(refusal(dir.file("no-such-folder/book.xlsx")), HasSubstr("no-such-folder"));
    EXPECT_FALSE(fs::exists(dir.file("no-such-folder")));
}

TEST_F(WorkbookCliTest, AFileInPlaceOfAFolderIsRefused) {
    const std::string file = dir.file("plain.txt");
    ASSERT_EQ(workbook(file).exitCode, 0); // any file will do as the "folder"
    EXPECT_THAT(refusal(file + "/book.xlsx"), HasSubstr("not a folder"));
}

TEST_F(WorkbookCliTest, AnUnwritableFolderIsRefused) {
    if (geteuid() == 0)
        GTEST_SKIP() << "root writes into any folder";
    fs::create_directory(dir.file("locked"));
    fs::permissions(dir.file("locked"), fs::perms::owner_read | fs::perms::owner_exec);
    EXPECT_THAT(refusal(dir.file("locked/book.xlsx")), HasSubstr("permission denied"));
    fs::permissions(dir.file("locked"), fs::perms::owner_all);
    EXPECT_TRUE(fs::is_empty(dir.file("locked")));
}
