// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "cli/command_context.h"
#include "core/domain/error.h"
#include "core/storage/sqlite/sqlite_workspace.h"
#include "core/storage/sqlite/workspace_file.h"

namespace castnet::cli {

// The workspace of a subcommand that may create it (demo, import). When the
// subcommand fails, discard() removes the file only if this program created
// it and it still holds nothing anyone wrote: no other program has
// committed to it since it was opened, it holds no brand, the path still
// names that file and no other program has it open. That is decided by what
// is there when the subcommand fails, not by what was there when it started
// (DESIGN §10: one program's failure never removes a file another wrote).
// A team workspace on a server is never created here (`castnet server
// init` does that), so discard() only closes it; the subcommand's own
// transaction has left it as it was.
class CreatedWorkspace {
public:
    // Opens --db, creating the file when missing.
    static core::Result<CreatedWorkspace> open(const CommandContext &context);
    // Opens `db` (a file path or a postgresql:// URI) the same way.
    static core::Result<CreatedWorkspace> open(const std::string &db);

    core::Workspace &workspace() { return *m_workspace; }

    // Closes the workspace after a failed subcommand, removing the file as
    // described above.
    void discard();

private:
    struct Created {
        core::sqlite::FileIdentity file;
        std::int64_t dataVersion = 0; // this connection's, right after opening
    };

    CreatedWorkspace(std::string path, std::unique_ptr<core::Workspace> workspace,
                     std::optional<Created> created);

    // Whether the file still holds only what this program left there.
    bool onlyOurs();

    std::string m_path;
    std::unique_ptr<core::Workspace> m_workspace;
    core::SqliteWorkspace *m_file = nullptr; // m_workspace when it is a file
    std::optional<Created> m_created;
};

} // namespace castnet::cli
