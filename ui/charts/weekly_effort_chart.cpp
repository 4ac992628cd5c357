// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/weekly_effort_chart.h"

#include <algorithm>
#include <cmath>

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include "core/text/week_label.h"
#include "ui/charts/axis_range.h"
#include "ui/charts/figure_format.h"
#include "ui/common/string_conversion.h"

namespace castnet::ui::charts {

namespace {

QList<qreal> toValues(const std::vector<double> &series) {
    return QList<qreal>(series.begin(), series.end());
}

} // namespace

WeeklyEffortChart::WeeklyEffortChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart) {
    m_chart->setLocalizeNumbers(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));

    // Bars sit at x = 0 … W − 1; a value axis labelled with week numbers
    // lets the capacity line share the bars' coordinates and keeps the labels
    // apart on a long campaign (a bar category axis would print every week).
    m_weekAxis = new QCategoryAxis(m_chart);
    m_weekAxis->setTitleText(tr("Campaign week"));
    m_weekAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_effortAxis = new QValueAxis(m_chart);
    m_effortAxis->setTitleText(tr("Effort (hours/week)"));
    m_chart->addAxis(m_weekAxis, Qt::AlignBottom);
    m_chart->addAxis(m_effortAxis, Qt::AlignLeft);

    m_bars = new QStackedBarSeries(m_chart);
    m_bars->setBarWidth(0.8);
    for (core::Track track : {core::Track::Media, core::Track::Networking}) {
        auto *set = new QBarSet(trackTitle(track), m_bars);
        m_bars->append(set);
        connect(set, &QBarSet::hovered, this,
                [this](bool state, int index) { showTip(index, state); });
        m_sets[core::trackIndex(track)] = set;
    }
    m_capacity = new QLineSeries(m_chart);
    m_overload = new QScatterSeries(m_chart);
    m_overload->setName(tr("Over capacity"));
    m_overload->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_overload->setMarkerSize(9.0);
    connect(m_overload, &QScatterSeries::hovered, this, [this](QPointF point, bool state) {
        showTip(static_cast<int>(point.x() + 0.5), state);
    });
    m_overBudget = new QScatterSeries(m_chart);
    m_overBudget->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_overBudget->setMarkerSize(8.0);
    connect(m_overBudget, &QScatterSeries::hovered, this, [this](QPointF point, bool state) {
        showTip(static_cast<int>(point.x() + 0.5), state);
    });
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(m_bars), static_cast<QAbstractSeries *>(m_capacity),
          static_cast<QAbstractSeries *>(m_overload),
          static_cast<QAbstractSeries *>(m_overBudget)}) {
        m_chart->addSeries(series);
        series->attachAxis(m_weekAxis);
        series->attachAxis(m_effortAxis);
    }

    m_view = makeChartView(m_chart, this);
    m_view->setAccessibleName(tr("Weekly effort against capacity"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    restyle();
    followPalette(*this, [this] { restyle(); });
    clear();
}

WeeklyEffortChart::~WeeklyEffortChart() = default;

void WeeklyEffortChart::setData(const core::ChartData &data, const ChartUnits &units) {
    double maximum = data.capacityHoursPerWeek;
    std::vector<double> total(static_cast<std::size_t>(std::max(data.weeks, 0)), 0.0);
    for (std::size_t t = 0; t < m_sets.size(); ++t) {
        const std::vector<double> &effort = data.weeklyEffort[t];
        for (std::size_t week = 0; week < effort.size() && week < total.size(); ++week)
            total[week] += effort[week];
        // Two signals instead of one per week: Qt Charts lays the bars out again
        // on every change.
        m_sets[t]->remove(0, m_sets[t]->count());
        m_sets[t]->append(toValues(effort));
    }
    for (double week : total)
        maximum = std::max(maximum, week);

    setWeeks(data.weeks);
    m_startDate = data.startDate;
    m_capacityHours = data.capacityHoursPerWeek;
    m_capacity->setName(tr("Capacity (%1)").arg(formatHoursPerWeek(m_capacityHours)));
    m_capacity->replace(
        QList<QPointF>{QPointF(-0.5, m_capacityHours), QPointF(data.weeks - 0.5, m_capacityHours)});

    QList<QPointF> overloads;
    overloads.reserve(static_cast<qsizetype>(data.overloadWeeks.size()));
    for (int week : data.overloadWeeks) {
        const auto index = static_cast<std::size_t>(week - 1);
        if (index < total.size())
            overloads.append(QPointF(week - 1, total[index]));
    }
    m_overload->replace(overloads);
    m_overload->setVisible(!overloads.isEmpty());
    setBudget(data, units);
    setTitle(data.overloadWeeks.size(), data.overBudgetWeeks.size());
    setNiceRange(*m_effortAxis, maximum);
}

void WeeklyEffortChart::setBudget(const core::ChartData &data, const ChartUnits &units) {
    m_weeklyCost = data.weeklyCost;
    m_budget = data.budgetPerWeek;
    m_currency = units.currency;
    QList<QPointF> weeks;
    for (int week : data.overBudgetWeeks)
        weeks.append(QPointF(week - 1, 0.0));
    m_overBudget->replace(weeks);
    m_overBudget->setVisible(!weeks.isEmpty());
    if (m_budget)
        m_overBudget->setName(tr("Over budget (%1/week)").arg(formatMoney(*m_budget, m_currency)));
}

void WeeklyEffortChart::clear() {
    for (QBarSet *set : m_sets)
        set->remove(0, set->count());
    m_capacity->clear();
    m_capacity->setName(tr("Capacity"));
    m_overload->clear();
    m_overload->setVisible(false);
    m_overBudget->clear();
    m_overBudget->setVisible(false);
    m_capacityHours = 0.0;
    m_weeklyCost.clear();
    m_budget.reset();
    setWeeks(0);
    setTitle(0, 0);
    setNiceRange(*m_effortAxis, 0.0);
}

QBarSet *WeeklyEffortChart::trackBars(core::Track track) const {
    return m_sets[core::trackIndex(track)];
}

void WeeklyEffortChart::setWeeks(int weeks) {
    if (weeks == m_weeks)
        return;
    m_weeks = weeks;
    for (const QString &label : m_weekAxis->categoriesLabels())
        m_weekAxis->remove(label);
    const int shown = std::max(weeks, 1);
    m_weekAxis->setStartValue(-0.5);
    m_weekAxis->setRange(-0.5, shown - 0.5);
    // Week 1, then the multiples of the interval: a label every few weeks.
    const int interval = weekTickInterval(shown);
    for (int week = 1; week <= shown; week = week == 1 && interval > 1 ? interval : week + interval)
        m_weekAxis->append(QString::number(week), week - 1);
}

void WeeklyEffortChart::setTitle(std::size_t overloadWeeks, std::size_t overBudgetWeeks) {
    QStringList flags;
    if (overloadWeeks == 1)
        flags << tr("1 week over capacity");
    else if (overloadWeeks > 1)
        flags << tr("%1 weeks over capacity").arg(overloadWeeks);
    if (overBudgetWeeks == 1)
        flags << tr("1 week over budget");
    else if (overBudgetWeeks > 1)
        flags << tr("%1 weeks over budget").arg(overBudgetWeeks);
    QString title = tr("Weekly effort against capacity");
    if (!flags.isEmpty())
        title += QStringLiteral(" — ") + flags.join(QStringLiteral(", "));
    m_chart->setTitle(title);
}

void WeeklyEffortChart::restyle() {
    const QPalette palette = this->palette();
    styleChart(*m_chart, palette);
    for (core::Track track : {core::Track::Media, core::Track::Networking}) {
        QBarSet *set = m_sets[core::trackIndex(track)];
        set->setColor(trackColor(track, palette));
        set->setPen(Qt::NoPen);
    }
    m_capacity->setPen(QPen(alertColor(palette), 2.0, Qt::DashLine));
    m_overload->setColor(alertColor(palette));
    m_overload->setBorderColor(palette.color(QPalette::Base));
    m_overBudget->setColor(palette.color(QPalette::Text));
    m_overBudget->setBorderColor(alertColor(palette));
}

void WeeklyEffortChart::showTip(int index, bool hovered) {
    const QBarSet *media = m_sets[core::trackIndex(core::Track::Media)];
    const QBarSet *networking = m_sets[core::trackIndex(core::Track::Networking)];
    if (index < 0 || index >= media->count() || index >= networking->count())
        return;
    const double total = media->at(index) + networking->at(index);
    QString text = tr("%1\n%2: %3\n%4: %5\nTotal: %6 of %7 capacity")
                       .arg(toQString(core::weekLabel(m_startDate, index + 1)))
                       .arg(trackTitle(core::Track::Media), formatHours(media->at(index)),
                            trackTitle(core::Track::Networking), formatHours(networking->at(index)),
                            formatHours(total), formatHours(m_capacityHours));
    if (total > m_capacityHours)
        text +=
            QLatin1Char('\n') + tr("Over capacity by %1").arg(formatHours(total - m_capacityHours));
    const auto week = static_cast<std::size_t>(index);
    if (m_budget && week < m_weeklyCost.size()) {
        const double spend = m_weeklyCost[week];
        text += QLatin1Char('\n') +
                tr("Spend: %1 of %2 budget")
                    .arg(formatMoney(spend, m_currency), formatMoney(*m_budget, m_currency));
        if (std::round(spend * 100.0) > std::round(*m_budget * 100.0))
            text += QLatin1Char('\n') +
                    tr("Over budget by %1").arg(formatMoney(spend - *m_budget, m_currency));
    }
    showValueTip(m_view, hovered, text);
}

} // namespace castnet::ui::charts
