// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/curve_sketch.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

namespace castnet::ui::help {

namespace {

constexpr int samples = 120;
constexpr int margin = 6;

// The plotting area left inside `size` once the axis titles have their room.
QRectF plotArea(QSize size, const QFontMetrics &metrics) {
    const qreal left = margin + metrics.height() + 4;
    const qreal bottom = margin + metrics.height() + 4;
    return QRectF(left, margin + metrics.height(), size.width() - left - margin,
                  size.height() - bottom - margin - metrics.height());
}

QPointF toPixels(const CurveSketch &sketch, const QRectF &area, QPointF point) {
    return {area.left() + point.x() / sketch.xMax * area.width(),
            area.bottom() - point.y() / sketch.yMax * area.height()};
}

void paintAxes(QPainter &painter, const CurveSketch &sketch, const QRectF &area,
               const QPalette &palette) {
    painter.setPen(QPen(palette.color(QPalette::Text), 1.2));
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    painter.drawLine(area.bottomLeft(), area.topLeft());
    const QFontMetrics metrics(painter.font());
    painter.drawText(QRectF(area.left(), area.bottom() + 2, area.width(), metrics.height() + 4),
                     Qt::AlignHCenter | Qt::AlignTop, sketch.xTitle);
    painter.save();
    painter.translate(margin, area.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-area.height() / 2, 0, area.height(), metrics.height() + 2),
                     Qt::AlignHCenter | Qt::AlignTop, sketch.yTitle);
    painter.restore();
}

// The label sits just above the line's last point, kept inside the picture.
void paintLine(QPainter &painter, const CurveSketch &sketch, const QRectF &area,
               const SketchLine &line) {
    if (line.points.isEmpty())
        return;
    QPainterPath path(toPixels(sketch, area, line.points.front()));
    for (const QPointF &point : line.points)
        path.lineTo(toPixels(sketch, area, point));
    painter.setPen(QPen(line.color, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);

    const QFontMetrics metrics(painter.font());
    const QPointF end = toPixels(sketch, area, line.points.back());
    const qreal width = metrics.horizontalAdvance(line.label);
    const qreal x = std::min(end.x() - width, area.right() - width);
    const qreal y = std::max(end.y() - 4, area.top() + metrics.ascent());
    painter.setPen(line.color);
    painter.drawText(QPointF(std::max(area.left() + 4, x), y), line.label);
}

} // namespace

QVector<QPointF> responseLine(const core::ResolvedResponse &response, double maxHours) {
    QVector<QPointF> points;
    points.reserve(samples + 1);
    for (int i = 0; i <= samples; ++i) {
        const double hours = maxHours * i / samples;
        points.append({hours, core::weeklyReturn(response, hours)});
    }
    return points;
}

QVector<QPointF> carryoverLine(double carryover, double hours, int activeWeeks, int weeks) {
    QVector<QPointF> points{{0.0, 0.0}};
    double adstock = 0.0;
    for (int week = 1; week <= weeks; ++week) {
        adstock = core::nextAdstock(carryover, adstock, week <= activeWeeks ? hours : 0.0);
        points.append({double(week), adstock});
    }
    return points;
}

QImage paintSketch(const CurveSketch &sketch, QSize size, qreal dpr, const QPalette &palette) {
    QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(palette.color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = plotArea(size, QFontMetrics(painter.font()));
    paintAxes(painter, sketch, area, palette);
    for (const SketchLine &line : sketch.lines)
        paintLine(painter, sketch, area, line);
    return image;
}

} // namespace castnet::ui::help
