// SPDX-License-Identifier: GPL-3.0-or-later
// What the PostgreSQL back end does beyond the Workspace contract: server
// init, the viewer's read-only access, and addresses that never show a
// password (DESIGN §15).

#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <libpq-fe.h>

#include "core/domain/try.h"
#include "core/storage/postgres/connection_uri.h"
#include "core/storage/postgres/postgres_workspace.h"
#include "tests/support/postgres_server.h"
#include "tests/support/sample_records.h"

namespace castnet::core {
namespace {

using testing::PostgresEnvironment;
using testing::PostgresServer;

template<class T> T must(Result<T> result) {
    if (!result) {
        ADD_FAILURE() << result.error().message;
        return T{};
    }
    return std::move(*result);
}

// Every row of the first column of `sql`, run as `user` on `database`.
std::vector<std::string> column(const std::string &uri, const std::string &sql) {
    std::vector<std::string> values;
    PGconn *conn = PQconnectdb(uri.c_str());
    PGresult *result = PQexec(conn, sql.c_str());
    if (PQresultStatus(result) != PGRES_TUPLES_OK)
        ADD_FAILURE() << PQresultErrorMessage(result) << sql;
    for (int row = 0; row < PQntuples(result); ++row)
        values.emplace_back(PQgetvalue(result, row, 0));
    PQclear(result);
    PQfinish(conn);
    return values;
}

// The SQLSTATE of `sql` run as the URI's user ("" when it succeeded).
std::string refusalOf(const std::string &uri, const std::string &sql) {
    PGconn *conn = PQconnectdb(uri.c_str());
    PGresult *result = PQexec(conn, sql.c_str());
    const char *state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    std::string code = state == nullptr ? "" : state;
    PQclear(result);
    PQfinish(conn);
    return code;
}

// Each catalog row of the schema, the roles and the version, with the
// transaction that last wrote it (xmin): a run that rewrites anything, even
// to the same value, changes this.
std::vector<std::string> catalogState(const std::string &uri) {
    return column(
        uri, "SELECT kind || ' ' || name || ' ' || written FROM ("
             " SELECT 'relation' AS kind, c.relname::text AS name, "
             "  c.xmin::text || coalesce(c.relacl::text, '') AS written FROM pg_class AS c "
             "  JOIN pg_namespace AS n ON n.oid = c.relnamespace WHERE n.nspname = 'castnet'"
             " UNION ALL SELECT 'schema', nspname::text, xmin::text || coalesce(nspacl::text, '') "
             "  FROM pg_namespace WHERE nspname = 'castnet'"
             " UNION ALL SELECT 'role', rolname::text, xmin::text FROM pg_authid "
             "  WHERE rolname LIKE 'castnet_%'"
             " UNION ALL SELECT 'trigger', tgname::text, xmin::text FROM pg_trigger "
             "  WHERE tgname LIKE '%_notify'"
             " UNION ALL SELECT 'version', version::text, xmin::text FROM castnet.schema_version"
             ") AS state ORDER BY 1");
}

TEST(PostgresServerInit, CreatesTheSchemaAndRolesAndASecondRunChangesNothing) {
    PostgresServer &server = PostgresEnvironment::server();
    const std::string database = server.createDatabase();
    const std::string admin = server.uri(database, PostgresServer::superuser);
    const auto first = must(PostgresWorkspace::initServer(admin));
    EXPECT_TRUE(first.changed);
    EXPECT_NE(first.summary.find("the team workspace"), std::string::npos) << first.summary;
    const auto before = catalogState(admin);
    // 13 relations at least: 10 tables, 5 sequences, indexes; 24 triggers.
    EXPECT_GT(before.size(), 30u);

    const auto second = must(PostgresWorkspace::initServer(admin));
    EXPECT_FALSE(second.changed);
    EXPECT_EQ(
        second.summary,
        fmt::format("The team workspace {} is up to date (schema 1); nothing was changed.", admin));
    EXPECT_EQ(catalogState(admin), before);
}

TEST(PostgresServerInit, AWorkspaceWithoutASchemaIsRefusedNamingServerInit) {
    PostgresServer &server = PostgresEnvironment::server();
    const std::string database = server.createDatabase();
    const auto opened = PostgresWorkspace::open(server.uri(database, PostgresServer::superuser));
    ASSERT_FALSE(opened.has_value());
    EXPECT_EQ(opened.error().kind, Error::Kind::User);
    EXPECT_NE(opened.error().message.find("castnet server init"), std::string::npos)
        << opened.error().message;
}

TEST(PostgresServerInit, ANewerSchemaIsRefusedAndLeftAlone) {
    PostgresServer &server = PostgresEnvironment::server();
    const std::string database = server.createWorkspaceDatabase();
    server.admin("UPDATE castnet.schema_version SET version = 7", database);
    const std::string admin = server.uri(database, PostgresServer::superuser);
    const auto init = PostgresWorkspace::initServer(admin);
    ASSERT_FALSE(init.has_value());
    EXPECT_NE(init.error().message.find("made by a newer Castnet"), std::string::npos);
    const auto opened = PostgresWorkspace::open(server.uri(database, PostgresServer::editor));
    ASSERT_FALSE(opened.has_value());
    EXPECT_NE(opened.error().message.find("newer Castnet"), std::string::npos);
    EXPECT_EQ(column(admin, "SELECT version FROM castnet.schema_version"),
              std::vector<std::string>{"7"});
}

TEST(PostgresAccess, AViewerReadsButTheServerRefusesEveryWrite) {
    PostgresServer &server = PostgresEnvironment::server();
    const std::string database = server.createWorkspaceDatabase();
    auto editor = must(PostgresWorkspace::open(server.uri(database, PostgresServer::editor)));
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->access(), WorkspaceAccess::Editor);
    const Brand acme = must(editor->addBrand(testing::makeBrand("Acme Coffee")));

