// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/cumulative_return_chart.h"

#include <algorithm>
#include <cmath>

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include "core/text/week_label.h"
#include "ui/charts/axis_range.h"
#include "ui/charts/figure_format.h"
#include "ui/common/string_conversion.h"

namespace castnet::ui::charts {

CumulativeReturnChart::CumulativeReturnChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart) {
    m_chart->setTitle(tr("Expected return over the campaign, summed"));
    m_chart->setLocalizeNumbers(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));

    m_weekAxis = new QValueAxis(m_chart);
    m_weekAxis->setTitleText(tr("Campaign week"));
    m_weekAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_weekAxis->setTickType(QValueAxis::TicksDynamic);
    m_weekAxis->setTickAnchor(0.0);
    m_returnAxis = new QValueAxis(m_chart);
    m_chart->addAxis(m_weekAxis, Qt::AlignBottom);
    m_chart->addAxis(m_returnAxis, Qt::AlignLeft);

    for (core::Track track : {core::Track::Media, core::Track::Networking}) {
        auto *series = new QLineSeries(m_chart);
        series->setName(trackTitle(track));
        m_chart->addSeries(series);
        series->attachAxis(m_weekAxis);
        series->attachAxis(m_returnAxis);
        connect(series, &QLineSeries::hovered, this,
                [this, track](QPointF point, bool state) { showTip(track, point, state); });
        m_series[core::trackIndex(track)] = series;
    }

    m_view = makeChartView(m_chart, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    restyle();
    followPalette(*this, [this] { restyle(); });
    clear();
}

CumulativeReturnChart::~CumulativeReturnChart() = default;

void CumulativeReturnChart::setData(const core::ChartData &data, const ChartUnits &units) {
    m_units = units;
    m_startDate = data.startDate;
    m_returnAxis->setTitleText(tr("Cumulative return (%1)").arg(units.returnUnit));
    double maximum = 0.0;
    for (std::size_t t = 0; t < m_series.size(); ++t) {
        const std::vector<double> &running = data.cumulativeReturn[t];
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(running.size()));
        for (std::size_t week = 0; week < running.size(); ++week)
            points.append(QPointF(static_cast<double>(week + 1), running[week]));
        m_series[t]->replace(points);
        if (!running.empty())
            maximum = std::max(maximum, running.back());
    }
    setWeeks(data.weeks);
    setNiceRange(*m_returnAxis, maximum);
}

void CumulativeReturnChart::clear() {
    for (QLineSeries *series : m_series)
        series->clear();
    m_returnAxis->setTitleText(tr("Cumulative return (%1)").arg(m_units.returnUnit));
    setWeeks(0);
    setNiceRange(*m_returnAxis, 0.0);
}

QLineSeries *CumulativeReturnChart::trackSeries(core::Track track) const {
    return m_series[core::trackIndex(track)];
}

void CumulativeReturnChart::setWeeks(int weeks) {
    const int last = std::max(weeks, 2);
    m_weekAxis->setRange(1.0, last);
    m_weekAxis->setTickInterval(weekTickInterval(last));
}

void CumulativeReturnChart::restyle() {
    const QPalette palette = this->palette();
    styleChart(*m_chart, palette);
    for (core::Track track : {core::Track::Media, core::Track::Networking})
        m_series[core::trackIndex(track)]->setPen(
            QPen(trackColor(track, palette), 3.0, Qt::SolidLine, Qt::RoundCap));
}

void CumulativeReturnChart::showTip(core::Track track, QPointF point, bool hovered) {
    const QLineSeries *series = m_series[core::trackIndex(track)];
    if (series->count() == 0)
        return;
    const int index =
        std::clamp(static_cast<int>(std::lround(point.x())) - 1, 0, series->count() - 1);
    showValueTip(m_view, hovered,
                 tr("%1, %2\n%3 expected so far")
                     .arg(trackTitle(track), toQString(core::weekLabel(m_startDate, index + 1)))
                     .arg(formatAmount(series->at(index).y(), m_units.returnUnit)));
}

} // namespace castnet::ui::charts
