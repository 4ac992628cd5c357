// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <vector>

#include <QStringList>
#include <QWidget>

#include "core/analysis/chart_data.h"
#include "ui/charts/chart_style.h"

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QHorizontalBarSeries;
class QHorizontalStackedBarSeries;
class QScrollArea;
class QValueAxis;
QT_END_NAMESPACE

namespace castnet::ui::charts {

// Chart 4 of DESIGN §5, between the tracks: one bar for effort and one for
// expected return, each split into the two tracks' shares (in percent).
class TrackSplitChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackSplitChart)

public:
    // Categories of the bars, bottom to top.
    enum Bar { ReturnBar, EffortBar, BarCount };

    explicit TrackSplitChart(QWidget *parent = nullptr);
    ~TrackSplitChart() override;

    void setData(const core::ChartData &data, const ChartUnits &units);
    void clear();

    QChart *chart() const { return m_chart; }
    // Value Bar is the track's share of that total, in percent.
    QBarSet *trackShares(core::Track track) const;

private:
    void restyle();
    void showTip(core::Track track, int bar, bool hovered);

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QHorizontalStackedBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_barAxis = nullptr;
    QValueAxis *m_shareAxis = nullptr;
    std::array<QBarSet *, 2> m_sets{};
    core::Split m_effort;
    core::Split m_return;
    ChartUnits m_units;
};

// Chart 4 of DESIGN §5, between the channels: each channel's share of the
// campaign's effort beside its share of the expected return, largest return
// on top. The chart grows with the number of channels inside a scroll area,
// so every name stays legible.
class ChannelSplitChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelSplitChart)

public:
    enum Set { EffortSet, ReturnSet, SetCount };

    explicit ChannelSplitChart(QWidget *parent = nullptr);
    ~ChannelSplitChart() override;

    void setData(const core::ChartData &data, const ChartUnits &units);
    void clear();

    QChart *chart() const { return m_chart; }
    // The channels, largest expected return first (the chart draws them top
    // down, so its category axis holds them in reverse).
    const QStringList &channels() const { return m_channels; }
    // Value k is the share, in percent, of channel channels()[count − 1 − k].
    QBarSet *shares(Set set) const { return m_sets[set]; }

private:
    struct ChannelFigures {
        double effort = 0.0;
        double effortShare = 0.0;
        double returns = 0.0;
        double returnShare = 0.0;
    };

    void restyle();
    void fitHeight();
    void showTip(int index, bool hovered);

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QScrollArea *m_scroll = nullptr;
    QHorizontalBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_channelAxis = nullptr;
    QValueAxis *m_shareAxis = nullptr;
    std::array<QBarSet *, SetCount> m_sets{};
    QStringList m_channels;
    std::vector<ChannelFigures> m_figures; // in the order of m_channels
    ChartUnits m_units;
};

} // namespace castnet::ui::charts
