// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/demo_command.h"

#include <filesystem>

#include <fmt/format.h>

#include "cli/created_workspace.h"
#include "core/domain/try.h"
#include "core/text/one_line_message.h"
#include "core/workspace/demo.h"

namespace castnet::cli {

namespace {

namespace fs = std::filesystem;
using core::Result;

Result<void> runDemo(const CommandContext &context) {
    CASTNET_TRY(auto path, context.required("db"));
    std::error_code ec;
    if (fs::exists(path, ec) && (fs::is_directory(path, ec) || fs::file_size(path, ec) > 0)) {
        return core::fail(fmt::format("{} already exists; demo only writes a new workspace", path),
                          "db");
    }
    CASTNET_TRY(CreatedWorkspace opened, CreatedWorkspace::open(context));
    // A team workspace exists before demo runs (server init made it); like
    // a file, it must still be empty.
    CASTNET_TRY(const auto brands, opened.workspace().brands());
    if (!brands.empty()) {
        return core::fail(fmt::format("{} already holds brands; demo only writes a new workspace",
                                      opened.workspace().location()),
                          "db");
    }
    Result<core::Campaign> campaign = core::createDemo(opened.workspace(), core::todayIsoDate());
    if (!campaign) {
        opened.discard();
        return tl::unexpected(campaign.error());
    }
    fmt::print("Created the demo workspace {} with campaign \"{}\" (id {}).\n",
               opened.workspace().location(), core::oneLineMessage(campaign->name), campaign->id);
    return {};
}

} // namespace

Command demoCommand() {
    return {"demo", "Writes a new workspace holding a demo brand and its campaign.",
            "castnet demo     --db FILE                            create a demo workspace",
            [](CommandContext &context) {
                context.addValue(
                    "db", "FILE",
                    "the new workspace file, or an empty team workspace's postgresql:// URI");
            },
            runDemo};
}

} // namespace castnet::cli
