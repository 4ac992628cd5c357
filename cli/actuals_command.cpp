// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/actuals_command.h"

#include <fmt/format.h>

#include "core/actuals/actuals_csv.h"
#include "core/domain/try.h"
#include "core/exchange/file_io.h"
#include "core/text/one_line_message.h"

namespace castnet::cli {

namespace {

using core::Result;

Result<void> runActualsImport(const CommandContext &context) {
    CASTNET_TRY(LoadedCampaign loaded, context.loadCampaign());
    CASTNET_TRY(const std::string text, core::readFile(context.file()));
    CASTNET_TRY(const std::vector<core::Actual> actuals,
                core::readActualsCsv(text, loaded.campaign, loaded.activities));
    CASTNET_TRY(const core::ActualsStored stored,
                loaded.workspace->storeActuals(loaded.campaign.id, actuals));
    fmt::print("Imported actuals into campaign \"{}\": {} week{} added, {} replaced.\n",
               core::oneLineMessage(loaded.campaign.name), stored.addedWeeks,
               stored.addedWeeks == 1 ? "" : "s", stored.replacedWeeks);
    return {};
}

Result<void> runActualsExport(const CommandContext &context) {
    CASTNET_TRY(const std::string out, context.outputPath());
    CASTNET_TRY(LoadedCampaign loaded, context.loadCampaign());
    CASTNET_TRY(const std::vector<core::Actual> actuals,
                loaded.workspace->actuals(loaded.campaign.id));
    return core::writeFileAtomically(
        out, core::writeActualsCsv(actuals, loaded.campaign, loaded.activities));
}

} // namespace

Command actualsImportCommand() {
    return {"actuals import",
            "Records what happened: hours, cost and results per activity and week, from CSV.",
            "castnet actuals  import --db FILE --campaign C FILE.csv",
            [](CommandContext &context) {
                context.addCampaignFlags();
                context.addFile("FILE.csv", "an actuals CSV (activity_id or channel and title, "
                                            "week or date, hours, ...)");
            },
            runActualsImport};
}

Command actualsExportCommand() {
    return {"actuals export", "Writes the campaign's actuals as CSV, in the format import reads.",
            "castnet actuals  export --db FILE --campaign C --out PATH",
            [](CommandContext &context) {
                context.addCampaignFlags();
                context.addValue("out", "PATH", "the file to write");
            },
            runActualsExport};
}

} // namespace castnet::cli
