// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/charts_view.h"

#include <algorithm>

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "core/analysis/projection.h"
#include "core/analysis/response_parameters.h"
#include "ui/charts/chart_style.h"
#include "ui/charts/cumulative_return_chart.h"
#include "ui/charts/figure_format.h"
#include "ui/charts/response_curve_chart.h"
#include "ui/charts/split_chart.h"
#include "ui/charts/weekly_effort_chart.h"
#include "ui/common/string_conversion.h"

namespace castnet::ui {

ChartsView::ChartsView(QWidget *parent)
    : QWidget(parent)
    , m_responseCurves(new charts::ResponseCurveChart(this))
    , m_cumulativeReturn(new charts::CumulativeReturnChart(this))
    , m_weeklyEffort(new charts::WeeklyEffortChart(this))
    , m_trackSplit(new charts::TrackSplitChart(this))
    , m_channelSplit(new charts::ChannelSplitChart(this))
    , m_note(new QLabel(this)) {
    auto *splits = new QWidget(this);
    auto *splitLayout = new QVBoxLayout(splits);
    splitLayout->setContentsMargins(0, 0, 0, 0);
    splitLayout->setSpacing(0);
    splitLayout->addWidget(m_trackSplit);
    splitLayout->addWidget(m_channelSplit, 1);
    m_trackSplit->setFixedHeight(150);

    auto *grid = new QGridLayout;
    grid->setSpacing(6);
    grid->addWidget(m_responseCurves, 0, 0);
    grid->addWidget(m_cumulativeReturn, 0, 1);
    grid->addWidget(m_weeklyEffort, 1, 0);
    grid->addWidget(splits, 1, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    m_note->setWordWrap(true);
    m_note->setVisible(false);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(grid, 1);
    layout->addWidget(m_note);
}

ChartsView::~ChartsView() = default;

void ChartsView::showCampaign(const core::Campaign &campaign,
                              const std::vector<core::Activity> &activities) {
    // The charts need no marginal returns, which cost a second evaluation of
    // every activity and week.
    const core::Projection projection =
        core::project(campaign, activities, core::ProjectionOptions{.marginalReturns = false});
    m_data = core::chartData(campaign, activities, projection);

    const charts::ChartUnits units{toQString(campaign.returnUnit), toQString(campaign.currency)};
    m_responseCurves->setData(m_data, units);
    m_cumulativeReturn->setData(m_data, units);
    m_weeklyEffort->setData(m_data, units);
    m_trackSplit->setData(m_data, units);
    m_channelSplit->setData(m_data, units);

    const auto onDefault = std::count_if(
        projection.activities.begin(), projection.activities.end(),
        [](const core::ActivityProjection &activity) { return activity.restsOnDefaultReturn(); });
    setNote(static_cast<std::size_t>(onDefault), units.returnUnit);
}

void ChartsView::clear() {
    m_data = {};
    m_responseCurves->clear();
    m_cumulativeReturn->clear();
    m_weeklyEffort->clear();
    m_trackSplit->clear();
    m_channelSplit->clear();
    setNote(0, {});
}

QString ChartsView::defaultReturnNote() const {
    return m_note->isHidden() ? QString() : m_note->text();
}

void ChartsView::setNote(std::size_t activitiesOnDefaultReturn, const QString &returnUnit) {
    if (activitiesOnDefaultReturn == 0) {
        m_note->clear();
        m_note->setVisible(false);
        return;
    }
    const double defaultReturn = core::trackDefaults(core::Track::Media).maxWeeklyReturn;
    const int count = static_cast<int>(activitiesOnDefaultReturn);
    const QString activities = count == 1 ? tr("1 activity") : tr("%1 activities").arg(count);
    m_note->setText(tr("Returns rest on the default, uncalibrated maximum weekly return of %1/week "
                       "for %2: set “Max return” in the activities table to calibrate them.")
                        .arg(charts::formatAmount(defaultReturn, returnUnit), activities));
    m_note->setVisible(true);
}

} // namespace castnet::ui
