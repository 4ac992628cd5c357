// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include "core/domain/try.h"
#include "core/exchange/campaign_export.h"
#include "core/exchange/file_io.h"
#include "core/report/campaign_report.h"
#include "core/report/campaign_workbook.h"
#include "core/storage/sqlite/sqlite_workspace.h"
#include "core/workspace/demo.h"
#include "ui/commands/commands.h"
#include "ui/commands/undo_commands.h"
#include "ui/commands/workspace_notifier.h"
#include "ui/common/action.h"
#include "ui/common/last_folder.h"
#include "ui/common/string_conversion.h"
#include "ui/editor/activities_page.h"
#include "ui/editor/activity_table_model.h"
#include "ui/editor/activity_totals.h"
#include "ui/editor/brand_tree_model.h"
#include "ui/editor/brand_tree_panel.h"
#include "ui/editor/campaign_form.h"
#include "ui/help/help_window.h"
#include "ui/report/report_export_dialog.h"
#include "ui/window/campaign_tabs.h"
#include "ui/window/setting_value.h"
#include "ui/window/welcome_panel.h"

namespace castnet::ui {

namespace {

constexpr int maxRecentWorkspaces = 8;
constexpr int statusMessageMs = 8000;
constexpr QSize defaultWindowSize{1280, 800};

const SettingValue<QByteArray> windowGeometry{QStringLiteral("window/geometry")};
const SettingValue<QByteArray> dockState{QStringLiteral("window/state")};
const SettingValue<QByteArray> splitterState{QStringLiteral("window/splitter")};
const SettingValue<QByteArray> tableHeaderState{QStringLiteral("window/activityColumns")};
const SettingValue<QStringList> recentWorkspaces{QStringLiteral("workspace/recent")};
const SettingValue<QString> lastWorkspace{QStringLiteral("workspace/last")};

QString withExtension(QString path, const QString &suffix) {
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    return path;
}

// Refuses the open workspace (or its journal) as the target by whatever name,
// link or hard link: the file dialog's "Replace?" would otherwise let a
// click destroy the plan.
core::Result<void> exportCampaignTo(core::Workspace &workspace, const core::Campaign &campaign,
                                    core::ExchangeFormat format, const QString &path,
                                    const QString &workspacePath) {
    CASTNET_TRY_VOID(core::refuseSameFile(toStdString(path), toStdString(workspacePath), {}));
    CASTNET_TRY(auto text, core::exportCampaign(workspace, campaign.id, format));
    return core::writeFileAtomically(toStdString(path), text);
}

// What Export Report shows: the campaign as stored now (every edit is saved
// at once), built once; another paper size only changes the page layout.
core::Result<ReportExportDialog::ReportBuilder>
campaignReportBuilder(core::Workspace &workspace, const core::Campaign &campaign) {
    CASTNET_TRY(auto report, core::buildCampaignReport(workspace, campaign.id, {}));
    return [report = std::move(report)](core::PaperSize paper) {
        auto onPaper = report;
        onPaper.paper = paper;
        return onPaper;
    };
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_notifier(new WorkspaceNotifier(this)) {
    setObjectName(QStringLiteral("castnetMainWindow"));
    // The pages build their models on the notifier; each listens to it.
    m_treePanel = new BrandTreePanel(*m_notifier, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_treePanel);
    m_editorStack = new QStackedWidget(this);
    m_editorStack->addWidget(buildEditorPanel());
    m_splitter->addWidget(m_editorStack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, defaultWindowSize.width() - 260});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    m_totals = new ActivityTotals(m_activities->model(), *m_notifier, this);
    statusBar()->addPermanentWidget(m_totals);
    buildActions();
    buildMenus();
    buildWelcome();

    connect(m_treePanel, &BrandTreePanel::campaignSelected, this, &MainWindow::showCampaign);
    connect(m_treePanel, &BrandTreePanel::message, this, &MainWindow::showMessage);
    connect(m_activities, &ActivitiesPage::message, this, &MainWindow::showMessage);
    connect(m_notifier, &WorkspaceNotifier::editFailed, this,
            [this](const QString &reason) { showError(tr("Could not apply the change"), reason); });

    restoreLayout();
    updateTitle();
    updateActions();
    updateWelcome();
    // See eventFilter(): the File shortcuts work from a text field too.
    qApp->installEventFilter(this);
}

MainWindow::~MainWindow() {
    closeWorkspace();
}

// --- Building ------------------------------------------------------------------------------

void MainWindow::buildActions() {
    m_newAction =
        makeAction(this, tr("&New Workspace…"), QStringLiteral("document-new"), QKeySequence::New);
    m_openAction = makeAction(this, tr("&Open Workspace…"), QStringLiteral("document-open"),
                              QKeySequence::Open);
    m_exportCsvAction = makeAction(this, tr("Export &CSV…"), QStringLiteral("document-export"),
                                   QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportJsonAction = makeAction(this, tr("Export &JSON…"), QString(),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportCalendarAction = makeAction(this, tr("Export Ca&lendar…"), QString());
    m_exportReportAction =
        makeAction(this, tr("Export &Report…"), QString(), QKeySequence(Qt::CTRL | Qt::Key_P));
    m_quitAction =
        makeAction(this, tr("&Quit"), QStringLiteral("application-exit"), QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_optimizeAction = makeAction(this, tr("&Optimize…"), QString());
    m_demoAction = makeAction(this, tr("Fill with the &Demo Brand"), QString());
    m_helpAction = makeAction(this, tr("Castnet &Help"), QStringLiteral("help-contents"),
                              QKeySequence::HelpContents);
    m_importActualsAction = makeAction(this, tr("Import &Actuals…"), QString(),
                                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_calibrateAction = makeAction(this, tr("&Calibrate…"), QString());

    m_undoAction = m_undoStack.createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undoAction->setObjectName(QStringLiteral("Undo"));
    m_redoAction = m_undoStack.createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_redoAction->setObjectName(QStringLiteral("Redo"));

    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspace);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWorkspaceDialog);
    connect(m_exportCsvAction, &QAction::triggered, this, [this] {
        exportTo(tr("Export Activities"), QStringLiteral("csv"), tr("CSV files (*.csv)"),
                 &MainWindow::exportCsvFile);
    });
    connect(m_exportJsonAction, &QAction::triggered, this, [this] {
        exportTo(tr("Export Campaign"), QStringLiteral("json"), tr("JSON files (*.json)"),
                 &MainWindow::exportJsonFile);
    });
    connect(m_exportCalendarAction, &QAction::triggered, this, [this] {
        exportTo(tr("Export Calendar"), QStringLiteral("ics"), tr("iCalendar files (*.ics)"),
                 &MainWindow::exportCalendarFile);
    });
    connect(m_exportReportAction, &QAction::triggered, this, &MainWindow::exportReport);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_optimizeAction, &QAction::triggered, m_tabs, &CampaignTabs::optimize);
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::fillWithDemo);
    connect(m_helpAction, &QAction::triggered, this, [this] { showHelp(QStringLiteral("start")); });
    connect(m_importActualsAction, &QAction::triggered, m_tabs, &CampaignTabs::importActuals);
    connect(m_calibrateAction, &QAction::triggered, m_tabs, &CampaignTabs::calibrate);
}

void MainWindow::buildMenus() {
    auto *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("Open Recent"));
    file->addSeparator();
    file->addAction(m_activities->importAction());
    file->addAction(m_importActualsAction);
    file->addAction(m_exportCsvAction);
    file->addAction(m_exportJsonAction);
    file->addAction(m_exportCalendarAction);
    file->addAction(m_exportReportAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    rebuildRecentMenu();

    auto *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_activities->addActivityAction());
    edit->addAction(m_activities->duplicateAction());
    edit->addAction(m_activities->deleteAction());
    edit->addSeparator();
    edit->addAction(m_activities->findAction());

