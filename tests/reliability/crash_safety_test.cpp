// SPDX-License-Identifier: GPL-3.0-or-later
// castnet and a core writer are killed with SIGKILL at random moments, many
// times over one workspace. After each kill the file must pass SQLite's
// integrity check, open in Castnet, hold every change whose command had
// finished, and hold no half of any change.
#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <thread>

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

constexpr int kills = 40; // of each kind: 120 in all
constexpr int importedRows = 400;

class CrashSafetyTest : public ::testing::Test {
protected:
    void SetUp() override {
        workspace = dir.file("castnet.db");
        errors = dir.file("stderr.txt");
        ASSERT_EQ(runCastnet({"demo", "--db", workspace}).exitCode, 0);
        const std::random_device::result_type seed = std::random_device{}();
        random.seed(seed);
        RecordProperty("seed", std::to_string(seed));
        std::printf("random seed %u\n", seed);
    }

    // A random moment within about `span` from now.
    std::chrono::microseconds randomMoment(std::chrono::microseconds span) {
        std::uniform_int_distribution<long> pick(0, span.count());
        return std::chrono::microseconds(pick(random));
    }

    TempDir dir;
    std::string workspace;
    std::string errors;
    std::mt19937 random;
};

TEST_F(CrashSafetyTest, KilledImportsLeaveEachCampaignWholeOrAbsent) {
    const std::string csv = dir.file("activities.csv");
    writeBytes(csv, core::writeActivityCsv(reliabilityActivities(importedRows)));
    auto importArgs = [&](int run) {
        return std::vector<std::string>{"import",
                                        "--db",
                                        workspace,
                                        "--brand",
                                        "Crash tests",
                                        "--campaign",
                                        fmt::format("Run {}", run),
                                        csv};
    };

    // How long an import takes here, so the kills spread over all of it:
    // start-up, checks, the insert, the commit and the checkpoint at close.
    const auto started = std::chrono::steady_clock::now();
    ASSERT_EQ(runCastnet(importArgs(0)).exitCode, 0);
    const auto span = std::chrono::duration_cast<std::chrono::microseconds>(
        (std::chrono::steady_clock::now() - started) * 1.2);

    std::vector<int> finished{0};
    int killedMidway = 0;
    for (int run = 1; run <= kills; ++run) {
        SCOPED_TRACE(fmt::format("import run {}", run));
        ChildProcess import(CASTNET_EXECUTABLE, importArgs(run), errors);
        std::this_thread::sleep_for(randomMoment(span));
        import.kill();
        const int status = import.wait();
        ASSERT_TRUE(status == 0 || status == ChildProcess::killedStatus)
            << status << ": " << readBytes(errors);
        if (status == 0)
            finished.push_back(run);

        const WorkspaceState state = inspectWorkspace(workspace);
        ASSERT_EQ(state.integrity, "ok");
        ASSERT_TRUE(state.opensInCastnet) << state.openError;
        const auto &counts = state.activitiesByCampaign;
        for (const int done : finished)
            EXPECT_EQ(counts.count(fmt::format("Run {}", done)), 1u) << "lost run " << done;
        const auto thisRun = counts.find(fmt::format("Run {}", run));
        if (thisRun != counts.end()) {
            EXPECT_EQ(thisRun->second, importedRows) << "half an import";
        }
        if (status != 0 && thisRun == counts.end())
            ++killedMidway;
        for (const auto &[campaign, rows] : counts) {
            if (campaign.starts_with("Run ")) {
                EXPECT_EQ(rows, importedRows) << campaign;
            }
        }
    }
    std::printf("%d imports finished, %d killed before their commit\n",
                static_cast<int>(finished.size()) - 1, killedMidway);
    EXPECT_GT(killedMidway, 0) << "no kill landed before a commit";
}

