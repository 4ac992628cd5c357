// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string_view>

namespace castnet::core {

// The report's file formats (DESIGN §7); the workbook (DESIGN §16) is
// written from the campaign's figures rather than from the report's text.
enum class ReportFormat { Pdf, Html, Markdown, Xlsx };

// "pdf", "html", "md", "xlsx".
constexpr std::string_view toString(ReportFormat format) {
    switch (format) {
    case ReportFormat::Pdf:
        return "pdf";
    case ReportFormat::Html:
        return "html";
    case ReportFormat::Xlsx:
        return "xlsx";
    case ReportFormat::Markdown:
        break;
    }
    return "md";
}

// The format named on the command line: "pdf", "html", "md" (also
// "markdown") or "xlsx", case as given.
constexpr std::optional<ReportFormat> parseReportFormat(std::string_view word) {
    if (word == "pdf")
        return ReportFormat::Pdf;
    if (word == "html")
        return ReportFormat::Html;
    if (word == "md" || word == "markdown")
        return ReportFormat::Markdown;
    if (word == "xlsx")
        return ReportFormat::Xlsx;
    return std::nullopt;
}

} // namespace castnet::core
