// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QSizeF>

#include "core/report/report_model.h"

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
class QRectF;
class QWidget;
QT_END_NAMESPACE

namespace castnet::ui {

// One chart of the report, drawn by the same Qt Charts adapter as the
// window's charts (ui/charts) on a fixed light palette, so that paper and
// screen agree whatever the desktop theme. Needs a QApplication.
class ReportChartDrawing final {
public:
    ReportChartDrawing(const core::ReportChart &chart, const core::ReportUnits &units);
    ~ReportChartDrawing();
    ReportChartDrawing(const ReportChartDrawing &) = delete;
    ReportChartDrawing &operator=(const ReportChartDrawing &) = delete;

    // The chart's natural size in its own pixels (1/96 inch): wide enough for
    // a page, tall enough for its legend and bars.
    QSizeF size() const { return m_size; }

    // Paints the chart into `target` as vector graphics, scaled from size().
    void paint(QPainter &painter, const QRectF &target) const;

private:
    std::unique_ptr<QWidget> m_widget; // owns the QChart
    QChart *m_chart = nullptr;         // null for the painted charts
    QSizeF m_size;
    // The painted charts (schedule, scenarios): what they draw.
    core::ReportChartKind m_kind = core::ReportChartKind::ResponseCurves;
    std::shared_ptr<const core::ReportGantt> m_gantt;
    std::vector<core::ReportMixBar> m_mixes;
    core::ReportUnits m_units;
};

} // namespace castnet::ui
