// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/import_command.h"

#include <filesystem>

#include <fmt/format.h>

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
    for (auto [flag, target] :
         {std::pair{"brand", &request.brandName}, std::pair{"campaign", &request.campaignName}}) {
        auto value = context.required(flag);
        if (!value)
            return tl::unexpected(value.error());
        *target = *value;
    }
    auto weeks = weeksFrom(context);
    if (!weeks)
        return tl::unexpected(weeks.error());
    request.weeks = *weeks;
    request.path = context.file();

    const std::string db = context.value("db").value_or("");
    std::error_code ec;
    const bool existed = !db.empty() && std::filesystem::exists(db, ec);
    Result<core::ImportResult> imported = [&]() -> Result<core::ImportResult> {
        auto workspace = context.openWorkspace(/*create*/ true);
        if (!workspace)
            return tl::unexpected(workspace.error());
        return core::importCampaignFile(**workspace, request);
    }();
    if (!imported) {
        if (!existed && !db.empty())
            removeCreatedWorkspace(db);
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
            "castnet import   --db FILE --brand B --campaign C [--weeks N] FILE.csv|FILE.json",
            [](CommandContext &context) {
                context.addValue("db", "FILE", "the workspace file, created when missing");
                context.addValue("brand", "B", "the brand, created when missing");
                context.addValue("campaign", "C", "the campaign, created when missing");
                context.addValue("weeks", "N",
                                 "a new campaign's length (default 52); an existing one's must "
                                 "match");
                context.addFile("FILE.csv|FILE.json", "an activity CSV or a campaign as JSON");
            },
            runImport};
}

} // namespace castnet::cli
