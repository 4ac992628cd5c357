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
class TracksView;
class WorkspaceNotifier;

// The tabs under the campaign form: Activities, and the analysis of the
// same campaign in Tracks, Charts and Compare. The analysis tabs follow the
// notifier: a change of the campaign shown (its fields, activities or
// scenarios) or a replaced workspace marks them stale, and only the visible
// one is recomputed, once per event-loop pass, from the activities page's
// model. Their requests (a track override, Optimize…) become commands here.
class CampaignTabs final : public QTabWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignTabs)

public:
    explicit CampaignTabs(WorkspaceNotifier &notifier, QWidget *parent = nullptr);
    ~CampaignTabs() override;

    ActivitiesPage *activitiesPage() const { return m_activities; }
    TracksView *tracksView() const { return m_tracks; }
    ChartsView *chartsView() const { return m_charts; }
    ComparisonView *comparisonView() const { return m_compare; }

    // Campaign › Optimize…: the optimizer on the shown campaign.
    void optimize();

signals:
    // A request failed; the window shows why.
    void failed(const QString &title, const QString &reason);

private:
    void scheduleRefresh();
    void refresh();
    void requestTrackOverride(core::ActivityId activity, std::optional<core::Track> track);

    WorkspaceNotifier &m_notifier;
    ActivitiesPage *m_activities = nullptr;
    TracksView *m_tracks = nullptr;
    ChartsView *m_charts = nullptr;
    ComparisonView *m_compare = nullptr;
    bool m_pending = false;
    bool m_tracksStale = true;
    bool m_chartsStale = true;
    bool m_compareStale = true;
};

} // namespace castnet::ui
