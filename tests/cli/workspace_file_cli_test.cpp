// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of what a workspace file may hold (DESIGN §10): a file
// that another tool changed in ways Castnet's rules refuse is refused when
// a command opens it, as a user error (exit 2) on one line; and a command
// that fails leaves the file byte for byte, in either journal mode.
#include <string>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "tests/cli/cli_runner.h"

using castnet::test::CliRun;
using castnet::test::readBytes;
using castnet::test::runCastnet;
using castnet::test::TempDir;
using castnet::test::writeBytes;

namespace {

const std::string csv =
    "channel,title,format,interaction,goal,cadence_per_week,hours_per_occurrence,start_week,"
    "end_week\n"
    "Instagram,Launch reels,video,broadcast,awareness,3,2.5,1,12\n";

// As a user's own SQLite tool would change the file (foreign keys off).
void changeBehindCastnet(const std::string &path, const std::string &sql) {
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    char *message = nullptr;
    EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message), SQLITE_OK)
        << (message ? message : "?");
    sqlite3_free(message);
    sqlite3_close(db);
}

class WorkspaceFileCliTest : public ::testing::Test {
protected:
    void SetUp() override {
        const CliRun imported = importCsv("26");
        ASSERT_EQ(imported.exitCode, 0) << imported.err;
    }

    CliRun importCsv(const std::string &weeks) {
        const std::string path = dir.file("in.csv");
        writeBytes(path, csv);
        return runCastnet({"import", "--db", db, "--brand", "Lumen", "--campaign", "Spring",
                           "--weeks", weeks, path});
    }

    CliRun exportCsv() {
        return runCastnet({"export", "--db", db, "--campaign", "Spring", "--format", "csv", "--out",
                           dir.file("out.csv")});
    }

    TempDir dir;
    std::string db = dir.file("plan.db");
};

void expectRefused(const CliRun &run, const std::string &expected) {
    EXPECT_EQ(run.exitCode, 2) << run.err;
    ASSERT_FALSE(run.err.empty());
    EXPECT_EQ(run.err.find('\n'), run.err.size() - 1) << "one line: " << run.err;
    EXPECT_NE(run.err.find(expected), std::string::npos) << run.err;
}

} // namespace

TEST_F(WorkspaceFileCliTest, ARowCastnetWouldNotWriteIsRefusedInsteadOfExported) {
    changeBehindCastnet(db, "UPDATE activity SET end_week = 40 WHERE id = 1");
    const std::string before = readBytes(db);
    expectRefused(exportCsv(), "(table activity, row 1: end_week 40 is after the campaign's 26 "
                               "weeks)");
    EXPECT_FALSE(std::filesystem::exists(dir.file("out.csv")));
    EXPECT_EQ(readBytes(db), before);
}

TEST_F(WorkspaceFileCliTest, AnIdSequenceAtItsLimitIsAUserErrorNotAnOverflow) {
    changeBehindCastnet(db, "UPDATE sqlite_sequence SET seq = 9223372036854775807 "
                            "WHERE name = 'activity'");
    expectRefused(importCsv("26"), "(table sqlite_sequence, row \"activity\"");
}

TEST_F(WorkspaceFileCliTest, AFileWithoutSqliteSequenceIsAUserError) {
    changeBehindCastnet(db, "PRAGMA writable_schema = ON;"
                            "DELETE FROM sqlite_schema WHERE name = 'sqlite_sequence';"
                            "PRAGMA writable_schema = OFF;");
    expectRefused(importCsv("26"), "it has no sqlite_sequence table");
}

TEST_F(WorkspaceFileCliTest, AFailedImportLeavesAFileInEitherJournalModeByteForByte) {
    for (const char *mode : {"DELETE", "WAL"}) {
        SCOPED_TRACE(mode);
        changeBehindCastnet(db, std::string("PRAGMA journal_mode = ") + mode);
        const std::string before = readBytes(db);
        const CliRun run = importCsv("52"); // the campaign has 26 weeks
        EXPECT_EQ(run.exitCode, 2) << run.err;
        EXPECT_EQ(readBytes(db), before);
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            EXPECT_FALSE(std::filesystem::exists(db + suffix)) << suffix;
    }
}
