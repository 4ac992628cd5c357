// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/import_command.h"

#include <fmt/format.h>

#include "cli/created_workspace.h"
#include "core/domain/try.h"
#include "core/exchange/campaign_import.h"
#include "core/text/number_format.h"
#include "core/text/one_line_message.h"

namespace castnet::cli {

namespace {

using core::Result;

Result<std::optional<int>> weeksFrom(const CommandContext &context) {
    const auto text = context.value("weeks");
    if (!text)
        return std::optional<int>{};
    const auto weeks = core::parseInt(*text);
    if (!weeks || *weeks < core::Campaign::minWeeks || *weeks > core::Campaign::maxWeeks) {
        return core::fail(fmt::format("--weeks must be a whole number from {} to {}, not \"{}\"",
                                      core::Campaign::minWeeks, core::Campaign::maxWeeks, *text),
                          "weeks");
    }
    return std::optional<int>(*weeks);
}

Result<void> runImport(const CommandContext &context) {
    core::ImportRequest request;
    CASTNET_TRY(request.campaignId, context.campaignId());
    if (request.campaignId) {
        // An existing campaign: --brand only narrows, --campaign is refused.
        if (context.value("campaign"))
            return core::fail("give --campaign or --campaign-id, not both", "campaign-id");
        request.brandName = context.value("brand").value_or("");
    } else {
        for (auto [flag, target] : {std::pair{"brand", &request.brandName},
                                    std::pair{"campaign", &request.campaignName}}) {
            CASTNET_TRY(*target, context.required(flag));
        }
    }
    auto weeks = weeksFrom(context);
    if (!weeks)
        return tl::unexpected(weeks.error());
    request.weeks = *weeks;
    request.path = context.file();

    CASTNET_TRY(CreatedWorkspace opened, CreatedWorkspace::open(context));
    Result<core::ImportResult> imported = core::importCampaignFile(opened.workspace(), request);
    if (!imported) {
        opened.discard();
        return tl::unexpected(imported.error());
    }
    fmt::print("Imported {} activities into campaign \"{}\" (id {}{}).\n",
               imported->activitiesAdded, core::oneLineMessage(imported->campaign.name),
               imported->campaign.id, imported->campaignCreated ? ", new" : "");
    return {};
}

} // namespace

Command importCommand() {
    return {"import", "Imports activities from CSV, or a whole campaign from JSON.",
            "castnet import   --db FILE --brand B --campaign C [--weeks N] FILE.csv|FILE.json\n"
            "castnet import   --db FILE --campaign-id N FILE.csv|FILE.json",
            [](CommandContext &context) {
                context.addValue("db", "FILE",
                                 "the workspace file, created when missing, or a team workspace's "
                                 "postgresql:// URI");
                context.addValue("brand", "B", "the brand, created when missing");
                context.addValue("campaign", "C", "the campaign's name, created when missing");
                context.addValue("campaign-id", "N",
                                 "an existing campaign's id, instead of --brand and --campaign");
                context.addValue("weeks", "N",
                                 "a new campaign's length (default 52); an existing one's must "
                                 "match");
                context.addFile("FILE.csv|FILE.json", "an activity CSV or a campaign as JSON");
            },
            runImport};
}

} // namespace castnet::cli