    auto *campaign = menuBar()->addMenu(tr("&Campaign"));
    campaign->addAction(m_treePanel->addBrandAction());
    campaign->addAction(m_treePanel->addCampaignAction());
    campaign->addAction(m_treePanel->renameAction());
    campaign->addAction(m_treePanel->deleteAction());
    campaign->addSeparator();
    campaign->addAction(m_optimizeAction);
    campaign->addAction(m_calibrateAction);
    campaign->addSeparator();
    campaign->addAction(m_demoAction);

    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_helpAction);
    auto *about = help->addAction(tr("&About Castnet"), this, [this] {
        QMessageBox::about(this, tr("About Castnet"), aboutText());
    });
    about->setObjectName(QStringLiteral("About Castnet"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildWelcome() {
    m_welcome = new WelcomePanel({.addBrand = m_treePanel->addBrandAction(),
                                  .addCampaign = m_treePanel->addCampaignAction(),
                                  .fillWithDemo = m_demoAction,
                                  .open = m_openAction,
                                  .help = m_helpAction},
                                 m_editorStack);
    m_editorStack->addWidget(m_welcome);
    for (auto signal : {&WorkspaceNotifier::brandAdded, &WorkspaceNotifier::brandRemoved})
        connect(m_notifier, signal, this, &MainWindow::updateWelcome);
    for (auto signal : {&WorkspaceNotifier::campaignAdded, &WorkspaceNotifier::campaignRemoved})
        connect(m_notifier, signal, this, &MainWindow::updateWelcome);
    connect(m_notifier, &WorkspaceNotifier::workspaceReplaced, this, &MainWindow::updateWelcome);
}

QString MainWindow::aboutText() {
    return tr("<p><b>Castnet %1</b></p>"
              "<p>Castnet plans a brand's marketing as two tracks, broadcast media and "
              "relationship networking, and projects what the effort put into each "
              "returns.</p><p>Free software under the GNU General Public License, version 3 "
              "or later.</p>")
        .arg(QCoreApplication::applicationVersion());
}

QWidget *MainWindow::buildEditorPanel() {
    auto *panel = new QWidget(this);
    m_form = new CampaignForm(*m_notifier, panel);
    m_form->setObjectName(QStringLiteral("campaignForm"));
    connect(m_form, &CampaignForm::message, this, &MainWindow::showMessage);
    m_tabs = new CampaignTabs(*m_notifier, panel);
    m_activities = m_tabs->activitiesPage();
    connect(m_tabs, &CampaignTabs::failed, this, &MainWindow::showError);
    connect(m_tabs, &CampaignTabs::message, this, &MainWindow::showMessage);
    connect(m_activities, &ActivitiesPage::failed, this, &MainWindow::showError);
    connect(m_treePanel, &BrandTreePanel::failed, this, &MainWindow::showError);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_form);
    layout->addWidget(m_tabs, 1);
    return panel;
}

void MainWindow::restoreLayout() {
    const auto geometry = windowGeometry.get();
    // The first run on a small screen (1024×700) opens within it.
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(defaultWindowSize.boundedTo(screen()->availableGeometry().size()));
    restoreState(dockState.get());
    m_splitter->restoreState(splitterState.get());
    // A layout saved by a version with other columns does not restore.
    m_activities->restoreColumns(tableHeaderState.get());
}

void MainWindow::saveLayout() const {
    windowGeometry.set(saveGeometry());
    dockState.set(saveState());
    splitterState.set(m_splitter->saveState());
    if (m_activities->columnsSized())
        tableHeaderState.set(m_activities->saveColumns());
}

// A text field claims Ctrl+E (end of line), Ctrl+I or Ctrl+P for itself on
// some platforms, so the File shortcuts did nothing while one had focus. The
// field has other keys for those moves; the window's commands win.
bool MainWindow::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() != QEvent::ShortcutOverride)
        return QMainWindow::eventFilter(watched, event);
    auto *widget = qobject_cast<QWidget *>(watched);
    if (widget == nullptr || widget->window() != this)
        return false;
    const QKeySequence pressed(static_cast<QKeyEvent *>(event)->keyCombination());
    for (const QAction *action : {m_exportCsvAction, m_exportJsonAction, m_exportReportAction,
                                  m_activities->importAction()}) {
        if (action->isEnabled() && action->shortcut() == pressed) {
            event->ignore();
            return true;
        }
    }
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveLayout();
    event->accept();
}

