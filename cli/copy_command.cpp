// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/copy_command.h"

#include <fmt/format.h>

#include "cli/created_workspace.h"
#include "core/domain/try.h"
#include "core/exchange/file_io.h"
#include "core/workspace/workspace_address.h"
#include "core/workspace/workspace_copy.h"

namespace castnet::cli {

namespace {

using core::Result;

Result<void> refuseSameWorkspace(const std::string &from, const std::string &to) {
    CASTNET_TRY(const core::WorkspaceAddress source, core::parseWorkspaceAddress(from));
    CASTNET_TRY(const core::WorkspaceAddress target, core::parseWorkspaceAddress(to));
    if (source.backend != target.backend)
        return {};
    if (source.backend == core::WorkspaceBackend::File)
        return core::refuseSameFile(to, from, "to");
    if (source.location == target.location)
        return core::fail("--from and --to name the same workspace", "to");
    return {};
}

Result<void> runCopy(const CommandContext &context) {
    CASTNET_TRY(const std::string from, context.required("from"));
    CASTNET_TRY(const std::string to, context.required("to"));
    CASTNET_TRY_VOID(refuseSameWorkspace(from, to));
    CASTNET_TRY(auto source, openWorkspace(from));
    CASTNET_TRY(CreatedWorkspace target, CreatedWorkspace::open(to));
    auto copied = core::copyWorkspace(*source, target.workspace());
    if (!copied) {
        target.discard();
        return tl::unexpected(copied.error());
    }
    fmt::print("Copied {} brands, {} campaigns, {} activities, {} actuals, {} baselines and {} "
               "calibrations from {} to {}.\n",
               copied->brands, copied->campaigns, copied->activities, copied->actuals,
               copied->baselines, copied->calibrations, source->location(),
               target.workspace().location());
    return {};
}

} // namespace

Command copyCommand() {
    return {"copy",
            "Copies a whole workspace between a file and a team workspace on a server, either "
            "way, into an empty one (a missing file is created).",
            "castnet copy     --from DB --to DB                    copy a whole workspace",
            [](CommandContext &context) {
                context.addValue("from", "DB",
                                 "the workspace to copy: a file or a postgresql:// URI");
                context.addValue("to", "DB", "the empty workspace to copy into");
            },
            runCopy};
}

} // namespace castnet::cli
