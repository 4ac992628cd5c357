// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/report_export.h"

#include <QSaveFile>

#include "core/exchange/file_io.h"
#include "core/report/html_renderer.h"
#include "core/report/markdown_renderer.h"
#include "ui/common/string_conversion.h"
#include "ui/report/chart_svg.h"
#include "ui/report/report_pdf_writer.h"

namespace castnet::ui {

namespace {

core::Result<void> writePdf(const core::Report &report, const std::string &path) {
    // QSaveFile writes a temporary file in the same folder and renames it
    // on commit(); destroyed uncommitted, it removes the temporary file.
    QSaveFile file(toQString(path));
    if (!file.open(QIODevice::WriteOnly)) {
        return core::fail(
            "cannot write the report to " + path + ": " + toStdString(file.errorString()), "out");
    }
    if (auto written = writeReportPdf(report, file); !written) {
        file.cancelWriting();
        if (written.error().kind != core::Error::Kind::User)
            return written;
        return core::fail("cannot write the report to " + path + ": " + written.error().message,
                          "out");
    }
    if (!file.commit()) {
        return core::fail(
            "cannot write the report to " + path + ": " + toStdString(file.errorString()), "out");
    }
    return {};
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
    return core::writeFileAtomically(path, renderReportText(report, format));
}

} // namespace castnet::ui
