// SPDX-License-Identifier: GPL-3.0-or-later
// Two programs writing one workspace: every change of both is kept, and a
// writer kept waiting too long gets a clear message and changes nothing.
#include <gtest/gtest.h>

#include <sqlite3.h>

#include <chrono>

#include <fmt/format.h>

#include "core/exchange/activity_csv.h"
#include "core/storage/sqlite/sqlite_workspace.h"
#include "tests/cli/cli_runner.h"
#include "tests/reliability/child_process.h"
#include "tests/reliability/reliability_support.h"

namespace castnet::test {
namespace {

using namespace std::chrono_literals;
using core::SqliteWorkspace;

class ConcurrentWritersTest : public ::testing::Test {
protected:
    void SetUp() override {
        workspace = dir.file("castnet.db");
        ASSERT_EQ(runCastnet({"demo", "--db", workspace}).exitCode, 0);
    }

    TempDir dir;
    std::string workspace;
};

// Reads every "done N" line until the writer ends; the last N.
long followToTheEnd(ChildProcess &writer) {
    long last = 0;
    while (auto line = writer.readLine(60s)) {
        if (line->starts_with("done "))
            last = std::stol(line->substr(5));
    }
    return last;
}

TEST_F(ConcurrentWritersTest, TwoWritersInterleavingLoseNoUpdate) {
    constexpr long times = 300;
    auto opened = SqliteWorkspace::open(workspace, SqliteWorkspace::OpenMode::MustExist);
    ASSERT_TRUE(opened.has_value()) << opened.error().message;
    const auto campaigns = (*opened)->campaigns(std::nullopt);
    ASSERT_TRUE(campaigns.has_value() && !campaigns->empty());
    const core::Campaign campaign = campaigns->front();
    const auto planned = (*opened)->activities(campaign.id);
    ASSERT_TRUE(planned.has_value() && !planned->empty());
    const core::Activity counter = planned->front();
    opened->reset();

    // Each step reads the counter and writes it back one higher: a lost
    // update would leave it short of 2 × times.
    const std::vector<std::string> left{"count", workspace, std::to_string(counter.id.value()),
                                        std::to_string(times), "left"};
    const std::vector<std::string> right{"count", workspace, std::to_string(counter.id.value()),
                                         std::to_string(times), "right"};
    ChildProcess first(CASTNET_WRITER, left, dir.file("left.txt"));
    ChildProcess second(CASTNET_WRITER, right, dir.file("right.txt"));
    EXPECT_EQ(followToTheEnd(first), times);
    EXPECT_EQ(followToTheEnd(second), times);
    EXPECT_EQ(first.wait(), 0) << readBytes(dir.file("left.txt"));
    EXPECT_EQ(second.wait(), 0) << readBytes(dir.file("right.txt"));

    auto reopened = SqliteWorkspace::open(workspace, SqliteWorkspace::OpenMode::MustExist);
    ASSERT_TRUE(reopened.has_value()) << reopened.error().message;
    EXPECT_EQ((*reopened)->activity(counter.id)->setupHours, counter.setupHours + 2 * times);
    int lefts = 0;
    int rights = 0;
    int switches = 0; // how often the writer of consecutive new rows changed
    char previous = ' ';
    const auto activities = (*reopened)->activities(campaign.id);
    ASSERT_TRUE(activities.has_value());
    for (const core::Activity &activity : *activities) {
        const char writer = activity.title.starts_with("left ")    ? 'l'
                            : activity.title.starts_with("right ") ? 'r'
                                                                   : ' ';
        if (writer == ' ')
            continue;
        (writer == 'l' ? lefts : rights) += 1;
        switches += previous != ' ' && previous != writer;
        previous = writer;
    }
    EXPECT_EQ(lefts, times);
    EXPECT_EQ(rights, times);
    std::printf("the two writers took turns %d times\n", switches);
    EXPECT_GT(switches, 1) << "the writers never overlapped, so nothing was tested";
}

TEST_F(ConcurrentWritersTest, AWriterKeptWaitingGetsAClearMessageAndChangesNothing) {
    const std::string csv = dir.file("activities.csv");
    writeBytes(csv, core::writeActivityCsv(reliabilityActivities(20)));
    const std::vector<std::string> import{"import", "--db",       workspace, "--brand",
                                          "Lumen",  "--campaign", "Later",   csv};
    sqlite3 *holder = nullptr;
    ASSERT_EQ(sqlite3_open(workspace.c_str(), &holder), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);

    // Castnet waits a few seconds for the other writer, then gives up.
    const CliRun blocked = runCastnet(import);
    sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(holder);
    EXPECT_EQ(blocked.exitCode, 2);
    EXPECT_NE(blocked.err.find(workspace + " is in use by another program"), std::string::npos)
        << blocked.err;
    EXPECT_EQ(blocked.err.find('\n'), blocked.err.size() - 1) << "one line: " << blocked.err;

    WorkspaceState state = inspectWorkspace(workspace);
    EXPECT_EQ(state.integrity, "ok");
    EXPECT_EQ(state.activitiesByCampaign.count("Later"), 0u);

    // Once the other writer is done, the same command succeeds.
    EXPECT_EQ(runCastnet(import).exitCode, 0);
    state = inspectWorkspace(workspace);
    EXPECT_EQ(state.activitiesByCampaign["Later"], 20);
}

} // namespace
} // namespace castnet::test
