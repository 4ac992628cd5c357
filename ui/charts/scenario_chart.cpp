// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/scenario_chart.h"

#include <algorithm>
#include <array>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include "ui/charts/axis_range.h"
#include "ui/charts/figure_format.h"
#include "ui/common/string_conversion.h"

namespace castnet::ui::charts {

ScenarioChart::ScenarioChart(QWidget *parent)
    : QWidget(parent)
    , m_cumulative(new QChart)
    , m_tracks(new QChart) {
    m_cumulative->setTitle(tr("Cumulative expected return"));
    m_cumulative->legend()->setAlignment(Qt::AlignBottom);
    m_weekAxis = new QValueAxis(m_cumulative);
    m_weekAxis->setTitleText(tr("Campaign week"));
    m_weekAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_cumulativeAxis = new QValueAxis(m_cumulative);
    m_cumulative->addAxis(m_weekAxis, Qt::AlignBottom);
    m_cumulative->addAxis(m_cumulativeAxis, Qt::AlignLeft);

    m_tracks->setTitle(tr("Return per track"));
    m_tracks->legend()->setAlignment(Qt::AlignBottom);
    m_scenarioAxis = new QBarCategoryAxis(m_tracks);
    m_returnAxis = new QValueAxis(m_tracks);
    m_tracks->addAxis(m_scenarioAxis, Qt::AlignBottom);
    m_tracks->addAxis(m_returnAxis, Qt::AlignLeft);
    m_trackBars = new QBarSeries(m_tracks);
    m_tracks->addSeries(m_trackBars);
    m_trackBars->attachAxis(m_scenarioAxis);
    m_trackBars->attachAxis(m_returnAxis);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeChartView(m_cumulative, this), 1);
    layout->addWidget(makeChartView(m_tracks, this), 1);
    for (QChart *chart : {m_cumulative, m_tracks})
        chart->setMargins(QMargins(2, 2, 2, 2));
    restyle();
    followPalette(*this, [this] { restyle(); });
    clear();
}

ScenarioChart::~ScenarioChart() = default;

void ScenarioChart::setComparison(const core::Comparison &comparison, const ChartUnits &units) {
    clear();
    m_cumulativeAxis->setTitleText(units.returnUnit);
    m_returnAxis->setTitleText(units.returnUnit);

    double highest = 0.0;
    int weeks = 0;
    QStringList names;
    std::array<QBarSet *, 2> sets{};
    for (core::Track track : {core::Track::Media, core::Track::Networking})
        sets[core::trackIndex(track)] = new QBarSet(trackTitle(track));
    for (const core::ScenarioColumn &column : comparison.columns) {
        const QString name = toQString(column.name);
        names.append(name);
        auto *line = new QLineSeries(m_cumulative);
        line->setName(name);
        QList<QPointF> points;
        double running = 0.0;
        for (std::size_t week = 0; week < column.projection.weeklyReturn.size(); ++week) {
            running += column.projection.weeklyReturn[week];
            points.append(QPointF(static_cast<double>(week + 1), running));
        }
        line->replace(points);
        m_cumulative->addSeries(line);
        line->attachAxis(m_weekAxis);
        line->attachAxis(m_cumulativeAxis);
        highest = std::max(highest, running);
        weeks = std::max(weeks, column.projection.weeks);
        for (core::Track track : {core::Track::Media, core::Track::Networking})
            sets[core::trackIndex(track)]->append(column.figures.track(track).returns);
    }
    for (QBarSet *set : sets)
        m_trackBars->append(set);
    m_scenarioAxis->append(names);
    double highestTrack = 0.0;
    for (QBarSet *set : sets) {
        for (int i = 0; i < set->count(); ++i)
            highestTrack = std::max(highestTrack, set->at(i));
    }
    m_weekAxis->setRange(1.0, std::max(2, weeks));
    setNiceRange(*m_cumulativeAxis, highest);
    setNiceRange(*m_returnAxis, highestTrack);
    restyle();
}

void ScenarioChart::clear() {
    const auto lines = m_cumulative->series();
    for (QAbstractSeries *series : lines) {
        m_cumulative->removeSeries(series);
        delete series;
    }
    m_trackBars->clear();
    m_scenarioAxis->clear();
    // Empty charts name no unit: the next campaign may count another return.
    m_cumulativeAxis->setTitleText(QString());
    m_returnAxis->setTitleText(QString());
    m_weekAxis->setRange(1.0, 2.0);
    setNiceRange(*m_cumulativeAxis, 0.0);
    setNiceRange(*m_returnAxis, 0.0);
}

void ScenarioChart::restyle() {
    for (QChart *chart : {m_cumulative, m_tracks}) {
        styleChart(*chart, palette());
        for (QAbstractAxis *axis : chart->axes())
            styleAxis(*axis, palette());
    }
    // The theme set by styleChart() resets series colours: scenarios take
    // the channel palette, tracks their fixed colours.
    int index = 0;
    for (QAbstractSeries *series : m_cumulative->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series)) {
            QPen pen(channelColor(index++, palette()));
            pen.setWidthF(2.0);
            line->setPen(pen);
        }
    }
    const auto sets = m_trackBars->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        const QColor colour =
            trackColor(i == 0 ? core::Track::Media : core::Track::Networking, palette());
        sets[i]->setColor(colour);
        sets[i]->setBorderColor(colour);
    }
}

} // namespace castnet::ui::charts