// --- The workspace -------------------------------------------------------------------------

core::Result<void> MainWindow::openWorkspace(const QString &path, OpenOptions options) {
    const QFileInfo file(path);
    const bool isNew = !file.exists() || (file.isFile() && file.size() == 0);
    const auto mode = options.createIfMissing ? core::SqliteWorkspace::OpenMode::CreateIfMissing
                                              : core::SqliteWorkspace::OpenMode::MustExist;
    auto opened = core::SqliteWorkspace::open(toStdString(path), mode);
    if (!opened)
        return tl::unexpected(opened.error());
    if (options.demoIfNew && isNew) {
        if (auto demo = core::createDemo(**opened, core::todayIsoDate()); !demo)
            return tl::unexpected(demo.error());
    }
    m_workspacePath = file.absoluteFilePath();
    adopt(std::move(*opened));
    rememberRecent(m_workspacePath);
    return {};
}

bool MainWindow::openWorkspaceInteractively(const QString &path, OpenOptions options) {
    auto opened = openWorkspace(path, options);
    if (!opened)
        showError(tr("Could not open the workspace"), toQString(opened.error().message));
    return opened.has_value();
}

void MainWindow::closeWorkspace() {
    m_workspacePath.clear();
    adopt(nullptr);
}

void MainWindow::adopt(std::unique_ptr<core::Workspace> workspace) {
    // Attaching reports WorkspaceReplaced, on which every page reloads or
    // empties itself; the previous workspace closes only after that.
    auto previous = std::move(m_workspace);
    m_workspace = std::move(workspace);
    if (m_workspace)
        commands::attach(*m_workspace, m_undoStack, *m_notifier);
    else
        commands::detach();
    previous.reset();
    if (const auto first = m_treePanel->model().firstCampaign())
        selectCampaign(*first);
    updateTitle();
    updateActions();
    updateWelcome();
}

