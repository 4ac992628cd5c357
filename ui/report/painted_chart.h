// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSizeF>

#include "core/report/report_model.h"

QT_BEGIN_NAMESPACE
class QPainter;
class QPalette;
class QRectF;
QT_END_NAMESPACE

namespace castnet::ui {

// The report's charts that Qt Charts has no series for, painted directly:
// the schedule as a Gantt chart and the scenarios' returns beside their
// hours. Sizes are in pixels of 1/96 inch, for a chart `width` wide.
QSizeF ganttSize(const core::ReportGantt &gantt, double width);
void paintGantt(QPainter &painter, const QRectF &target, const core::ReportGantt &gantt,
                const QPalette &palette);

QSizeF mixBarsSize(const std::vector<core::ReportMixBar> &mixes, double width);
void paintMixBars(QPainter &painter, const QRectF &target,
                  const std::vector<core::ReportMixBar> &mixes, const core::ReportUnits &units,
                  const QPalette &palette);

} // namespace castnet::ui
