// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <vector>

#include <QHash>
#include <QSet>
#include <QString>
#include <QWidget>

#include "core/analysis/chart_data.h"
#include "ui/charts/chart_style.h"

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QComboBox;
class QLineSeries;
class QListWidget;
class QListWidgetItem;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace castnet::ui::charts {

// Chart 1 of DESIGN §5: matured weekly return (y) for weekly effort hours
// (x), one curve per track and/or one per channel, each with
// today's plan marked in the curve's colour. The track curves are drawn
// thick, the channel curves thin; channels are listed beside the chart with
// a check box each, so any number of them stays readable. setData() updates
// the series in place.
class ResponseCurveChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseCurveChart)

public:
    // The curves shown (the combo box above the chart offers them in this order).
    enum class Curves { Tracks, Channels, TracksAndChannels };

    explicit ResponseCurveChart(QWidget *parent = nullptr);
    ~ResponseCurveChart() override;

    void setData(const core::ChartData &data, const ChartUnits &units);
    void clear();

    Curves curves() const { return m_curves; }
    void setCurves(Curves curves);
    // Shows or hides one channel's curve; remembered by channel name.
    void setChannelShown(const QString &channel, bool shown);

    QChart *chart() const { return m_chart; }
    QLineSeries *trackCurve(core::Track track) const;
    QScatterSeries *trackPlan(core::Track track) const;
    // In the order of ChartData::channelCurves (largest return first).
    int channelCurveCount() const { return static_cast<int>(m_channelCount); }
    QLineSeries *channelCurve(int index) const;
    QScatterSeries *channelPlan(int index) const;

private:
    struct Curve {
        QLineSeries *line = nullptr;
        QScatterSeries *plan = nullptr;
        QString label;
        double ceiling = 0.0;
        double maxEffort = 0.0; // where the curve's points end
    };

    void createTrackCurves();
    Curve createCurve(bool emphasised);
    void ensureChannelCurves(std::size_t count);
    void update(Curve &curve, const core::ResponseCurve &data);
    void updateChannelList();
    void applyVisibility();
    void updateRanges();
    void restyle();
    QColor colourOfChannel(const QString &channel);
    void hideLegendEntry(QObject *series);
    void showCurveTip(const Curve &curve, QPointF point, bool hovered);
    void showPlanTip(const Curve &curve, bool hovered);

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QValueAxis *m_effortAxis = nullptr;
    QValueAxis *m_returnAxis = nullptr;
    QComboBox *m_curvesBox = nullptr;
    QListWidget *m_channelList = nullptr;
    QScatterSeries *m_planLegend = nullptr; // empty: only its legend entry

    std::array<Curve, 2> m_tracks;
    std::vector<Curve> m_channels; // a pool: the first m_channelCount are in use
    std::size_t m_channelCount = 0;
    Curves m_curves = Curves::Tracks;
    ChartUnits m_units;
    double m_capacityHours = 0.0;

    // A channel keeps its colour while the plan is edited, whatever its rank.
    QHash<QString, int> m_colourIndex;
    QSet<QString> m_hiddenChannels;
};

} // namespace castnet::ui::charts
