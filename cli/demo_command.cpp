// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/demo_command.h"

#include <filesystem>

#include <fmt/format.h>

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
    const bool existed = fs::exists(path, ec);
    Result<core::Campaign> campaign = [&]() -> Result<core::Campaign> {
        CASTNET_TRY(auto workspace, context.openWorkspace(/*create*/ true));
        return core::createDemo(*workspace, core::todayIsoDate());
    }();
    if (!campaign) {
        if (!existed)
            removeCreatedWorkspace(path);
        return tl::unexpected(campaign.error());
    }
    fmt::print("Created the demo workspace {} with campaign \"{}\" (id {}).\n", path,
               core::oneLineMessage(campaign->name), campaign->id);
    return {};
}

} // namespace

Command demoCommand() {
    return {
        "demo", "Writes a new workspace holding a demo brand and its campaign.",
        "castnet demo     --db FILE                            create a demo workspace",
        [](CommandContext &context) { context.addValue("db", "FILE", "the new workspace file"); },
        runDemo};
}

} // namespace castnet::cli
