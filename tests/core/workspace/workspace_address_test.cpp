// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/workspace_address.h"

#include <gtest/gtest.h>

using namespace castnet::core;

namespace {

std::string refusal(std::string_view db) {
    auto address = parseWorkspaceAddress(db);
    if (address)
        return "accepted";
    EXPECT_EQ(address.error().kind, Error::Kind::User);
    EXPECT_EQ(address.error().field, "db");
    return address.error().message;
}

} // namespace

TEST(WorkspaceAddressTest, AFilePathIsAFile) {
    for (const char *path :
         {"castnet.db", "/home/ana/plans/2026.db", "./file:odd.db", "./:memory:", "C:notes.db"}) {
        auto address = parseWorkspaceAddress(path);
        ASSERT_TRUE(address.has_value()) << path;
        EXPECT_EQ(address->backend, WorkspaceBackend::File);
        EXPECT_EQ(address->location, path);
    }
}

TEST(WorkspaceAddressTest, AnInMemoryDatabaseIsRefused) {
    EXPECT_EQ(refusal(":memory:"),
              "--db :memory: is a database in memory, which keeps nothing; give a workspace file");
}

TEST(WorkspaceAddressTest, SqliteUrisAreRefused) {
    EXPECT_EQ(refusal("file:x.db?mode=memory"),
              "--db \"file:x.db?mode=memory\" is an SQLite URI; give the workspace file's path "
              "instead");
    EXPECT_NE(refusal("file:/tmp/x.db").find("is an SQLite URI"), std::string::npos);
    EXPECT_NE(refusal("file::memory:?cache=shared").find("is an SQLite URI"), std::string::npos);
}

TEST(WorkspaceAddressTest, AnEmptyNameIsRefused) {
    // SQLite would open a temporary database that is deleted on closing.
    EXPECT_EQ(refusal(""), "--db needs a workspace file");
}

TEST(WorkspaceAddressTest, APostgresqlUriNamesTheServerBackEnd) {
    for (const char *uri : {"postgresql://ana@db.example.org:5432/plans?sslmode=require",
                            "postgres://localhost/plans", "PostgreSQL://localhost/plans"}) {
        auto address = parseWorkspaceAddress(uri);
        ASSERT_TRUE(address.has_value()) << uri;
        EXPECT_EQ(address->backend, WorkspaceBackend::PostgreSql);
        EXPECT_EQ(address->location, uri);
    }
}

TEST(WorkspaceAddressTest, AServerIsRefusedAsAFileWithoutQuotingItsPassword) {
    auto path = workspaceFilePath("postgresql://ana:s3cret@db.example.org/plans");
    ASSERT_FALSE(path.has_value());
    EXPECT_EQ(path.error().kind, Error::Kind::User);
    EXPECT_EQ(path.error().message,
              "team workspaces on a PostgreSQL server (postgresql://…) are not supported by this "
              "version of Castnet; give a workspace file");
    EXPECT_EQ(path.error().message.find("s3cret"), std::string::npos);
}

TEST(WorkspaceAddressTest, OtherSchemesAreRefused) {
    EXPECT_EQ(refusal("mysql://localhost/plans"),
              "--db takes a workspace file or a postgresql:// address, not a mysql:// address");
}
