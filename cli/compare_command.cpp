// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/compare_command.h"

#include <fmt/format.h>

#include "cli/compare_output.h"
#include "core/analysis/comparison.h"
#include "core/domain/try.h"

namespace castnet::cli {

namespace {

core::Result<void> runCompare(const CommandContext &context) {
    const std::vector<std::string> names = context.values("scenario");
    if (names.size() < core::minComparedScenarios || names.size() > core::maxComparedScenarios) {
        return core::fail(fmt::format("compare takes {} to {} --scenario flags, not {} (\"plan\" "
                                      "is the plan itself)",
                                      core::minComparedScenarios, core::maxComparedScenarios,
                                      names.size()),
                          "scenario");
    }
    CASTNET_TRY(auto loaded, context.loadCampaign());
    std::vector<core::Scenario> scenarios;
    for (const std::string &name : names) {
        CASTNET_TRY(auto scenario, findScenario(*loaded.workspace, loaded.campaign, name));
        scenarios.push_back(scenario ? std::move(*scenario)
                                     : core::planScenario(loaded.campaign.id));
    }
    CASTNET_TRY(auto comparison, core::compare(loaded.campaign, loaded.activities, scenarios));
    fmt::print("{}", context.has("json") ? comparisonJson(comparison)
                                         : comparisonTable(loaded.campaign, comparison));
    return {};
}

} // namespace

Command compareCommand() {
    return {"compare", "Shows 2 to 4 scenarios side by side.",
            "castnet compare  --db FILE --campaign C --scenario S1 --scenario S2 [...] [--json]",
            [](CommandContext &context) {
                context.addCampaignFlags();
                context.addValue("scenario", "S",
                                 "a scenario to compare, 2 to 4 times; plan is the plan",
                                 /*repeated*/ true);
                context.addSwitch("json", "print only JSON");
            },
            runCompare};
}

} // namespace castnet::cli
