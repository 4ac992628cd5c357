// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/report_chart.h"

#include <algorithm>
#include <cmath>

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPalette>
#include <QValueAxis>

#include "core/report/report_chart_data.h"
#include "ui/charts/cumulative_return_chart.h"
#include "ui/charts/response_curve_chart.h"
#include "ui/charts/split_chart.h"
#include "ui/charts/weekly_effort_chart.h"
#include "ui/common/string_conversion.h"
#include "ui/report/painted_chart.h"

namespace castnet::ui {

namespace {

// Pixels of the charts' own coordinates; the page scales them to its width.
constexpr double chartWidth = 760.0;
constexpr double channelRowHeight = 22.0;

QPalette paperPalette() {
    QPalette palette;
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::Button})
        palette.setColor(role, Qt::white);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(role, QColor(0x1d2329));
    return palette;
}

charts::ChartUnits chartUnits(const core::ReportUnits &units) {
    return {toQString(units.returnUnit), toQString(units.currency)};
}

// The widget of the adapter for one kind of chart, filled with the data.
template<class Widget>
std::unique_ptr<QWidget> filled(const core::ChartData &data, const charts::ChartUnits &units,
                                QChart *&chart) {
    auto widget = std::make_unique<Widget>();
    widget->setPalette(paperPalette());
    widget->setData(data, units);
    chart = widget->chart();
    return widget;
}

// The response chart with its channel curves shown and named in the
// legend: on paper there is no list beside it to name them.
std::unique_ptr<QWidget> responseCurves(const core::ChartData &data,
                                        const charts::ChartUnits &units, QChart *&chart) {
    auto widget = std::make_unique<charts::ResponseCurveChart>();
    widget->setPalette(paperPalette());
    widget->setData(data, units);
    widget->setCurves(charts::ResponseCurveChart::Curves::TracksAndChannels);
    chart = widget->chart();
    // A column of names beside the plot: a row under it would cut them short.
    chart->legend()->setAlignment(Qt::AlignRight);
    for (int i = 0; i < widget->channelCurveCount(); ++i) {
        for (QLegendMarker *marker : chart->legend()->markers(widget->channelCurve(i)))
            marker->setVisible(true);
    }
    return widget;
}

double chartHeight(core::ReportChartKind kind, const core::ChartData &data) {
    switch (kind) {
    case core::ReportChartKind::ResponseCurves:
        // Room for a legend row per curve, the plan's dot included.
        return std::max(420.0, 90.0 + 22.0 * static_cast<double>(data.channelCurves.size() + 3));
    case core::ReportChartKind::CumulativeReturn:
    case core::ReportChartKind::WeeklyEffort:
        return 380.0;
    case core::ReportChartKind::TrackSplit:
        return 170.0;
    case core::ReportChartKind::ChannelSplit:
    case core::ReportChartKind::Schedule:
    case core::ReportChartKind::Scenarios:
        break;
    }
    const auto rows =
        static_cast<double>(std::max<std::size_t>(data.returnByChannel.slices.size(), 2));
    return 110.0 + rows * channelRowHeight;
}

// Text copied out of the PDF or SVG reads "ff", not a ligature glyph.
QFont withoutLigatures(QFont font) {
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

void dropLigatures(QChart &chart) {
    chart.setTitleFont(withoutLigatures(chart.titleFont()));
    chart.legend()->setFont(withoutLigatures(chart.legend()->font()));
    for (QAbstractAxis *axis : chart.axes()) {
        axis->setLabelsFont(withoutLigatures(axis->labelsFont()));
        axis->setTitleFont(withoutLigatures(axis->titleFont()));
    }
    for (QAbstractSeries *series : chart.series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                set->setLabelFont(withoutLigatures(set->labelFont()));
        }
    }
}

