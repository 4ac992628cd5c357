// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QTabWidget>

#include "core/domain/enums.h"
#include "core/domain/ids.h"

namespace castnet::ui {

class ActivitiesPage;
class ChartsView;
class ComparisonView;
class TimelinePage;
class TracksView;
class WorkspaceNotifier;

// The tabs under the campaign form: Activities, and the analysis of the
// same campaign in Tracks, Timeline, Charts and Compare. The analysis tabs follow the
// notifier: a change of the campaign shown (its fields, activities or
// scenarios) or a replaced workspace marks them stale, and only the visible
// one is recomputed, once per event-loop pass, from the activities page's
// model (the timeline also follows the table's filter and sort). Their
// requests (a track override, a bar's weeks, Optimize…) become commands here.
class CampaignTabs final : public QTabWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignTabs)

public:
    explicit CampaignTabs(WorkspaceNotifier &notifier, QWidget *parent = nullptr);
    ~CampaignTabs() override;

    ActivitiesPage *activitiesPage() const { return m_activities; }
    TracksView *tracksView() const { return m_tracks; }
    TimelinePage *timelinePage() const { return m_timeline; }
    ChartsView *chartsView() const { return m_charts; }
    ComparisonView *comparisonView() const { return m_compare; }

    // Campaign › Optimize…: the optimizer on the shown campaign.
    void optimize();

signals:
    // A passing note for the status bar (a refused drag of the timeline).
    void message(const QString &text);
    // A request failed; the window shows why.
    void failed(const QString &title, const QString &reason);

private:
    void scheduleRefresh();
    // Refreshes the visible tab if it is stale, once per event-loop pass.
    void scheduleRefreshPass();
    void refresh();
    void requestTrackOverride(core::ActivityId activity, std::optional<core::Track> track);
    void requestWeeks(core::ActivityId activity, int startWeek, int endWeek);

    WorkspaceNotifier &m_notifier;
    ActivitiesPage *m_activities = nullptr;
    TracksView *m_tracks = nullptr;
    TimelinePage *m_timeline = nullptr;
    ChartsView *m_charts = nullptr;
    ComparisonView *m_compare = nullptr;
    bool m_pending = false;
    bool m_tracksStale = true;
    bool m_timelineStale = true;
    bool m_chartsStale = true;
    bool m_compareStale = true;
};

} // namespace castnet::ui
