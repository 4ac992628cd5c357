// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include <QWidget>

#include "core/analysis/chart_data.h"
#include "ui/charts/chart_style.h"

QT_BEGIN_NAMESPACE
class QBarSet;
class QCategoryAxis;
class QChart;
class QChartView;
class QLineSeries;
class QScatterSeries;
class QStackedBarSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace castnet::ui::charts {

// Chart 3 of DESIGN §5: each week's effort as a bar, media stacked under
// networking, against the team's capacity drawn as a line; weeks over
// capacity carry a marker and are counted in the title. With a weekly budget,
// the weeks whose planned spend exceeds it carry a marker of their own at the
// foot of their bar, and the tooltip sets each week's spend against it.
class WeeklyEffortChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeeklyEffortChart)

public:
    explicit WeeklyEffortChart(QWidget *parent = nullptr);
    ~WeeklyEffortChart() override;

    void setData(const core::ChartData &data, const ChartUnits &units);
    void clear();

    QChart *chart() const { return m_chart; }
    // Value k is the track's effort in week k + 1.
    QBarSet *trackBars(core::Track track) const;
    // A horizontal line over every week at the capacity.
    QLineSeries *capacityLine() const { return m_capacity; }
    // One point per week over capacity: (week − 1, that week's effort).
    QScatterSeries *overloadMarkers() const { return m_overload; }
    // One point per week over budget: (week − 1, 0).
    QScatterSeries *overBudgetMarkers() const { return m_overBudget; }

private:
    void restyle();
    void setWeeks(int weeks);
    void setBudget(const core::ChartData &data, const ChartUnits &units);
    void setTitle(std::size_t overloadWeeks, std::size_t overBudgetWeeks);
    void showTip(int index, bool hovered);

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QCategoryAxis *m_weekAxis = nullptr;
    QValueAxis *m_effortAxis = nullptr;
    QStackedBarSeries *m_bars = nullptr;
    std::array<QBarSet *, 2> m_sets{};
    QLineSeries *m_capacity = nullptr;
    QScatterSeries *m_overload = nullptr;
    QScatterSeries *m_overBudget = nullptr;
    int m_weeks = -1;
    double m_capacityHours = 0.0;
    std::vector<double> m_weeklyCost;
    std::optional<double> m_budget;
    QString m_currency;
    std::string m_startDate; // the campaign's, for the weeks' dates
};

} // namespace castnet::ui::charts