// Ends each line at its horizontal axis' maximum. The chart clips lines
// that run on (the response curves do), but SVG output drops clipping, so
// the drawing itself must stop there.
void clipLinesToAxes(QChart &chart) {
    for (QAbstractSeries *series : chart.series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        const auto axes = line ? line->attachedAxes() : QList<QAbstractAxis *>{};
        const auto xAxis = std::find_if(axes.begin(), axes.end(), [](QAbstractAxis *axis) {
            return axis->orientation() == Qt::Horizontal;
        });
        auto *range = xAxis == axes.end() ? nullptr : qobject_cast<QValueAxis *>(*xAxis);
        if (!range)
            continue;
        const double end = range->max();
        QList<QPointF> points = line->points();
        const auto beyond = std::find_if(points.begin(), points.end(),
                                         [end](const QPointF &p) { return p.x() > end; });
        if (beyond == points.end())
            continue;
        if (beyond != points.begin()) {
            const QPointF a = *(beyond - 1);
            const QPointF b = *beyond;
            const double t = (end - a.x()) / (b.x() - a.x());
            *beyond = QPointF(end, a.y() + t * (b.y() - a.y()));
            points.erase(beyond + 1, points.end());
        } else {
            points.clear();
        }
        line->replace(points);
    }
}

} // namespace

ReportChartDrawing::ReportChartDrawing(const core::ReportChart &chart,
                                       const core::ReportUnits &units)
    : m_kind(chart.kind)
    , m_gantt(chart.gantt)
    , m_mixes(chart.mixes)
    , m_units(units) {
    if (chart.kind == core::ReportChartKind::Schedule) {
        m_size = ganttSize(m_gantt ? *m_gantt : core::ReportGantt{}, chartWidth);
        return;
    }
    if (chart.kind == core::ReportChartKind::Scenarios) {
        m_size = mixBarsSize(m_mixes, chartWidth);
        return;
    }
    const core::ChartData data = chart.data ? core::reportDrawing(*chart.data) : core::ChartData{};
    const charts::ChartUnits chartUnitsValue = chartUnits(units);
    switch (chart.kind) {
    case core::ReportChartKind::ResponseCurves:
        m_widget = responseCurves(data, chartUnitsValue, m_chart);
        break;
    case core::ReportChartKind::CumulativeReturn:
        m_widget = filled<charts::CumulativeReturnChart>(data, chartUnitsValue, m_chart);
        break;
    case core::ReportChartKind::WeeklyEffort:
        m_widget = filled<charts::WeeklyEffortChart>(data, chartUnitsValue, m_chart);
        break;
    case core::ReportChartKind::TrackSplit:
        m_widget = filled<charts::TrackSplitChart>(data, chartUnitsValue, m_chart);
        break;
    case core::ReportChartKind::ChannelSplit:
    case core::ReportChartKind::Schedule: // painted, above
    case core::ReportChartKind::Scenarios:
        m_widget = filled<charts::ChannelSplitChart>(data, chartUnitsValue, m_chart);
        break;
    }
    // The report prints the title above the chart, with its caption.
    m_chart->setTitle(QString());
    dropLigatures(*m_chart);
    clipLinesToAxes(*m_chart);
    m_size = QSizeF(chartWidth, chartHeight(chart.kind, data));
    // The chart's view is never shown, so nothing else lays the chart out.
    m_chart->resize(m_size);
    if (QGraphicsLayout *layout = m_chart->layout())
        layout->activate();
    // Only the chart's own deferred work (layout, geometry of its items):
    // when the window exports a report, nothing else should run here.
    QCoreApplication::sendPostedEvents(m_chart, 0);
    QCoreApplication::sendPostedEvents(m_chart->scene(), 0);
}

ReportChartDrawing::~ReportChartDrawing() = default;

void ReportChartDrawing::paint(QPainter &painter, const QRectF &target) const {
    if (!m_chart) {
        if (m_kind == core::ReportChartKind::Schedule)
            paintGantt(painter, target, m_gantt ? *m_gantt : core::ReportGantt{}, paperPalette());
        else
            paintMixBars(painter, target, m_mixes, m_units, paperPalette());
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    m_chart->scene()->render(&painter, target, QRectF(m_chart->pos(), m_size),
                             Qt::IgnoreAspectRatio);
    painter.restore();
}

} // namespace castnet::ui
