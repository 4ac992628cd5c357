// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "core/analysis/comparison.h"
#include "ui/charts/chart_style.h"

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QChart;
class QValueAxis;
QT_END_NAMESPACE

namespace castnet::ui::charts {

// The Compare view's charts: the expected return summed week after week,
// one line per compared scenario, beside each scenario's return per track
// as grouped bars. The numbers are the comparison's own projections.
class ScenarioChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioChart)

public:
    explicit ScenarioChart(QWidget *parent = nullptr);
    ~ScenarioChart() override;

    void setComparison(const core::Comparison &comparison, const ChartUnits &units);
    void clear();

    QChart *cumulativeChart() const { return m_cumulative; }
    QChart *trackChart() const { return m_tracks; }

private:
    void restyle();

    QChart *m_cumulative = nullptr;
    QValueAxis *m_weekAxis = nullptr;
    QValueAxis *m_cumulativeAxis = nullptr;
    QChart *m_tracks = nullptr;
    QBarCategoryAxis *m_scenarioAxis = nullptr;
    QValueAxis *m_returnAxis = nullptr;
    QBarSeries *m_trackBars = nullptr;
};

} // namespace castnet::ui::charts
