// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "core/report/report_model.h"

namespace castnet::core {

// Draws one chart as an <svg> element. Core links no Qt, so the drawing
// comes from the caller (the ui turns the chart into SVG with Qt Charts).
using ChartSvgSource = std::function<std::string(const ReportChart &, const ReportUnits &)>;

// The report as one self-contained HTML5 page: inline CSS, the charts as
// inline SVG, no script and no external address. The title is the <h1>,
// each top-level section an <h2>. A chart also carries its figures table
// (folded away under the drawing); without `chartSvg`, or when it returns
// nothing, the figures table alone stands for the chart.
std::string renderHtml(const Report &report, const ChartSvgSource &chartSvg = {});

// Escapes & < > " ' as entities, so text never becomes markup.
std::string escapeHtml(std::string_view text);

// The <svg> element of an SVG document, ready to sit inside HTML: the XML
// declaration, doctype and comments before it dropped, and the namespace
// declarations too (HTML puts <svg> in the SVG namespace by itself). Empty
// when there is no <svg> element.
std::string inlineSvg(std::string_view svgDocument);

} // namespace castnet::core
