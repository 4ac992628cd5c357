// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

#include "core/domain/error.h"

namespace castnet::core {

// Where a workspace lives, as --db (or the window's File › Open) names it.
enum class WorkspaceBackend {
    File,      // a workspace file on disk (core/storage/sqlite)
    PostgreSql // a team workspace on a server (core/storage/postgres, DESIGN §15)
};

struct WorkspaceAddress {
    WorkspaceBackend backend = WorkspaceBackend::File;
    std::string location; // the file path, or the connection URI
};

// Tells a file path from a server URI (`postgresql://…`, `postgres://…`).
// Refuses, with a one-line user error, what would look like a workspace but
// keep nothing, or not the file the user named: an empty name, SQLite's
// `:memory:`, SQLite URIs (`file:…`, which may say `mode=memory`) and URIs
// of other schemes. A server URI is never quoted back: it may hold a
// password.
Result<WorkspaceAddress> parseWorkspaceAddress(std::string_view db);

// The file path when `db` names a workspace file; otherwise the error above,
// or, for a server URI, that this Castnet cannot open one yet.
Result<std::string> workspaceFilePath(std::string_view db);

// The refusal of an address whose back end this Castnet does not have.
Error unsupportedBackend(const WorkspaceAddress &address);

} // namespace castnet::core
