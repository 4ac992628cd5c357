// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QTabWidget>

#include "core/domain/enums.h"
#include "core/domain/error.h"
#include "core/domain/ids.h"

namespace castnet::ui {

class ActivitiesPage;
class ActualsImportDialog;
class ActualsPage;
class CalibrateDialog;
class ProgressPage;
class ChartsView;
class ComparisonView;
class TimelinePage;
class TracksView;
class WorkspaceNotifier;

// The tabs under the campaign form: Activities, and the analysis of the
// same campaign in Tracks, Timeline, Charts and Compare, then what happened
// in Progress and Actuals. The analysis tabs follow the
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
    ProgressPage *progressPage() const { return m_progress; }
    ActualsPage *actualsPage() const { return m_actualsPage; }

    // Campaign › Optimize…: the optimizer on the shown campaign.
    void optimize();

    // File › Import Actuals…: asks for the file, previews it, and stores it
    // when the preview's Apply is pressed.
    void importActuals();
    // The preview of `path` for the shown campaign, not yet shown; an error
    // when no campaign is shown or the file cannot be read at all.
    core::Result<std::unique_ptr<ActualsImportDialog>> actualsImportPreview(const QString &path);

    // Save Baseline…: asks for a name, then saves.
    void saveBaselineInteractively();
    core::Result<void> saveBaseline(const QString &name);

    // Campaign › Calibrate…: the calibration of the shown campaign.
    void calibrate();
    // The dialog, not yet shown (null without a campaign or a workspace).
    std::unique_ptr<CalibrateDialog> calibrateDialog();

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
    ProgressPage *m_progress = nullptr;
    ActualsPage *m_actualsPage = nullptr;
    bool m_pending = false;
    bool m_progressStale = true;
    bool m_actualsStale = true;
    bool m_tracksStale = true;
    bool m_timelineStale = true;
    bool m_chartsStale = true;
    bool m_compareStale = true;
};

} // namespace castnet::ui
