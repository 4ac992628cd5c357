// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite back end against the Workspace contract, each workspace a new
// file in one temporary folder.

#include <memory>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "core/storage/sqlite/sqlite_workspace.h"
#include "tests/core/storage/sqlite/workspace_test_support.h"
#include "tests/core/workspace/workspace_contract.h"

namespace castnet::core {
namespace {

struct SqliteWorkspaceFactory {
    static std::unique_ptr<Workspace> create() {
        // Removed with its files when the test program ends, after every
        // workspace made here has been closed by its test.
        static const testing::TempDir dir;
        static int made = 0;
        const std::string path = dir.file(fmt::format("contract-{}.db", ++made));
        return testing::openWorkspace(path, SqliteWorkspace::OpenMode::CreateIfMissing);
    }
};

} // namespace

INSTANTIATE_TYPED_TEST_SUITE_P(Sqlite, WorkspaceContract, SqliteWorkspaceFactory);

} // namespace castnet::core
