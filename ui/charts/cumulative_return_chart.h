// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <string>

#include <QWidget>

#include "core/analysis/chart_data.h"
#include "ui/charts/chart_style.h"

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace castnet::ui::charts {

// Chart 2 of DESIGN §5: the expected return summed week after week, one
// line per track; the last point is the track's total return.
class CumulativeReturnChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CumulativeReturnChart)

public:
    explicit CumulativeReturnChart(QWidget *parent = nullptr);
    ~CumulativeReturnChart() override;

    void setData(const core::ChartData &data, const ChartUnits &units);
    void clear();

    QChart *chart() const { return m_chart; }
    // Point k is (week k + 1, return of weeks 1 … k + 1).
    QLineSeries *trackSeries(core::Track track) const;

private:
    void restyle();
    void setWeeks(int weeks);
    void showTip(core::Track track, QPointF point, bool hovered);

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QValueAxis *m_weekAxis = nullptr;
    QValueAxis *m_returnAxis = nullptr;
    std::array<QLineSeries *, 2> m_series{};
    ChartUnits m_units;
    std::string m_startDate; // the campaign's, for the weeks' dates
};

} // namespace castnet::ui::charts