bool MainWindow::selectCampaign(core::CampaignId campaign) {
    return m_treePanel->selectCampaign(campaign);
}

std::optional<core::CampaignId> MainWindow::currentCampaign() const {
    return m_activities->model().campaignId();
}

void MainWindow::showCampaign(std::optional<core::CampaignId> campaign) {
    if (campaign == m_activities->model().campaignId() && campaign == m_form->campaignId())
        return;
    m_form->setCampaign(campaign);
    if (auto loaded = m_activities->setCampaign(campaign); !loaded)
        showMessage(toQString(loaded.error().message));
    updateActions();
}

void MainWindow::updateTitle() {
    if (m_workspacePath.isEmpty())
        setWindowTitle(QStringLiteral("Castnet"));
    else
        setWindowTitle(QFileInfo(m_workspacePath).fileName() + QStringLiteral(" — Castnet"));
}

// The editor when the workspace holds a campaign, else what to do first.
void MainWindow::updateWelcome() {
    const bool hasBrands = m_workspace && m_treePanel->model().rowCount() > 0;
    const bool hasCampaign = m_treePanel->model().firstCampaign().has_value();
    m_welcome->setHasBrands(hasBrands);
    m_editorStack->setCurrentWidget(m_workspace && !hasCampaign ? m_welcome
                                                                : m_editorStack->widget(0));
    m_demoAction->setEnabled(m_workspace && !hasBrands);
}

void MainWindow::showHelp(const QString &section) {
    if (!m_help)
        m_help = new HelpWindow(this);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
    m_help->showSection(section);
}

// The demo fills only an empty workspace, in one transaction of its own,
// outside the undo history; reopening the file shows it on every page.
void MainWindow::fillWithDemo() {
    if (!m_workspace)
        return;
    if (auto demo = core::createDemo(*m_workspace, core::todayIsoDate()); !demo) {
        showError(tr("Fill with the demo brand"), toQString(demo.error().message));
        return;
    }
    openWorkspaceInteractively(QString(m_workspacePath), {});
}

void MainWindow::updateActions() {
    const bool campaign = m_activities->model().campaignId().has_value();
    m_exportCsvAction->setEnabled(campaign);
    m_exportJsonAction->setEnabled(campaign);
    m_exportCalendarAction->setEnabled(campaign);
    m_exportReportAction->setEnabled(campaign);
    m_optimizeAction->setEnabled(campaign);
    m_importActualsAction->setEnabled(campaign);
    m_calibrateAction->setEnabled(campaign);
}

