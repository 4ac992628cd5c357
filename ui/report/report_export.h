// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "core/domain/error.h"
#include "core/report/report_format.h"
#include "core/report/report_model.h"

namespace castnet::ui {

// Writes the report to `path` in one format: the one entry that the command
// line and the window's Export Report share. All or nothing: the file is
// written beside `path` under a temporary name and renamed over it, so a
// failure leaves no partial file and an existing one untouched. An
// unwritable path is a user error naming it. PDF and HTML draw the charts
// with Qt Charts, so they need a QApplication.
core::Result<void> writeReport(const core::Report &report, core::ReportFormat format,
                               const std::string &path);

// The report's bytes in a text format (Markdown, or HTML with the charts as
// inline SVG).
std::string renderReportText(const core::Report &report, core::ReportFormat format);

} // namespace castnet::ui
