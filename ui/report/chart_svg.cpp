// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/chart_svg.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>

#include "ui/common/string_conversion.h"
#include "ui/report/report_chart.h"

namespace castnet::ui {

std::string chartSvg(const core::ReportChart &chart, const core::ReportUnits &units) {
    const ReportChartDrawing drawing(chart, units);
    const QSize size = drawing.size().toSize();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    // The charts lay their text out at 96 dpi; the same here keeps the
    // font sizes in proportion to the shapes.
    generator.setResolution(96);
    // QSvgGenerator writes the title and description into the SVG as they
    // are, and both carry the user's text (channel names, the return unit).
    generator.setTitle(toQString(chart.title).toHtmlEscaped());
    generator.setDescription(toQString(chart.caption).toHtmlEscaped());
    {
        QPainter painter(&generator);
        drawing.paint(painter, QRectF(QPointF(0, 0), drawing.size()));
    }
    return buffer.data().toStdString();
}

core::ChartSvgSource chartSvgSource() {
    return [](const core::ReportChart &chart, const core::ReportUnits &units) {
        return chartSvg(chart, units);
    };
}

} // namespace castnet::ui