TEST_F(CrashSafetyTest, AKilledExportLeavesTheOldFileOrTheWholeNewOne) {
    const std::string out = dir.file("plan.json");
    const std::vector<std::string> exportArgs{"export",     "--db",           workspace,
                                              "--campaign", "Lumen 2 launch", "--format",
                                              "json",       "--out",          out};
    const auto started = std::chrono::steady_clock::now();
    ASSERT_EQ(runCastnet(exportArgs).exitCode, 0);
    const auto span = std::chrono::duration_cast<std::chrono::microseconds>(
        (std::chrono::steady_clock::now() - started) * 1.2);
    const std::string complete = readBytes(out);
    const std::string old = "last week's export";

    int replaced = 0;
    for (int run = 1; run <= kills; ++run) {
        SCOPED_TRACE(fmt::format("export run {}", run));
        writeBytes(out, old);
        ChildProcess exporter(CASTNET_EXECUTABLE, exportArgs, errors);
        std::this_thread::sleep_for(randomMoment(span));
        exporter.kill();
        const int status = exporter.wait();
        ASSERT_TRUE(status == 0 || status == ChildProcess::killedStatus) << readBytes(errors);
        const std::string now = readBytes(out);
        EXPECT_TRUE(now == old || now == complete)
            << "a partial export of " << now.size() << " bytes";
        replaced += now == complete;
        if (status == 0) {
            EXPECT_EQ(now, complete);
        }
    }
    std::printf("%d of %d killed exports had replaced the file\n", replaced, kills);
    EXPECT_EQ(inspectWorkspace(workspace).integrity, "ok");
}

TEST_F(CrashSafetyTest, KilledEditsKeepEveryFinishedStepAndNoHalfStep) {
    const std::string campaignId = demoCampaignId(workspace);
    ASSERT_FALSE(campaignId.empty());
    long lastDone = 0;
    long interrupted = 0;
    for (int run = 1; run <= kills; ++run) {
        SCOPED_TRACE(fmt::format("edit run {}", run));
        ChildProcess writer(CASTNET_WRITER, {"steps", workspace, campaignId}, errors);
        const auto killAt = std::chrono::steady_clock::now() + randomMoment(200ms);
        while (std::chrono::steady_clock::now() < killAt) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                killAt - std::chrono::steady_clock::now());
            auto line = writer.readLine(std::max(left, 1ms));
            if (line && line->starts_with("done "))
                lastDone = std::stol(line->substr(5));
        }
        writer.kill();
        // Lines written before the kill still count as finished steps.
        while (auto line = writer.readLine(50ms)) {
            if (line->starts_with("done "))
                lastDone = std::stol(line->substr(5));
        }
        ASSERT_EQ(writer.wait(), ChildProcess::killedStatus) << readBytes(errors);

        const WorkspaceState state = inspectWorkspace(workspace);
        ASSERT_EQ(state.integrity, "ok");
        ASSERT_TRUE(state.opensInCastnet) << state.openError;
        const StepState steps = inspectSteps(workspace, campaignId);
        // Every step reported done is there; the one being written when the
        // kill came is there whole or not at all.
        EXPECT_TRUE(steps.step == lastDone || steps.step == lastDone + 1)
            << "stored step " << steps.step << ", last done " << lastDone;
        if (steps.step > 0) {
            EXPECT_EQ(steps.firstTitle, fmt::format("step {}", steps.step));
            EXPECT_EQ(steps.secondNotes, fmt::format("step {}", steps.step));
            EXPECT_EQ(steps.added, std::vector<std::string>{fmt::format("added {}", steps.step)});
        } else {
            EXPECT_TRUE(steps.added.empty());
        }
        if (steps.step == lastDone + 1)
            ++interrupted;
        lastDone = steps.step;
    }
    std::printf("%ld steps committed over %d kills; %ld committed but not yet reported\n", lastDone,
                kills, interrupted);
    EXPECT_GT(lastDone, kills) << "the writer made too little progress to test anything";
}

} // namespace
} // namespace castnet::test