void MainWindow::rememberRecent(const QString &path) {
    auto recent = recentWorkspaces.get();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecentWorkspaces)
        recent.removeLast();
    recentWorkspaces.set(recent);
    lastWorkspace.set(path);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const auto recent = recentWorkspaces.get();
    for (const auto &path : recent) {
        auto *action = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            openWorkspaceInteractively(path, {});
        });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            recentWorkspaces.set({});
            rebuildRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showMessage(const QString &text) {
    statusBar()->showMessage(text, statusMessageMs);
}

void MainWindow::showError(const QString &title, const QString &reason) {
    showMessage(reason);
    QMessageBox::warning(this, title, reason);
}

// --- File actions --------------------------------------------------------------------------

void MainWindow::newWorkspace() {
    const auto path =
        withExtension(QFileDialog::getSaveFileName(this, tr("New Workspace"), lastFolder(),
                                                   tr("Castnet workspaces (*.db);;All files (*)")),
                      QStringLiteral("db"));
    if (path.isEmpty())
        return;
    rememberFolderOf(path);
    if (const QFileInfo file(path); file.exists() && file.size() > 0) {
        showError(tr("New workspace"),
                  tr("%1 already exists. Use Open Workspace to open it.").arg(file.fileName()));
        return;
    }
    openWorkspaceInteractively(path, {.createIfMissing = true, .demoIfNew = false});
}

void MainWindow::openWorkspaceDialog() {
    const auto path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), lastFolder(),
                                                   tr("Castnet workspaces (*.db);;All files (*)"));
    rememberFolderOf(path);
    if (!path.isEmpty())
        openWorkspaceInteractively(path, {});
}

core::Result<std::vector<core::ActivityId>> MainWindow::importFile(const QString &path) {
    return m_activities->importFile(path);
}

core::Result<void> MainWindow::exportCsvFile(const QString &path) const {
    const auto &campaign = m_activities->model().campaign();
    if (!campaign || !m_workspace)
        return core::fail("Select a campaign to export.");
    return exportCampaignTo(*m_workspace, *campaign, core::ExchangeFormat::Csv, path,
                            m_workspacePath);
}

core::Result<void> MainWindow::exportJsonFile(const QString &path) const {
    const auto &campaign = m_activities->model().campaign();
    if (!campaign || !m_workspace)
        return core::fail("Select a campaign to export.");
    return exportCampaignTo(*m_workspace, *campaign, core::ExchangeFormat::Json, path,
                            m_workspacePath);
}

core::Result<void> MainWindow::exportCalendarFile(const QString &path) const {
    const auto &campaign = m_activities->model().campaign();
    if (!campaign || !m_workspace)
        return core::fail("Select a campaign to export.");
    return exportCampaignTo(*m_workspace, *campaign, core::ExchangeFormat::Ics, path,
                            m_workspacePath);
}

// Asks where to save, suggesting the campaign's name, then writes.
void MainWindow::exportTo(const QString &title, const QString &suffix, const QString &filter,
                          core::Result<void> (MainWindow::*write)(const QString &) const) {
    const auto &campaign = m_activities->model().campaign();
    if (!campaign)
        return;
    const auto suggested = inLastFolder(toQString(campaign->name) + u'.' + suffix);
    const auto path =
        withExtension(QFileDialog::getSaveFileName(this, title, suggested, filter), suffix);
    if (path.isEmpty())
        return;
    rememberFolderOf(path);
    if (const auto written = (this->*write)(path); !written)
        showError(tr("Export failed"), toQString(written.error().message));
    else
        showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::exportReport() {
    const auto &model = m_activities->model();
    const auto &campaign = model.campaign();
    if (!campaign || !m_workspace)
        return;
    auto build = campaignReportBuilder(*m_workspace, *campaign);
    if (!build) {
        showError(tr("Export Report"), toQString(build.error().message));
        return;
    }
    ReportExportDialog dialog(std::move(*build), toQString(campaign->name), this);
    dialog.setWorkspaceFile(m_workspacePath);
    dialog.setWorkbookSource([workspace = m_workspace.get(), id = campaign->id] {
        return core::buildCampaignWorkbook(*workspace, id, {});
    });
    dialog.exec();
}

} // namespace castnet::ui
