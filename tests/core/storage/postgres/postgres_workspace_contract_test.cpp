// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL back end against the Workspace contract: each workspace a
// new schema in one database of the test program's own server, opened as
// an editor.

#include <memory>

#include <gtest/gtest.h>

#include "core/storage/postgres/postgres_workspace.h"
#include "tests/core/workspace/workspace_contract.h"
#include "tests/support/postgres_server.h"

namespace castnet::core {
namespace {

struct PostgresWorkspaceFactory {
    static std::unique_ptr<Workspace> create() {
        auto &server = testing::PostgresEnvironment::server();
        // The previous test has closed its workspace, so its schema can go.
        const std::string database = "contract";
        server.resetWorkspaceDatabase(database);
        auto workspace =
            PostgresWorkspace::open(server.uri(database, testing::PostgresServer::editor));
        if (!workspace) {
            ADD_FAILURE() << workspace.error().message;
            return nullptr;
        }
        return std::move(*workspace);
    }
};

} // namespace

INSTANTIATE_TYPED_TEST_SUITE_P(Postgres, WorkspaceContract, PostgresWorkspaceFactory);

} // namespace castnet::core
