// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/progress_command.h"

#include <fmt/format.h>

#include "cli/progress_output.h"
#include "core/domain/try.h"

namespace castnet::cli {

namespace {

using core::Result;

// The baseline named by --baseline, else the latest one, else none (the
// plan itself is the baseline).
Result<std::optional<core::Baseline>> chosenBaseline(const CommandContext &context,
                                                     core::Workspace &workspace,
                                                     core::CampaignId campaign) {
    std::optional<std::string> name = context.value("baseline");
    if (!name) {
        CASTNET_TRY(const auto list, workspace.baselines(campaign));
        if (list.empty())
            return std::optional<core::Baseline>();
        name = list.back().name;
    }
    CASTNET_TRY(core::Baseline baseline, workspace.baseline(campaign, *name));
    return std::optional<core::Baseline>(std::move(baseline));
}

Result<void> runProgress(const CommandContext &context) {
    CASTNET_TRY(LoadedCampaign loaded, context.loadCampaign());
    core::Workspace &workspace = *loaded.workspace;
    CASTNET_TRY(const auto baseline, chosenBaseline(context, workspace, loaded.campaign.id));
    CASTNET_TRY(const core::CampaignSnapshot plan, workspace.snapshot(loaded.campaign.id));
    CASTNET_TRY(const std::vector<core::Actual> actuals, workspace.actuals(loaded.campaign.id));
    const core::Progress progress =
        core::progress(baseline ? baseline->frozen : plan, plan, actuals);
    const std::optional<std::string> name =
        baseline ? std::optional<std::string>(baseline->summary.name) : std::nullopt;
    fmt::print("{}", context.has("json") ? progressJson(progress, name)
                                         : progressTable(progress, plan.campaign, name));
    return {};
}

} // namespace

Command progressCommand() {
    return {"progress",
            "Compares actuals with a baseline (by default the latest, else the plan) and "
            "re-forecasts the return.",
            "castnet progress --db FILE --campaign C [--baseline NAME] [--json]",
            [](CommandContext &context) {
                context.addCampaignFlags();
                context.addValue("baseline", "NAME", "the baseline to compare with");
                context.addSwitch("json", "print only JSON");
            },
            runProgress};
}

} // namespace castnet::cli
