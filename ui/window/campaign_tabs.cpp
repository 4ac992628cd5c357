// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/campaign_tabs.h"

#include <string>

#include <QTimer>

#include "core/domain/activity_field.h"
#include "ui/charts/charts_view.h"
#include "ui/commands/commands.h"
#include "ui/commands/workspace_notifier.h"
#include "ui/common/string_conversion.h"
#include "ui/editor/activities_page.h"
#include "ui/editor/activity_table_model.h"
#include "ui/editor/field_label.h"
#include "ui/scenarios/comparison_view.h"
#include "ui/scenarios/optimizer_dialog.h"
#include "ui/timeline/timeline_page.h"
#include "ui/tracks/tracks_view.h"

namespace castnet::ui {

CampaignTabs::CampaignTabs(WorkspaceNotifier &notifier, QWidget *parent)
    : QTabWidget(parent)
    , m_notifier(notifier) {
    setObjectName(QStringLiteral("campaignTabs"));
    setDocumentMode(true);
    m_activities = new ActivitiesPage(notifier, this);
    m_tracks = new TracksView(this);
    m_tracks->setObjectName(QStringLiteral("tracksView"));
    connect(m_tracks, &TracksView::overrideRequested, this, &CampaignTabs::requestTrackOverride);
    m_timeline = new TimelinePage(this);
    m_timeline->setObjectName(QStringLiteral("timelinePage"));
    connect(m_timeline, &TimelinePage::weeksRequested, this, &CampaignTabs::requestWeeks);
    m_charts = new ChartsView(this);
    m_charts->setObjectName(QStringLiteral("chartsView"));
    m_compare = new ComparisonView(this);
    m_compare->setObjectName(QStringLiteral("comparisonView"));
    connect(m_compare, &ComparisonView::optimizeRequested, this, &CampaignTabs::optimize);
    addTab(m_activities, tr("&Activities"));
    addTab(m_tracks, tr("&Tracks"));
    addTab(m_timeline, tr("T&imeline"));
    addTab(m_charts, tr("C&harts"));
    addTab(m_compare, tr("Co&mpare"));
    // The analysis tabs lay out wide figures; they must not widen the window
    // or squeeze the brand tree, so their minimum width is not honoured.
    for (QWidget *page : {static_cast<QWidget *>(m_tracks), static_cast<QWidget *>(m_timeline),
                          static_cast<QWidget *>(m_charts), static_cast<QWidget *>(m_compare)})
        page->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    connect(this, &QTabWidget::currentChanged, this, &CampaignTabs::scheduleRefresh);

    connect(&notifier, &WorkspaceNotifier::changed, this, [this](const WorkspaceChange &change) {
        const auto campaign = campaignOf(change);
        // Another workspace numbers its campaigns afresh: what Compare chose
        // for campaign 1 here says nothing about campaign 1 there.
        if (std::holds_alternative<WorkspaceReplaced>(change))
            m_compare->clear();
        if (std::holds_alternative<WorkspaceReplaced>(change) ||
            (campaign && campaign == m_activities->model().campaignId()))
            scheduleRefresh();
    });
    // Another campaign shown.
    connect(&m_activities->model(), &QAbstractItemModel::modelReset, this,
            &CampaignTabs::scheduleRefresh);
    // The filter or the sort of the table changed: only the timeline shows it.
    connect(m_activities, &ActivitiesPage::shownRowsChanged, this, [this] {
        m_timelineStale = true;
        scheduleRefreshPass();
    });
}

CampaignTabs::~CampaignTabs() = default;

void CampaignTabs::scheduleRefresh() {
    m_tracksStale = m_timelineStale = m_chartsStale = m_compareStale = true;
    scheduleRefreshPass();
}

void CampaignTabs::scheduleRefreshPass() {
    if (m_pending)
        return;
    m_pending = true;
    // Several changes arrive for one edit (rows, then the campaign):
    // recompute once, after they have all been delivered.
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        refresh();
    });
}

void CampaignTabs::refresh() {
    const auto &model = m_activities->model();
    const auto &campaign = model.campaign();
    QWidget *visible = currentWidget();
    if (visible == m_tracks && m_tracksStale) {
        if (campaign)
            m_tracks->showCampaign(*campaign, model.activities());
        else
            m_tracks->clear();
        m_tracksStale = false;
    } else if (visible == m_timeline && m_timelineStale) {
        if (campaign)
            m_timeline->showCampaign(*campaign, model.activities(), m_activities->shownRows());
        else
            m_timeline->clear();
        m_timelineStale = false;
    } else if (visible == m_charts && m_chartsStale) {
        if (campaign)
            m_charts->showCampaign(*campaign, model.activities());
        else
            m_charts->clear();
        m_chartsStale = false;
    } else if (visible == m_compare && m_compareStale) {
        auto *workspace = m_notifier.workspace();
        auto scenarios = campaign && workspace != nullptr
                             ? workspace->scenarios(campaign->id)
                             : core::Result<std::vector<core::Scenario>>{};
        if (campaign && scenarios)
            m_compare->showCampaign(*campaign, model.activities(), *scenarios);
        else
            m_compare->clear();
        m_compareStale = false;
    }
}

void CampaignTabs::optimize() {
    const auto &model = m_activities->model();
    if (!model.campaign())
        return;
    // The dialog works on copies; the workspace only sees the saved scenario.
    OptimizerDialog dialog(*model.campaign(), model.activities(), window());
    dialog.exec();
}

void CampaignTabs::requestTrackOverride(core::ActivityId activity,
                                        std::optional<core::Track> track) {
    const auto campaign = m_activities->model().campaignId();
    if (!campaign)
        return;
    const std::string text = track ? std::string(core::toString(*track)) : std::string();
    if (auto done =
            commands::setActivityField(*campaign, activity, core::ActivityField::Track, text);
        !done)
        emit failed(tr("Could not change the track"), toQString(done.error().message));
}

void CampaignTabs::requestWeeks(core::ActivityId activity, int startWeek, int endWeek) {
    const auto campaign = m_activities->model().campaignId();
    if (!campaign)
        return;
    // Validated as the table validates a typed week; a refusal stores
    // nothing, and the bar is already back on its stored weeks.
    if (auto done = commands::setActivityWeeks(*campaign, activity, startWeek, endWeek); !done) {
        // Named as the table names the fields: "End week 14 is after …".
        const auto reason = readableMessage(done.error());
        m_timeline->showRefusal(activity, reason);
        emit message(reason);
        return;
    }
    m_timeline->clearRefusal();
}

} // namespace castnet::ui
