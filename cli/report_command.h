// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <string>

#include "cli/command_context.h"
#include "core/report/report_format.h"
#include "core/report/report_model.h"

namespace castnet::cli {

// Writes a report whose format draws charts (PDF, HTML) to `path`, all or
// nothing. Those charts are drawn by the window's Qt code, which this
// library does not link, so main() hands a writer in.
using ReportWriter = std::function<core::Result<void>(
    const core::Report &report, core::ReportFormat format, const std::string &path)>;

// `castnet report`: the strategy report of a campaign as PDF, HTML or
// Markdown. Markdown is written here; PDF and HTML by `writeWithCharts`,
// and refused when there is none (a build without Qt).
Command reportCommand(ReportWriter writeWithCharts);

} // namespace castnet::cli
