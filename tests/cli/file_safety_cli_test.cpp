// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of what the command line writes and where (DESIGN §10,
// §11): --out never replaces the workspace, a device or a FIFO; --db names a
// file; a file size limit is an error, not a silent death; a link given as
// --db is kept.
#include <algorithm>
#include <csignal>
#include <filesystem>
#include <string>
#include <vector>

#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <gtest/gtest.h>

#include "tests/cli/cli_runner.h"

using castnet::test::CliRun;
using castnet::test::readBytes;
using castnet::test::runCastnet;
using castnet::test::TempDir;
using castnet::test::writeBytes;

namespace fs = std::filesystem;

namespace {

const std::string header =
    "channel,title,format,interaction,goal,cadence_per_week,hours_per_occurrence,start_week,"
    "end_week\n";

class FileSafetyCliTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_EQ(runCastnet({"demo", "--db", db}).exitCode, 0); }

    std::vector<std::string> entries() const {
        std::vector<std::string> names;
        for (const auto &entry : fs::directory_iterator(dir.path()))
            names.push_back(entry.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    }

    CliRun exportTo(const std::string &out, const std::string &format = "csv") const {
        return runCastnet(
            {"export", "--db", db, "--campaign-id", "1", "--format", format, "--out", out});
    }

    TempDir dir;
    std::string db = dir.file("plan.db");
};

void expectOneLineError(const CliRun &run, const std::string &expected) {
    EXPECT_EQ(run.exitCode, 2) << run.err;
    ASSERT_FALSE(run.err.empty());
    EXPECT_EQ(run.err.find('\n'), run.err.size() - 1) << "one line: " << run.err;
    EXPECT_NE(run.err.find(expected), std::string::npos) << run.err;
}

} // namespace

TEST_F(FileSafetyCliTest, OutNamingTheWorkspaceIsRefusedByAnyName) {
    fs::create_symlink(db, dir.file("link.db"));
    fs::create_hard_link(db, dir.file("hard.db"));
    const std::string before = readBytes(db);
    for (const std::string name : {"plan.db", "link.db", "hard.db"}) {
        const std::string out = dir.file(name);
        expectOneLineError(exportTo(out), "--out \"" + out + "\" is the workspace " + db +
                                              " itself; choose another file");
        expectOneLineError(exportTo(out, "json"), "is the workspace");
        expectOneLineError(runCastnet({"report", "--db", db, "--campaign-id", "1", "--format", "md",
                                       "--out", out}),
                           "is the workspace");
        EXPECT_EQ(readBytes(db), before) << name;
    }
    EXPECT_TRUE(fs::is_symlink(dir.file("link.db")));
    EXPECT_EQ(entries(), (std::vector<std::string>{"hard.db", "link.db", "plan.db"}));
    // Still a workspace: it opens and holds its campaign.
    EXPECT_EQ(runCastnet({"classify", "--db", db, "--campaign-id", "1"}).exitCode, 0);
}

TEST_F(FileSafetyCliTest, OutThatIsAFifoOrALinkToOneIsRefusedAndKept) {
    // /dev/stdout, when the output is piped, is a link to a FIFO.
    ASSERT_EQ(::mkfifo(dir.file("pipe").c_str(), 0600), 0);
    fs::create_symlink(dir.file("pipe"), dir.file("stdout"));
    for (const std::string name : {"pipe", "stdout"}) {
        expectOneLineError(exportTo(dir.file(name)), "it is a FIFO (a pipe), not a regular file");
        expectOneLineError(runCastnet({"report", "--db", db, "--campaign-id", "1", "--format", "md",
                                       "--out", dir.file(name)}),
                           "not a regular file");
    }
    EXPECT_TRUE(fs::is_fifo(dir.file("pipe")));
    EXPECT_TRUE(fs::is_symlink(dir.file("stdout")));
    EXPECT_EQ(entries(), (std::vector<std::string>{"pipe", "plan.db", "stdout"}));
}

TEST_F(FileSafetyCliTest, OutThatIsADeviceOrAFolderIsRefused) {
    fs::create_directory(dir.file("reports"));
    expectOneLineError(exportTo(dir.file("reports")), "it is a folder, not a file");
    // A device node of the test's own (the null device's numbers), never a
    // system one: a Castnet that replaced devices would replace it.
    if (::mknod(dir.file("null").c_str(), S_IFCHR | 0666, ::makedev(1, 3)) != 0)
        GTEST_SKIP() << "cannot make a device node here (needs CAP_MKNOD)";
    expectOneLineError(exportTo(dir.file("null")), "it is a device, not a regular file");
    EXPECT_TRUE(fs::is_character_file(dir.file("null")));
}

