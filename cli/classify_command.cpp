// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/classify_command.h"

#include <fmt/format.h>

#include "cli/classify_output.h"
#include "core/domain/try.h"

namespace castnet::cli {

namespace {

core::Result<void> runClassify(const CommandContext &context) {
    CASTNET_TRY(auto loaded, context.loadCampaign());
    const auto objective = loaded.campaign.objective;
    fmt::print("{}", context.has("json") ? classificationJson(loaded.activities, objective)
                                         : classificationTable(loaded.activities, objective));
    return {};
}

} // namespace

Command classifyCommand() {
    return {"classify", "Shows each activity's track, media or networking, and why.",
            "castnet classify --db FILE --campaign C [--json]",
            [](CommandContext &context) {
                context.addCampaignFlags();
                context.addSwitch("json", "print only JSON");
            },
            runClassify};
}

} // namespace castnet::cli
