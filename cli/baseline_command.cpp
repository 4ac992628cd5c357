// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/baseline_command.h"

#include <fmt/format.h>

#include "cli/text_table.h"
#include "core/domain/try.h"
#include "core/text/one_line_message.h"

namespace castnet::cli {

namespace {

using core::Result;

Result<void> runSave(const CommandContext &context) {
    CASTNET_TRY(LoadedCampaign loaded, context.loadCampaign());
    CASTNET_TRY(const core::BaselineSummary saved,
                loaded.workspace->saveBaseline(loaded.campaign.id, context.file()));
    fmt::print("Saved baseline \"{}\" of campaign \"{}\" ({} activities).\n",
               core::oneLineMessage(saved.name), core::oneLineMessage(loaded.campaign.name),
               saved.activityCount);
    return {};
}

Result<void> runList(const CommandContext &context) {
    CASTNET_TRY(LoadedCampaign loaded, context.loadCampaign());
    CASTNET_TRY(const auto list, loaded.workspace->baselines(loaded.campaign.id));
    if (list.empty()) {
        fmt::print("Campaign \"{}\" has no baseline; progress compares with the plan.\n",
                   core::oneLineMessage(loaded.campaign.name));
        return {};
    }
    TextTable table({{"name"}, {"saved (UTC)"}, {"activities", TextTable::Align::Right}});
    for (const core::BaselineSummary &baseline : list) {
        table.addRow({core::oneLineMessage(baseline.name), baseline.savedAt,
                      std::to_string(baseline.activityCount)});
    }
    fmt::print("{}", table.render());
    return {};
}

Result<void> runDelete(const CommandContext &context) {
    CASTNET_TRY(LoadedCampaign loaded, context.loadCampaign());
    CASTNET_TRY_VOID(loaded.workspace->removeBaseline(loaded.campaign.id, context.file()));
    fmt::print("Deleted baseline \"{}\".\n", core::oneLineMessage(context.file()));
    return {};
}

} // namespace

Command baselineSaveCommand() {
    return {"baseline save", "Freezes the campaign and its activities as they are, under NAME.",
            "castnet baseline save|list|delete --db FILE --campaign C [NAME]",
            [](CommandContext &context) {
                context.addCampaignFlags();
                context.addFile("NAME", "the baseline's name, unique in the campaign");
            },
            runSave};
}

// list and delete share the synopsis of save, which `castnet --help` shows once.
Command baselineListCommand() {
    return {"baseline list", "Lists the campaign's baselines, oldest first.",
            "castnet baseline save|list|delete --db FILE --campaign C [NAME]",
            [](CommandContext &context) { context.addCampaignFlags(); }, runList};
}

Command baselineDeleteCommand() {
    return {"baseline delete", "Deletes the baseline NAME; the plan and the actuals stay.",
            "castnet baseline save|list|delete --db FILE --campaign C [NAME]",
            [](CommandContext &context) {
                context.addCampaignFlags();
                context.addFile("NAME", "the baseline to delete");
            },
            runDelete};
}

} // namespace castnet::cli