    auto viewer = must(PostgresWorkspace::open(server.uri(database, PostgresServer::viewer)));
    ASSERT_NE(viewer, nullptr);
    EXPECT_EQ(viewer->access(), WorkspaceAccess::Viewer);
    EXPECT_EQ(viewer->brands(), std::vector<Brand>{acme});
    const auto added = viewer->addBrand(testing::makeBrand("Bolt Bikes"));
    ASSERT_FALSE(added.has_value());
    EXPECT_EQ(added.error().kind, Error::Kind::User);
    EXPECT_EQ(added.error().message, "read-only: you are a viewer of this workspace");
    Brand renamed = acme;
    renamed.name = "Acme Roasters";
    EXPECT_EQ(viewer->updateBrand(renamed).error().message,
              "read-only: you are a viewer of this workspace");
    EXPECT_EQ(viewer->removeBrand(acme.id).error().message,
              "read-only: you are a viewer of this workspace");
    EXPECT_EQ(editor->brands(), std::vector<Brand>{acme});

    // The server, not Castnet, refuses: the same write in plain SQL as the
    // viewer is denied by its GRANTs (insufficient_privilege).
    const std::string viewerUri = server.uri(database, PostgresServer::viewer);
    EXPECT_EQ(refusalOf(viewerUri, "INSERT INTO castnet.brand (name) VALUES ('Sneaky')"), "42501");
    EXPECT_EQ(refusalOf(viewerUri, "DELETE FROM castnet.brand"), "42501");
    EXPECT_EQ(refusalOf(server.uri(database, PostgresServer::editor),
                        "UPDATE castnet.schema_version SET version = 2"),
              "42501");
}

TEST(PostgresAccess, ARoleWithNeitherGrantIsToldWhomToAsk) {
    PostgresServer &server = PostgresEnvironment::server();
    const std::string database = server.createWorkspaceDatabase();
    server.admin("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mallory') "
                 "THEN CREATE ROLE mallory LOGIN; END IF; END $$");
    const auto opened = PostgresWorkspace::open(server.uri(database, "mallory"));
    ASSERT_FALSE(opened.has_value());
    EXPECT_NE(opened.error().message.find("grant you castnet_editor or castnet_viewer"),
              std::string::npos)
        << opened.error().message;
}

TEST(PostgresAddress, MessagesShowTheAddressWithoutItsPassword) {
    PostgresServer &server = PostgresEnvironment::server();
    const std::string uri =
        fmt::format("postgresql://alice:s3cret@/no_such_database?host={}", server.folder());
    const auto opened = PostgresWorkspace::open(uri);
    ASSERT_FALSE(opened.has_value());
    EXPECT_EQ(opened.error().message.find("s3cret"), std::string::npos) << opened.error().message;
    EXPECT_NE(opened.error().message.find("postgresql://alice@/no_such_database"),
              std::string::npos)
        << opened.error().message;
}

TEST(PostgresAddress, ThePasswordIsTakenOutOfEveryPartOfTheUri) {
    using postgres::withoutPassword;
    EXPECT_EQ(withoutPassword("postgresql://ann:pw@db.example.org:5433/plans?sslmode=verify-full"),
              "postgresql://ann@db.example.org:5433/plans?sslmode=verify-full");
    EXPECT_EQ(withoutPassword("postgresql://ann:p@ss:w@rd@host/plans"),
              "postgresql://ann@host/plans");
    EXPECT_EQ(withoutPassword("postgresql://host/plans?user=ann&password=pw&sslmode=require"),
              "postgresql://host/plans?user=ann&sslmode=require");
    EXPECT_EQ(withoutPassword("postgres://host/plans?password=pw"), "postgres://host/plans");
    EXPECT_EQ(withoutPassword("postgresql://ann@host/plans?sslpassword=key"),
              "postgresql://ann@host/plans");
    EXPECT_EQ(withoutPassword("postgresql:///plans?host=/run/pg"),
              "postgresql:///plans?host=/run/pg");
}

TEST(PostgresTransactions, TheWholeImportOfATransactionIsUndoneWhenItFails) {
    PostgresServer &server = PostgresEnvironment::server();
    const std::string database = server.createWorkspaceDatabase();
    auto ws = must(PostgresWorkspace::open(server.uri(database, PostgresServer::editor)));
    ASSERT_NE(ws, nullptr);
    const auto done = ws->transact([&]() -> Result<void> {
        CASTNET_TRY(const Brand brand, ws->addBrand(testing::makeBrand("Acme Coffee")));
        CASTNET_TRY(const Campaign campaign,
                    ws->addCampaign(testing::makeCampaign(brand.id, "Launch")));
        std::vector<Activity> batch;
        for (int i = 0; i < 500; ++i)
            batch.push_back(testing::makeActivity(fmt::format("Post {}", i)));
        CASTNET_TRY_VOID(ws->addActivities(campaign.id, batch));
        return fail("stopped after the activities");
    });
    EXPECT_FALSE(done.has_value());
    EXPECT_EQ(must(ws->isEmpty()), true);
    EXPECT_EQ(column(server.uri(database, PostgresServer::superuser),
                     "SELECT count(*) FROM castnet.activity"),
              std::vector<std::string>{"0"});
}

} // namespace
} // namespace castnet::core
