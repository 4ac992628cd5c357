// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/export_command.h"

#include <fmt/format.h>

#include "core/domain/try.h"
#include "core/exchange/campaign_export.h"
#include "core/exchange/file_io.h"

namespace castnet::cli {

namespace {

using core::Result;

Result<void> runExport(const CommandContext &context) {
    CASTNET_TRY(auto word, context.required("format"));
    const auto format = core::parseExchangeFormat(word);
    if (!format)
        return core::fail(fmt::format("--format must be csv, json or ics, not \"{}\"", word),
                          "format");
    CASTNET_TRY(auto out, context.outputPath());
    CASTNET_TRY(auto workspace, context.openWorkspace());
    CASTNET_TRY(auto campaign, context.findCampaign(*workspace));
    CASTNET_TRY(auto bytes, core::exportCampaign(*workspace, campaign.id, *format));
    return core::writeFileAtomically(out, bytes);
}

} // namespace

Command exportCommand() {
    return {"export",
            "Writes a campaign's activities as CSV or as an iCalendar, or the whole campaign as "
            "JSON.",
            "castnet export   --db FILE --campaign C --format csv|json|ics --out PATH",
            [](CommandContext &context) {
                context.addCampaignFlags();
                context.addValue("format", "csv|json|ics",
                                 "csv: the activities; json: the whole campaign; ics: the "
                                 "activities as recurring calendar events");
                context.addValue("out", "PATH", "the file to write");
            },
            runExport};
}

} // namespace castnet::cli
