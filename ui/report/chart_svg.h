// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "core/report/html_renderer.h"
#include "core/report/report_model.h"

namespace castnet::ui {

// The chart as an SVG document drawn by Qt's SVG generator from the same
// Qt Charts objects as the window and the PDF: vector shapes and real text.
// Needs a QApplication.
std::string chartSvg(const core::ReportChart &chart, const core::ReportUnits &units);

// chartSvg() as the HTML renderer takes it.
core::ChartSvgSource chartSvgSource();

} // namespace castnet::ui
