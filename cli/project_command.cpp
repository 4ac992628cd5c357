// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/project_command.h"

#include <fmt/format.h>

#include "cli/project_output.h"
#include "core/analysis/projection.h"
#include "core/analysis/scenario_projection.h"
#include "core/domain/try.h"

namespace castnet::cli {

namespace {

core::Result<void> runProject(const CommandContext &context) {
    CASTNET_TRY(auto loaded, context.loadCampaign());
    CASTNET_TRY(auto scenario,
                findScenario(*loaded.workspace, loaded.campaign,
                             context.value("scenario").value_or(core::Scenario::planName)));
    std::vector<core::Activity> activities =
        scenario ? core::applyScenario(loaded.campaign, loaded.activities, *scenario)
                 : loaded.activities;
    if (context.has("json")) {
        writeProjectionJson(stdout, loaded.campaign, activities);
        return {};
    }
    const core::Projection projection = core::project(loaded.campaign, activities);
    fmt::print("{}", projectionTable(loaded.campaign, projection, activities));
    return {};
}

} // namespace

Command projectCommand() {
    return {"project", "Projects effort, cost and return week by week.",
            "castnet project  --db FILE --campaign C [--scenario S] [--json]",
            [](CommandContext &context) {
                context.addCampaignFlags();
                context.addValue("scenario", "S",
                                 "a stored scenario; plan (the default) is the plan");
                context.addSwitch("json", "print only JSON");
            },
            runProject};
}

} // namespace castnet::cli
