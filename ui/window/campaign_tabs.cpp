// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/campaign_tabs.h"

#include <string>

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QTimer>

#include "core/domain/activity_field.h"
#include "core/exchange/file_io.h"
#include "ui/actuals/actuals_import_dialog.h"
#include "ui/actuals/actuals_page.h"
#include "ui/calibration/calibrate_dialog.h"
#include "ui/charts/charts_view.h"
#include "ui/commands/commands.h"
#include "ui/commands/workspace_notifier.h"
#include "ui/common/last_folder.h"
#include "ui/common/string_conversion.h"
#include "ui/editor/activities_page.h"
#include "ui/editor/activity_table_model.h"
#include "ui/editor/field_label.h"
#include "ui/progress/progress_page.h"
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
    m_progress = new ProgressPage(this);
    m_progress->setObjectName(QStringLiteral("progressPage"));
    connect(m_progress, &ProgressPage::saveBaselineRequested, this,
            &CampaignTabs::saveBaselineInteractively);
    m_actualsPage = new ActualsPage(this);
    m_actualsPage->setObjectName(QStringLiteral("actualsPage"));
    addTab(m_activities, tr("&Activities"));
    addTab(m_tracks, tr("&Tracks"));
    addTab(m_timeline, tr("T&imeline"));
    addTab(m_charts, tr("C&harts"));
    addTab(m_compare, tr("Co&mpare"));
    addTab(m_progress, tr("Pro&gress"));
    addTab(m_actualsPage, tr("Act&uals"));
    // The analysis tabs lay out wide figures; they must not widen the window
    // or squeeze the brand tree, so their minimum width is not honoured.
    for (QWidget *page : {static_cast<QWidget *>(m_tracks), static_cast<QWidget *>(m_timeline),
                          static_cast<QWidget *>(m_charts), static_cast<QWidget *>(m_compare),
                          static_cast<QWidget *>(m_progress)})
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
    m_progressStale = m_actualsStale = true;
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
    } else if (visible == m_progress && m_progressStale) {
        auto *workspace = m_notifier.workspace();
        if (campaign && workspace != nullptr)
            m_progress->showCampaign(*workspace, campaign->id);
        else
            m_progress->clear();
        m_progressStale = false;
    } else if (visible == m_actualsPage && m_actualsStale) {
        auto *workspace = m_notifier.workspace();
        auto actuals = campaign && workspace != nullptr ? workspace->actuals(campaign->id)
                                                        : core::Result<std::vector<core::Actual>>{};
        const auto selected = m_activities->selectedActivities();
        if (campaign && actuals)
            m_actualsPage->showCampaign(*campaign, model.activities(), *actuals,
                                        selected.empty() ? std::nullopt
                                                         : std::optional(selected.front()));
        else
            m_actualsPage->clear();
        m_actualsStale = false;
    }
}

void CampaignTabs::importActuals() {
    if (!m_activities->model().campaign())
        return;
    const auto path = QFileDialog::getOpenFileName(this, tr("Import Actuals"), lastFolder(),
                                                   tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolderOf(path);
    auto preview = actualsImportPreview(path);
    if (!preview) {
        emit failed(tr("Import refused"), readableMessage(preview.error()));
        return;
    }
    if ((*preview)->exec() == QDialog::Accepted && (*preview)->stored()) {
        const auto stored = *(*preview)->stored();
        emit message(tr("Imported actuals: %n week(s) added, ", nullptr, stored.addedWeeks) +
                     tr("%n replaced", nullptr, stored.replacedWeeks));
    }
}

core::Result<std::unique_ptr<ActualsImportDialog>>
CampaignTabs::actualsImportPreview(const QString &path) {
    const auto &model = m_activities->model();
    auto *workspace = m_notifier.workspace();
    if (!model.campaign() || workspace == nullptr)
        return core::fail("Select a campaign to import into.");
    auto text = core::readFile(toStdString(path));
    if (!text)
        return tl::unexpected(text.error());
    auto recorded = workspace->actuals(model.campaign()->id);
    if (!recorded)
        return tl::unexpected(recorded.error());
    return std::make_unique<ActualsImportDialog>(*model.campaign(), model.activities(), *recorded,
                                                 *text, QFileInfo(path).fileName(), window());
}

void CampaignTabs::saveBaselineInteractively() {
    if (!m_activities->model().campaign())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save Baseline"), tr("Name of the baseline (the plan as it is now):"),
        QLineEdit::Normal, QDate::currentDate().toString(Qt::ISODate), &ok);
    if (!ok)
        return;
    if (auto saved = saveBaseline(name); !saved)
        emit failed(tr("Could not save the baseline"), readableMessage(saved.error()));
}

core::Result<void> CampaignTabs::saveBaseline(const QString &name) {
    const auto campaign = m_activities->model().campaignId();
    if (!campaign)
        return core::fail("Select a campaign first.");
    return commands::saveBaseline(*campaign, toStdString(name));
}

void CampaignTabs::calibrate() {
    if (auto dialog = calibrateDialog())
        dialog->exec();
}

std::unique_ptr<CalibrateDialog> CampaignTabs::calibrateDialog() {
    const auto &model = m_activities->model();
    auto *workspace = m_notifier.workspace();
    if (!model.campaign() || workspace == nullptr)
        return nullptr;
    return std::make_unique<CalibrateDialog>(*workspace, model.campaign()->id, window());
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
