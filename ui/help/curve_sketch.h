// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QPalette>
#include <QString>
#include <QVector>

#include "core/analysis/response_parameters.h"

namespace castnet::ui::help {

// One line of a sketch: its points (x, y in the sketch's own units), a
// colour and the words beside its end.
struct SketchLine {
    QVector<QPointF> points;
    QColor color;
    QString label;
};

// A small picture of how one model parameter bends a curve, for the help
// page: lines on two bare axes with their titles, nothing a reader must decode.
struct CurveSketch {
    QString xTitle;
    QString yTitle;
    double xMax = 1.0;
    double yMax = 1.0;
    QVector<SketchLine> lines;
};

// Weekly return against steady hours per week, 0 … `maxHours`, drawn with
// the projection's own response function so that the picture is the model.
QVector<QPointF> responseLine(const core::ResolvedResponse &response, double maxHours);

// The carry-over built by `hours` a week for `activeWeeks` weeks, then its
// fading, over `weeks` weeks, walked with the projection's own recursion.
QVector<QPointF> carryoverLine(double carryover, double hours, int activeWeeks, int weeks);

// Paints `sketch` at `size` logical pixels for a device pixel ratio of `dpr`,
// coloured from `palette` so that it reads on a light and on a dark page.
QImage paintSketch(const CurveSketch &sketch, QSize size, qreal dpr, const QPalette &palette);

} // namespace castnet::ui::help
