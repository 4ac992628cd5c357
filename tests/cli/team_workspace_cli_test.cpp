// SPDX-License-Identifier: GPL-3.0-or-later
// The command line on a team workspace (DESIGN §15), against the program's
// own PostgreSQL server: server init, --db URIs, a viewer's refusal, and
// copies between a file and a server.

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/cli/demo_cli_fixture.h"
#include "tests/support/postgres_server.h"

namespace {

using castnet::core::testing::PostgresEnvironment;
using castnet::core::testing::PostgresServer;
using castnet::test::CliRun;
using castnet::test::expectOneLineError;
using castnet::test::readBytes;
using castnet::test::runCastnet;
using castnet::test::TempDir;
using castnet::test::writeBytes;

constexpr const char *demoCampaign = "Lumen 2 launch";

const std::string plan =
    "channel,title,format,interaction,goal,cadence_per_week,hours_per_occurrence,start_week,"
    "end_week\r\n"
    "Instagram,Launch reels,video,broadcast,awareness,3,2.5,1,12\r\n"
    "Reddit,Answer questions,thread_reply,community,relationships,6,0.5,1,26\r\n";

class TeamWorkspaceCliTest : public ::testing::Test {
protected:
    PostgresServer &server = PostgresEnvironment::server();
    TempDir dir;

    CliRun importPlan(const std::string &db) {
        const std::string csv = dir.file("plan.csv");
        writeBytes(csv, plan);
        return runCastnet({"import", "--db", db, "--brand", "Lumen", "--campaign", "Spring",
                           "--weeks", "26", csv});
    }

