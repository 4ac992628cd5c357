// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/server_command.h"

#include <fmt/format.h>

#include "core/domain/try.h"
#include "core/storage/postgres/postgres_workspace.h"
#include "core/workspace/workspace_address.h"

namespace castnet::cli {

namespace {

using core::Result;

Result<void> runInit(const CommandContext &context) {
    CASTNET_TRY(const std::string db, context.required("db"));
    CASTNET_TRY(const core::WorkspaceAddress address, core::parseWorkspaceAddress(db));
    if (address.backend != core::WorkspaceBackend::PostgreSql) {
        return core::fail("server init takes a team workspace's postgresql:// URI, not a file "
                          "(a file needs no init)",
                          "db");
    }
    CASTNET_TRY(const auto report, core::PostgresWorkspace::initServer(address.location));
    fmt::print("{}\n", report.summary);
    return {};
}

} // namespace

Command serverInitCommand() {
    return {"server init",
            "Creates a team workspace on a PostgreSQL server, with the roles castnet_editor and "
            "castnet_viewer to grant to people; run again, it changes nothing.",
            "castnet server   init --db URI                        set up a team workspace",
            [](CommandContext &context) {
                context.addValue("db", "URI",
                                 "postgresql://user@host:port/database as a role that may "
                                 "create the schema and the roles");
            },
            runInit};
}

} // namespace castnet::cli
