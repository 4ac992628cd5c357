// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/report_export.h"

#include <string_view>

#include <QBuffer>
#include <QByteArray>

#include "core/exchange/file_io.h"
#include "core/report/html_renderer.h"
#include "core/report/markdown_renderer.h"
#include "ui/report/chart_svg.h"
#include "ui/report/report_pdf_writer.h"

namespace castnet::ui {

namespace {

// The PDF is painted into memory and then written like every other output,
// by the core's atomic writer (temporary file, fsync of the file and of its
// folder, rename), so a report is never left half written.
core::Result<void> writePdf(const core::Report &report, const std::string &path) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return core::failInternal("the report could not be started");
    if (auto painted = writeReportPdf(report, buffer); !painted) {
        if (painted.error().kind != core::Error::Kind::User)
            return painted;
        return core::fail("cannot write the report to " + path + ": " + painted.error().message,
                          "out");
    }
    buffer.close();
    return core::writeFileAtomically(
        path, std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

} // namespace

std::string renderReportText(const core::Report &report, core::ReportFormat format) {
    if (format == core::ReportFormat::Html)
        return core::renderHtml(report, chartSvgSource());
    return core::renderMarkdown(report);
}

core::Result<void> writeReport(const core::Report &report, core::ReportFormat format,
                               const std::string &path) {
    if (format == core::ReportFormat::Pdf)
        return writePdf(report, path);
    // The workbook holds the campaign's figures, not the report's text.
    if (format == core::ReportFormat::Xlsx)
        return core::failInternal("a workbook is written with core::writeWorkbook()");
    return core::writeFileAtomically(path, renderReportText(report, format));
}

} // namespace castnet::ui