TEST_F(FileSafetyCliTest, OutThroughALinkToAFileWritesThatFile) {
    writeBytes(dir.file("real.csv"), "old");
    fs::create_symlink("real.csv", dir.file("latest.csv"));
    ASSERT_EQ(exportTo(dir.file("latest.csv")).exitCode, 0);
    EXPECT_TRUE(fs::is_symlink(dir.file("latest.csv")));
    EXPECT_TRUE(readBytes(dir.file("real.csv")).starts_with("channel,title,"));
}

TEST_F(FileSafetyCliTest, AWorkspaceInMemoryOrBehindAUriIsRefusedAndNothingIsImported) {
    writeBytes(dir.file("in.csv"), header + "Blog,Post,article,broadcast,awareness,1,1,1,1\n");
    const auto importInto = [&](const std::string &database) {
        return runCastnet(
            {"import", "--db", database, "--brand", "B", "--campaign", "C", dir.file("in.csv")});
    };
    const CliRun memory = importInto(":memory:");
    expectOneLineError(memory, "--db :memory: is a database in memory, which keeps nothing");
    EXPECT_EQ(memory.out, "");
    expectOneLineError(importInto("file:" + dir.file("x.db") + "?mode=memory"),
                       "is an SQLite URI; give the workspace file's path instead");
    // A server that is not there (a socket folder without a server in it):
    // one line naming the address without its password.
    const CliRun server =
        importInto("postgresql://ana:s3cret@/plans?host=" + dir.file("no-server-here"));
    expectOneLineError(server, "cannot connect to postgresql://ana@");
    EXPECT_EQ(server.err.find("s3cret"), std::string::npos);
    EXPECT_EQ(entries(), (std::vector<std::string>{"in.csv", "plan.db"}));
}

TEST_F(FileSafetyCliTest, AFailedImportThroughADanglingLinkKeepsTheLinkAndLeavesNoFile) {
    fs::create_directory(dir.file("data"));
    fs::create_symlink("data/new.db", dir.file("new.db"));
    writeBytes(dir.file("bad.csv"), header + "Blog,Post,article,broadcast,awareness,1,1,1,99\n");
    expectOneLineError(runCastnet({"import", "--db", dir.file("new.db"), "--brand", "B",
                                   "--campaign", "C", "--weeks", "26", dir.file("bad.csv")}),
                       "line 2, column end_week");
    EXPECT_TRUE(fs::is_symlink(dir.file("new.db")));
    EXPECT_TRUE(fs::is_empty(dir.file("data")));
}

TEST_F(FileSafetyCliTest, AnExportPastTheFileSizeLimitIsAnErrorAndLeavesNothing) {
    // 1000 activities export to some 85 KB of CSV (85 bytes a row), past a
    // 48 KB limit; the workspace is only read (its 32 KB -shm file fits), so
    // the limit does not stop opening it.
    std::string csv = header;
    for (int i = 0; i < 1000; ++i)
        csv += "Blog,Post number " + std::to_string(i) + " about brewing,article,broadcast," +
               "awareness,1,1,1,10\n";
    writeBytes(dir.file("many.csv"), csv);
    ASSERT_EQ(runCastnet({"import", "--db", db, "--brand", "B", "--campaign", "Many",
                          dir.file("many.csv")})
                  .exitCode,
              0);
    fs::remove(dir.file("many.csv"));
    writeBytes(dir.file("out.csv"), "the old export");
    const CliRun run = runCastnet({"export", "--db", db, "--campaign", "Many", "--format", "csv",
                                   "--out", dir.file("out.csv")},
                                  48 * 1024);
    EXPECT_NE(run.exitCode, 128 + SIGXFSZ) << "killed by the file size limit";
    expectOneLineError(run, "cannot write \"" + dir.file("out.csv") +
                                "\": the file is larger than allowed");
    EXPECT_EQ(readBytes(dir.file("out.csv")), "the old export");
    EXPECT_EQ(entries(), (std::vector<std::string>{"out.csv", "plan.db"}));
}