    // The campaign's export in `format`, as bytes.
    std::string exported(const std::string &db, const std::string &campaign,
                         const std::string &format) {
        const std::string out = dir.file("export." + format);
        const CliRun run = runCastnet(
            {"export", "--db", db, "--campaign", campaign, "--format", format, "--out", out});
        EXPECT_EQ(run.exitCode, 0) << run.err;
        return readBytes(out);
    }
};

TEST_F(TeamWorkspaceCliTest, ServerInitSetsUpAWorkspaceAndASecondRunChangesNothing) {
    const std::string admin = server.uri(server.createDatabase(), PostgresServer::superuser);
    const CliRun first = runCastnet({"server", "init", "--db", admin});
    ASSERT_EQ(first.exitCode, 0) << first.err;
    EXPECT_EQ(first.out.rfind("Created the team workspace " + admin + " (schema 1)", 0), 0u)
        << first.out;
    const CliRun second = runCastnet({"server", "init", "--db", admin});
    ASSERT_EQ(second.exitCode, 0) << second.err;
    EXPECT_EQ(second.out,
              "The team workspace " + admin + " is up to date (schema 1); nothing was changed.\n");
}

TEST_F(TeamWorkspaceCliTest, ServerInitRefusesAFile) {
    expectOneLineError(runCastnet({"server", "init", "--db", dir.file("plans.db")}));
}

TEST_F(TeamWorkspaceCliTest, EverySubcommandWorksOnAServerUri) {
    const std::string db = server.uri(server.createWorkspaceDatabase(), PostgresServer::editor);
    const CliRun imported = importPlan(db);
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_EQ(imported.out, "Imported 2 activities into campaign \"Spring\" (id 1, new).\n");
    const CliRun classified = runCastnet({"classify", "--db", db, "--campaign", "Spring"});
    EXPECT_EQ(classified.exitCode, 0) << classified.err;
    EXPECT_NE(classified.out.find("Launch reels"), std::string::npos);
    const CliRun saved =
        runCastnet({"baseline", "save", "--db", db, "--campaign", "Spring", "first"});
    EXPECT_EQ(saved.exitCode, 0) << saved.err;
    const CliRun optimized =
        runCastnet({"optimize", "--db", db, "--campaign", "Spring", "--save-as", "Lean", "--json"});
    EXPECT_EQ(optimized.exitCode, 0) << optimized.err;
    EXPECT_NE(exported(db, "Spring", "csv").find("Answer questions"), std::string::npos);
}

TEST_F(TeamWorkspaceCliTest, AViewersWriteIsRefusedInOneLine) {
    const std::string database = server.createWorkspaceDatabase();
    ASSERT_EQ(importPlan(server.uri(database, PostgresServer::editor)).exitCode, 0);
    const std::string viewer = server.uri(database, PostgresServer::viewer);
    const CliRun refused = importPlan(viewer);
    expectOneLineError(refused);
    EXPECT_EQ(refused.err, "castnet: read-only: you are a viewer of this workspace\n");
    const CliRun baseline =
        runCastnet({"baseline", "save", "--db", viewer, "--campaign", "Spring", "mine"});
    EXPECT_EQ(baseline.err, "castnet: read-only: you are a viewer of this workspace\n");
    // Reading is what a viewer may do.
    EXPECT_EQ(runCastnet({"classify", "--db", viewer, "--campaign", "Spring"}).exitCode, 0);
}

TEST_F(TeamWorkspaceCliTest, APasswordInTheUriIsNeverPrinted) {
    const std::string uri = "postgresql://alice:hunter2@/no_such_database?host=" + server.folder();
    const CliRun run = runCastnet({"classify", "--db", uri, "--campaign", "Spring"});
    expectOneLineError(run);
    EXPECT_EQ(run.err.find("hunter2"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("postgresql://alice@/no_such_database"), std::string::npos) << run.err;
}

TEST_F(TeamWorkspaceCliTest, ACopyToAServerAndBackExportsTheSameBytes) {
    const std::string file = dir.file("demo.db");
    ASSERT_EQ(runCastnet({"demo", "--db", file}).exitCode, 0);
    const std::string json = exported(file, demoCampaign, "json");
    const std::string csv = exported(file, demoCampaign, "csv");

    const std::string db = server.uri(server.createWorkspaceDatabase(), PostgresServer::editor);
    const CliRun up = runCastnet({"copy", "--from", file, "--to", db});
    ASSERT_EQ(up.exitCode, 0) << up.err;
    EXPECT_NE(up.out.find("1 baselines"), std::string::npos) << up.out;
    EXPECT_EQ(exported(db, demoCampaign, "json"), json);
    EXPECT_EQ(exported(db, demoCampaign, "csv"), csv);

    const std::string back = dir.file("back.db");
    const CliRun down = runCastnet({"copy", "--from", db, "--to", back});
    ASSERT_EQ(down.exitCode, 0) << down.err;
    EXPECT_EQ(exported(back, demoCampaign, "json"), json);
    EXPECT_EQ(exported(back, demoCampaign, "csv"), csv);
    // Everything came along: progress against the baseline reads the same.
    const auto progress = [&](const std::string &from) {
        return runCastnet({"progress", "--db", from, "--campaign", demoCampaign, "--json"}).out;
    };
    EXPECT_EQ(progress(db), progress(file));
    EXPECT_EQ(progress(back), progress(file));
}

TEST_F(TeamWorkspaceCliTest, ACopyIntoAWorkspaceThatHoldsSomethingIsRefused) {
    const std::string file = dir.file("demo.db");
    ASSERT_EQ(runCastnet({"demo", "--db", file}).exitCode, 0);
    const std::string db = server.uri(server.createWorkspaceDatabase(), PostgresServer::editor);
    ASSERT_EQ(importPlan(db).exitCode, 0);
    const std::string before = exported(db, "Spring", "json");
    const CliRun refused = runCastnet({"copy", "--from", file, "--to", db});
    expectOneLineError(refused);
    EXPECT_NE(refused.err.find("copy only writes into an empty workspace"), std::string::npos);
    EXPECT_EQ(exported(db, "Spring", "json"), before);
    expectOneLineError(runCastnet({"copy", "--from", file, "--to", file}));
}

} // namespace
