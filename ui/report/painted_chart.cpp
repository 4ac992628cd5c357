// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/painted_chart.h"

#include <algorithm>
#include <cmath>

#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>

#include "core/report/report_text.h"
#include "core/text/week_label.h"
#include "ui/charts/chart_style.h"
#include "ui/common/string_conversion.h"

namespace castnet::ui {

namespace {

constexpr double rowHeight = 18.0;
constexpr double labelWidth = 210.0;
constexpr double headerHeight = 34.0;
constexpr double loadHeight = 90.0;
constexpr double gap = 10.0;
constexpr double fontPixels = 10.0;

QFont chartFont() {
    QFont font;
    font.setPixelSize(static_cast<int>(fontPixels));
    // Text copied out of the PDF or SVG reads "ff", not a ligature glyph.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QString elided(const QString &text, const QFont &font, double width) {
    return QFontMetricsF(font).elidedText(text, Qt::ElideRight, width);
}

// Every how many weeks a date label fits under the header.
int labelStep(int weeks, double weekWidth) {
    const double needed = 52.0; // "29 Dec" at 10 px, with room
    int step = 1;
    while (step * weekWidth < needed && step < weeks)
        step = step < 4 ? step * 2 : step + 4;
    return step;
}

} // namespace

QSizeF ganttSize(const core::ReportGantt &gantt, double width) {
    return {width, headerHeight + rowHeight * static_cast<double>(gantt.rows.size()) + gap +
                       loadHeight + 16.0};
}

void paintGantt(QPainter &painter, const QRectF &target, const core::ReportGantt &gantt,
                const QPalette &palette) {
    const QSizeF natural = ganttSize(gantt, target.width());
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(target.width() / natural.width(), target.height() / natural.height());
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont font = chartFont();
    painter.setFont(font);
    const int weeks = std::max(1, gantt.weeks);
    const double plotLeft = labelWidth + 6.0;
    const double plotWidth = natural.width() - plotLeft - 4.0;
    const double weekWidth = plotWidth / weeks;
    const double barsTop = headerHeight;
    const double barsBottom = barsTop + rowHeight * static_cast<double>(gantt.rows.size());
    const QColor grid = palette.color(QPalette::Mid).lighter(150);
    const QColor text = palette.color(QPalette::WindowText);

    // Dated week columns: the week number and its Monday every few weeks.
    const int step = labelStep(weeks, weekWidth);
    for (int week = 1; week <= weeks; ++week) {
        const double x = plotLeft + (week - 1) * weekWidth;
        if ((week - 1) % step != 0)
            continue;
        painter.setPen(QPen(grid, 0.6));
        painter.drawLine(QPointF(x, headerHeight - 4.0), QPointF(x, natural.height() - 14.0));
        painter.setPen(text);
        const std::string date = core::weekDateRange(gantt.startDate, week);
        const std::string monday = date.substr(0, date.find(" \u2013"));
        painter.drawText(QRectF(x + 2.0, 2.0, 80.0, 14.0), Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("wk %1").arg(week));
        painter.drawText(QRectF(x + 2.0, 16.0, 80.0, 14.0), Qt::AlignLeft | Qt::AlignVCenter,
                         toQString(monday));
    }

    // Which colour is which track, above the labels.
    const core::Track tracks[] = {core::Track::Media, core::Track::Networking};
    for (int i = 0; i < 2; ++i) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(charts::trackColor(tracks[i], palette));
        painter.drawRect(QRectF(0.0, 5.0 + 14.0 * i, 10.0, 8.0));
        painter.setPen(text);
        painter.drawText(QRectF(14.0, 2.0 + 14.0 * i, labelWidth - 14.0, 14.0),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         toQString(core::reportTrackTitle(tracks[i])));
    }

