// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/file_io.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <sys/stat.h>

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
