// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/report_command.h"

#include <fmt/format.h>

#include "core/domain/try.h"
#include "core/exchange/file_io.h"
#include "core/report/campaign_report.h"
#include "core/report/markdown_renderer.h"
#include "core/report/workbook_writer.h"

namespace castnet::cli {

namespace {

using core::Result;

Result<core::ReportFormat> reportFormatFrom(const CommandContext &context) {
    CASTNET_TRY(auto word, context.required("format"));
    if (const auto format = core::parseReportFormat(word))
        return *format;
    return core::fail(fmt::format("--format must be pdf, html, md or xlsx, not \"{}\"", word),
                      "format");
}

Result<core::PaperSize> paperFrom(const CommandContext &context) {
    const std::string paper = context.value("paper").value_or("a4");
    if (paper == "a4" || paper == "A4")
        return core::PaperSize::A4;
    if (paper == "letter" || paper == "Letter")
        return core::PaperSize::Letter;
    return core::fail(fmt::format("--paper must be a4 or letter, not \"{}\"", paper), "paper");
}

Result<void> runReport(const CommandContext &context, const ReportWriter &writeWithCharts) {
    CASTNET_TRY(auto format, reportFormatFrom(context));
    CASTNET_TRY(auto out, context.outputPath());
    CASTNET_TRY(auto paper, paperFrom(context));
    CASTNET_TRY(auto workspace, context.openWorkspace());
    CASTNET_TRY(auto campaign, context.findCampaign(*workspace));
    if (format == core::ReportFormat::Xlsx) {
        CASTNET_TRY(auto workbook, core::buildCampaignWorkbook(*workspace, campaign.id, {}));
        return core::writeWorkbook(workbook, out);
    }
    core::ReportOptions options;
    options.paper = paper;
    CASTNET_TRY(auto report, core::buildCampaignReport(*workspace, campaign.id, options));
    if (format == core::ReportFormat::Markdown)
        return core::writeFileAtomically(out, core::renderMarkdown(report));
    if (!writeWithCharts) {
        return core::fail(
            "this castnet was built without Qt, so it writes reports only with --format md",
            "format");
    }
    return writeWithCharts(report, format, out);
}

} // namespace

Command reportCommand(ReportWriter writeWithCharts) {
    return {"report", "Writes the strategy report of a campaign.",
            "castnet report   --db FILE --campaign C --format pdf|html|md|xlsx --out PATH "
            "[--paper "
            "a4|letter]",
            [](CommandContext &context) {
                context.addCampaignFlags();
                context.addValue("format", "pdf|html|md|xlsx", "the file format");
                context.addValue("out", "PATH", "the file to write");
                context.addValue("paper", "a4|letter", "the PDF's paper size (default a4)");
            },
            [writeWithCharts = std::move(writeWithCharts)](const CommandContext &context) {
                return runReport(context, writeWithCharts);
            }};
}

} // namespace castnet::cli
