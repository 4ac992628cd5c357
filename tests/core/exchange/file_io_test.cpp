// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/file_io.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>

#include <gtest/gtest.h>

#include "tests/support/file_size_limit.h"

using namespace castnet::core;
namespace fs = std::filesystem;

namespace {

class FileIoTest : public ::testing::Test {
protected:
    void SetUp() override {
        char pattern[] = "/tmp/castnet-file-io-XXXXXX";
        ASSERT_NE(::mkdtemp(pattern), nullptr);
        dir = pattern;
    }
    void TearDown() override { fs::remove_all(dir); }

    std::string path(const std::string &name) const { return (dir / name).string(); }

    static void put(const std::string &file, const std::string &bytes) {
        std::ofstream(file, std::ios::binary) << bytes;
    }

    static std::string bytesOf(const std::string &file) {
        std::ifstream in(file, std::ios::binary);
        std::ostringstream out;
        out << in.rdbuf();
        return out.str();
    }

    std::vector<std::string> entries() const {
        std::vector<std::string> names;
        for (const auto &entry : fs::directory_iterator(dir))
            names.push_back(entry.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    }

    fs::path dir;
};

using castnet::core::testing::FileSizeLimit;

} // namespace

TEST_F(FileIoTest, ReadsEveryByte) {
    const std::string bytes("a\0b\r\n\xFF", 6);
    put(path("data.bin"), bytes);
    auto read = readFile(path("data.bin"));
    ASSERT_TRUE(read.has_value()) << read.error().message;
    EXPECT_EQ(*read, bytes);
}

TEST_F(FileIoTest, ReadsAnEmptyFile) {
    put(path("empty.csv"), "");
    auto read = readFile(path("empty.csv"));
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(*read, "");
}

TEST_F(FileIoTest, MissingFileIsNamed) {
    auto read = readFile(path("missing.csv"));
    ASSERT_FALSE(read.has_value());
    EXPECT_EQ(read.error().message,
              "cannot read \"" + path("missing.csv") + "\": it does not exist");
    EXPECT_EQ(read.error().kind, Error::Kind::User);
}

TEST_F(FileIoTest, FolderIsNotReadAsAFile) {
    auto read = readFile(dir.string());
    ASSERT_FALSE(read.has_value());
    EXPECT_EQ(read.error().message,
              "cannot read \"" + dir.string() + "\": it is a folder, not a file");
}

TEST_F(FileIoTest, WritesANewFile) {
    ASSERT_TRUE(writeFileAtomically(path("out.csv"), "a,b\r\n").has_value());
    EXPECT_EQ(bytesOf(path("out.csv")), "a,b\r\n");
    EXPECT_EQ(entries(), std::vector<std::string>{"out.csv"});
}

TEST_F(FileIoTest, ReplacesAnExistingFileWhole) {
    put(path("out.csv"), std::string(10000, 'x'));
    ASSERT_TRUE(writeFileAtomically(path("out.csv"), "short").has_value());
    EXPECT_EQ(bytesOf(path("out.csv")), "short");
    EXPECT_EQ(entries(), std::vector<std::string>{"out.csv"});
}

TEST_F(FileIoTest, WritesAnEmptyFile) {
    ASSERT_TRUE(writeFileAtomically(path("empty.json"), "").has_value());
    EXPECT_TRUE(fs::exists(path("empty.json")));
    EXPECT_EQ(fs::file_size(path("empty.json")), 0U);
}

TEST_F(FileIoTest, ReplacingKeepsTheFilesPermissions) {
    put(path("report.md"), "old");
    ::chmod(path("report.md").c_str(), 0640);
    ASSERT_TRUE(writeFileAtomically(path("report.md"), "new").has_value());
    struct stat status {};
    ASSERT_EQ(::stat(path("report.md").c_str(), &status), 0);
    EXPECT_EQ(status.st_mode & 0777, 0640U);
}

TEST_F(FileIoTest, WritingThroughALinkReplacesTheLinkedFile) {
    put(path("real.csv"), "old");
    fs::create_symlink(path("real.csv"), path("link.csv"));
    ASSERT_TRUE(writeFileAtomically(path("link.csv"), "new").has_value());
    EXPECT_TRUE(fs::is_symlink(path("link.csv")));
    EXPECT_EQ(bytesOf(path("real.csv")), "new");
}

TEST_F(FileIoTest, MissingFolderIsAnErrorNamingThePath) {
    const std::string target = path("no/such/folder/out.csv");
    auto written = writeFileAtomically(target, "x");
    ASSERT_FALSE(written.has_value());
    EXPECT_EQ(written.error().message, "cannot write \"" + target + "\": it does not exist");
    EXPECT_TRUE(entries().empty());
}

TEST_F(FileIoTest, PathThroughAFileIsAnError) {
    put(path("plain.txt"), "keep");
    const std::string target = path("plain.txt/out.csv");
    auto written = writeFileAtomically(target, "x");
    ASSERT_FALSE(written.has_value());
    EXPECT_EQ(written.error().message,
              "cannot write \"" + target + "\": a part of the path is not a folder");
    EXPECT_EQ(bytesOf(path("plain.txt")), "keep");
}

TEST_F(FileIoTest, FolderIsNotOverwritten) {
    fs::create_directory(path("reports"));
    auto written = writeFileAtomically(path("reports"), "x");
    ASSERT_FALSE(written.has_value());
    EXPECT_EQ(written.error().message,
              "cannot write \"" + path("reports") + "\": it is a folder, not a file");
    EXPECT_TRUE(fs::is_directory(path("reports")));
    EXPECT_EQ(entries(), std::vector<std::string>{"reports"});
}

TEST_F(FileIoTest, FailedWriteLeavesTheOldFileAndNoTemporary) {
    put(path("plan.json"), "the old plan");
    Result<void> written;
    {
        const FileSizeLimit limit(1000);
        written = writeFileAtomically(path("plan.json"), std::string(100000, 'y'));
    }
    ASSERT_FALSE(written.has_value());
    EXPECT_EQ(written.error().message,
              "cannot write \"" + path("plan.json") + "\": the file is larger than allowed");
    EXPECT_EQ(bytesOf(path("plan.json")), "the old plan");
    EXPECT_EQ(entries(), std::vector<std::string>{"plan.json"});
}

TEST_F(FileIoTest, AFifoOrALinkToOneIsRefusedAndKept) {
    // What /dev/stdout leads to when the output is piped.
    ASSERT_EQ(::mkfifo(path("pipe").c_str(), 0600), 0);
    fs::create_symlink(path("pipe"), path("stdout"));
    for (const std::string &name : {path("pipe"), path("stdout")}) {
        auto written = writeFileAtomically(name, "x");
        ASSERT_FALSE(written.has_value()) << name;
        EXPECT_EQ(written.error().kind, Error::Kind::User);
        EXPECT_EQ(written.error().message,
                  "cannot write \"" + name + "\": it is a FIFO (a pipe), not a regular file");
    }
    EXPECT_TRUE(fs::is_fifo(path("pipe")));
    EXPECT_TRUE(fs::is_symlink(path("stdout")));
    EXPECT_EQ(entries(), (std::vector<std::string>{"pipe", "stdout"}));
}

TEST_F(FileIoTest, ADeviceIsRefusedAndKept) {
    // A device node of its own (the null device's numbers), so that nothing
    // outside the test folder is at risk.
    if (::mknod(path("null").c_str(), S_IFCHR | 0666, ::makedev(1, 3)) != 0)
        GTEST_SKIP() << "cannot make a device node here (needs CAP_MKNOD)";
    fs::create_symlink(path("null"), path("link"));
    for (const std::string &name : {path("null"), path("link")}) {
        auto written = writeFileAtomically(name, "x");
        ASSERT_FALSE(written.has_value()) << name;
        EXPECT_EQ(written.error().message,
                  "cannot write \"" + name + "\": it is a device, not a regular file");
    }
    EXPECT_TRUE(fs::is_character_file(path("null")));
    EXPECT_EQ(entries(), (std::vector<std::string>{"link", "null"}));
}

TEST_F(FileIoTest, ALinkToAFileNotThereYetCreatesThatFile) {
    fs::create_directory(path("out"));
    fs::create_symlink("out/report.md", path("latest.md"));
    ASSERT_TRUE(writeFileAtomically(path("latest.md"), "# Report\n"));
    EXPECT_TRUE(fs::is_symlink(path("latest.md")));
    EXPECT_EQ(bytesOf(path("out/report.md")), "# Report\n");
}

TEST_F(FileIoTest, TheSameFileByAnotherNameIsRefused) {
    put(path("castnet.db"), "workspace");
    fs::create_symlink(path("castnet.db"), path("link.db"));
    fs::create_hard_link(path("castnet.db"), path("hard.db"));
    for (const std::string &name : {path("castnet.db"), path("link.db"), path("hard.db")}) {
        auto refused = refuseSameFile(name, path("castnet.db"), "out");
        ASSERT_FALSE(refused.has_value()) << name;
        EXPECT_EQ(refused.error().field, "out");
        EXPECT_EQ(refused.error().message, "--out \"" + name + "\" is the workspace " +
                                               path("castnet.db") + " itself; choose another file");
    }
    put(path("castnet.db-wal"), "journal");
    EXPECT_FALSE(refuseSameFile(path("castnet.db-wal"), path("castnet.db"), "out").has_value());
    put(path("other.csv"), "other");
    EXPECT_TRUE(refuseSameFile(path("other.csv"), path("castnet.db"), "out").has_value());
    EXPECT_TRUE(refuseSameFile(path("new.csv"), path("castnet.db"), "out").has_value());
}

namespace {

// A pid that no process has: a child that has exited and been reaped.
pid_t goneProcess() {
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    ::waitpid(child, nullptr, 0);
    return child;
}

} // namespace

TEST_F(FileIoTest, TemporaryFilesOfAKilledWriterAreRemovedByTheNextWrite) {
    const pid_t gone = goneProcess();
    const std::string abandoned = fmt::format(".plan.csv.{}-0-123456.tmp", gone);
    const std::string running = fmt::format(".plan.csv.{}-0-123456.tmp", ::getppid());
    put(path(abandoned), "half a pl");
    put(path(running), "being written");
    // Names that only look alike, and another target's leftovers, stay.
    put(path(".plan.csv.notes.tmp"), "mine");
    put(path(fmt::format(".other.csv.{}-0-1.tmp", gone)), "another target");
    ASSERT_TRUE(writeFileAtomically(path("plan.csv"), "the plan"));
    EXPECT_EQ(bytesOf(path("plan.csv")), "the plan");
    std::vector<std::string> kept{running, fmt::format(".other.csv.{}-0-1.tmp", gone),
                                  ".plan.csv.notes.tmp", "plan.csv"};
    std::sort(kept.begin(), kept.end());
    EXPECT_EQ(entries(), kept);
}

TEST_F(FileIoTest, CreatingNeverReplacesAFile) {
    put(path("backup.bak"), "the first backup");
    auto created = createFileAtomically(path("backup.bak"), "another");
    ASSERT_FALSE(created.has_value());
    EXPECT_EQ(created.error().message,
              "cannot write \"" + path("backup.bak") + "\": it already exists");
    EXPECT_EQ(bytesOf(path("backup.bak")), "the first backup");
    ASSERT_TRUE(createFileAtomically(path("new.bak"), "new"));
    EXPECT_EQ(bytesOf(path("new.bak")), "new");
    EXPECT_EQ(entries(), (std::vector<std::string>{"backup.bak", "new.bak"}));
}