    // A bar per activity, coloured by its track.
    for (std::size_t i = 0; i < gantt.rows.size(); ++i) {
        const core::ReportGanttRow &row = gantt.rows[i];
        const double y = barsTop + rowHeight * static_cast<double>(i);
        painter.setPen(text);
        painter.drawText(QRectF(0.0, y, labelWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         elided(toQString(row.label), font, labelWidth));
        if (row.lastWeek < row.firstWeek)
            continue;
        const QRectF bar(plotLeft + (row.firstWeek - 1) * weekWidth, y + 3.0,
                         (row.lastWeek - row.firstWeek + 1) * weekWidth, rowHeight - 6.0);
        painter.setPen(Qt::NoPen);
        painter.setBrush(charts::trackColor(row.track, palette));
        painter.drawRoundedRect(bar, 2.0, 2.0);
    }

    // The load under the bars: a column per week, red where over capacity.
    const double loadTop = barsBottom + gap;
    const double loadBottom = loadTop + loadHeight;
    const double peak = std::max(
        gantt.capacity,
        gantt.load.empty() ? 0.0 : *std::max_element(gantt.load.begin(), gantt.load.end()));
    const double scale = peak > 0.0 ? (loadHeight - 4.0) / (peak * 1.05) : 0.0;
    painter.setPen(text);
    painter.drawText(QRectF(0.0, loadTop, labelWidth, 16.0), Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("Weekly load (h)"));
    painter.drawText(
        QRectF(0.0, loadTop + 16.0, labelWidth, 16.0), Qt::AlignLeft | Qt::AlignVCenter,
        QStringLiteral("capacity %1").arg(toQString(core::reportHours(gantt.capacity))));
    const QColor normal = palette.color(QPalette::Mid);
    const QColor alert = charts::alertColor(palette);
    painter.setPen(Qt::NoPen);
    for (std::size_t i = 0; i < gantt.load.size(); ++i) {
        const double h = gantt.load[i] * scale;
        const bool over = gantt.load[i] > gantt.capacity;
        painter.setBrush(over ? alert : normal);
        painter.drawRect(QRectF(plotLeft + static_cast<double>(i) * weekWidth + 0.5, loadBottom - h,
                                std::max(0.5, weekWidth - 1.0), h));
    }
    const double capacityY = loadBottom - gantt.capacity * scale;
    painter.setPen(QPen(text, 1.0, Qt::DashLine));
    painter.drawLine(QPointF(plotLeft, capacityY), QPointF(plotLeft + plotWidth, capacityY));
    painter.setPen(QPen(grid, 0.8));
    painter.drawLine(QPointF(plotLeft, loadBottom), QPointF(plotLeft + plotWidth, loadBottom));
    painter.restore();
}

QSizeF mixBarsSize(const std::vector<core::ReportMixBar> &mixes, double width) {
    return {width, 40.0 + 2.0 * rowHeight * static_cast<double>(mixes.size()) + 8.0};
}

void paintMixBars(QPainter &painter, const QRectF &target,
                  const std::vector<core::ReportMixBar> &mixes, const core::ReportUnits &units,
                  const QPalette &palette) {
    const QSizeF natural = mixBarsSize(mixes, target.width());
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(target.width() / natural.width(), target.height() / natural.height());
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont font = chartFont();
    painter.setFont(font);
    const QColor text = palette.color(QPalette::WindowText);
    const QColor returnColour = charts::channelColor(0, palette);
    const QColor hoursColour = palette.color(QPalette::Mid);
    double topReturn = 0.0, topHours = 0.0;
    for (const core::ReportMixBar &mix : mixes) {
        topReturn = std::max(topReturn, mix.returns);
        topHours = std::max(topHours, mix.hours);
    }
    const double plotLeft = labelWidth + 6.0;
    const double valueWidth = 150.0;
    const double plotWidth = natural.width() - plotLeft - valueWidth;
    // The legend: which bar is which, each entry as wide as its text.
    const QString returnLabel =
        QStringLiteral("Expected return (%1)").arg(toQString(units.returnUnit));
    const double returnLabelWidth = QFontMetricsF(font).horizontalAdvance(returnLabel);
    painter.setPen(Qt::NoPen);
    painter.setBrush(returnColour);
    painter.drawRect(QRectF(plotLeft, 8.0, 12.0, 10.0));
    const double second = plotLeft + 16.0 + returnLabelWidth + 18.0;
    painter.setBrush(hoursColour);
    painter.drawRect(QRectF(second, 8.0, 12.0, 10.0));
    painter.setPen(text);
    painter.drawText(QRectF(plotLeft + 16.0, 4.0, returnLabelWidth + 4.0, 18.0),
                     Qt::AlignLeft | Qt::AlignVCenter, returnLabel);
    painter.drawText(QRectF(second + 16.0, 4.0, 180.0, 18.0), Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("Team hours"));
    for (std::size_t i = 0; i < mixes.size(); ++i) {
        const core::ReportMixBar &mix = mixes[i];
        const double y = 32.0 + 2.0 * rowHeight * static_cast<double>(i);
        QString label = toQString(mix.name);
        if (mix.overloadWeeks > 0)
            label += QStringLiteral(" (%1 wk over)").arg(mix.overloadWeeks);
        painter.setPen(text);
        painter.drawText(QRectF(0.0, y, labelWidth, 2.0 * rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, elided(label, font, labelWidth));
        const double returnWidth = topReturn > 0.0 ? plotWidth * mix.returns / topReturn : 0.0;
        const double hoursWidth = topHours > 0.0 ? plotWidth * mix.hours / topHours : 0.0;
        painter.setPen(Qt::NoPen);
        painter.setBrush(returnColour);
        painter.drawRect(QRectF(plotLeft, y + 2.0, returnWidth, rowHeight - 4.0));
        painter.setBrush(hoursColour);
        painter.drawRect(QRectF(plotLeft, y + rowHeight, hoursWidth, rowHeight - 4.0));
        painter.setPen(text);
        painter.drawText(QRectF(plotLeft + returnWidth + 4.0, y, valueWidth, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         toQString(core::reportNumber(mix.returns, 0)));
        painter.drawText(
            QRectF(plotLeft + hoursWidth + 4.0, y + rowHeight - 2.0, valueWidth, rowHeight),
            Qt::AlignLeft | Qt::AlignVCenter, toQString(core::reportHours(mix.hours)));
    }
    painter.restore();
}

} // namespace castnet::ui
