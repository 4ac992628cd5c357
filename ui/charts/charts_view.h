// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QWidget>

#include "core/analysis/chart_data.h"
#include "core/domain/activity.h"
#include "core/domain/campaign.h"

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace castnet::ui {

namespace charts {
class ChannelSplitChart;
class CumulativeReturnChart;
class ResponseCurveChart;
class TrackSplitChart;
class WeeklyEffortChart;
} // namespace charts

// The four "effort against expected returns" charts of DESIGN §5 in a 2×2
// grid, with a note when the figures rest on the uncalibrated default
// maximum weekly return. It holds no workspace: whoever follows the
// workspace's changes calls showCampaign() again, and the charts update in
// place (series data replaced, never rebuilt), so an edit redraws quickly.
class ChartsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartsView)

public:
    explicit ChartsView(QWidget *parent = nullptr);
    ~ChartsView() override;

    // Projects the campaign and shows its charts.
    void showCampaign(const core::Campaign &campaign,
                      const std::vector<core::Activity> &activities);
    // Empties every chart (no campaign chosen).
    void clear();

    // What the charts show now (empty after clear()).
    const core::ChartData &chartData() const { return m_data; }
    // The note under the charts; empty when no figure rests on a default.
    QString defaultReturnNote() const;

    charts::ResponseCurveChart *responseCurves() const { return m_responseCurves; }
    charts::CumulativeReturnChart *cumulativeReturn() const { return m_cumulativeReturn; }
    charts::WeeklyEffortChart *weeklyEffort() const { return m_weeklyEffort; }
    charts::TrackSplitChart *trackSplit() const { return m_trackSplit; }
    charts::ChannelSplitChart *channelSplit() const { return m_channelSplit; }

private:
    void setNote(std::size_t activitiesOnDefaultReturn, const QString &returnUnit);

    charts::ResponseCurveChart *m_responseCurves = nullptr;
    charts::CumulativeReturnChart *m_cumulativeReturn = nullptr;
    charts::WeeklyEffortChart *m_weeklyEffort = nullptr;
    charts::TrackSplitChart *m_trackSplit = nullptr;
    charts::ChannelSplitChart *m_channelSplit = nullptr;
    QLabel *m_note = nullptr;
    core::ChartData m_data;
};

} // namespace castnet::ui
