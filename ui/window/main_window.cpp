// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/main_window.h"

#include <algorithm>
#include <set>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/exchange/activity_csv.h"
#include "core/exchange/campaign_json.h"
#include "core/exchange/file_io.h"
#include "core/storage/sqlite/sqlite_workspace.h"
#include "core/workspace/demo.h"
#include "ui/charts/charts_view.h"
#include "ui/commands/commands.h"
#include "ui/commands/undo_commands.h"
#include "ui/commands/workspace_notifier.h"
#include "ui/common/string_conversion.h"
#include "ui/editor/activity_filter_model.h"
#include "ui/editor/activity_table_model.h"
#include "ui/editor/brand_tree_model.h"
#include "ui/editor/campaign_form.h"
#include "ui/editor/delegates.h"
#include "ui/report/report_export_dialog.h"
#include "ui/scenarios/comparison_view.h"
#include "ui/scenarios/optimizer_dialog.h"
#include "ui/tracks/tracks_view.h"
#include "ui/window/setting_value.h"

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

// Typical width of each activity column, in characters.
constexpr std::array<int, ActivityTableModel::ColumnCount> columnChars{
    18, 30, 15, 11, 9, 12, 8, 9, 8, 10, 7, 7, 10, 10, 7, 9, 11, 30};

QAction *makeAction(QObject *parent, const QString &text, const QString &iconName,
                    const QKeySequence &shortcut = {}) {
    auto *action = new QAction(QIcon::fromTheme(iconName), text, parent);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    // Screen readers read the text without the & mnemonic or the dots.
    auto accessible = text;
    accessible.remove(u'&');
    accessible.remove(QStringLiteral("…"));
    action->setObjectName(accessible);
    action->setToolTip(accessible);
    return action;
}

// "New brand", or "New brand 2" if that is taken.
QString uniqueName(const QString &base, const std::set<QString> &taken) {
    if (!taken.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const auto candidate = QStringLiteral("%1 %2").arg(base).arg(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

QString withExtension(QString path, const QString &suffix) {
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    return path;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_notifier(new WorkspaceNotifier(this)) {
    setObjectName(QStringLiteral("castnetMainWindow"));
    m_treeModel = new BrandTreeModel(*m_notifier, this);
    m_tableModel = new ActivityTableModel(*m_notifier, this);
    m_filterModel = new ActivityFilterModel(this);
    m_filterModel->setSourceModel(m_tableModel);

    buildActions();
    buildMenus();
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(buildTreePanel());
    m_splitter->addWidget(buildEditorPanel());
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, defaultWindowSize.width() - 260});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("activityTotals"));
    statusBar()->addPermanentWidget(m_status);

    connect(m_tableModel, &ActivityTableModel::editRefused, this, &MainWindow::showRefusal);
    connect(m_tableModel, &ActivityTableModel::loadFailed, this,
            [this](const QString &reason) { statusBar()->showMessage(reason, statusMessageMs); });
    connect(m_treeModel, &BrandTreeModel::editRefused, this,
            [this](const QString &reason) { showError(tr("Rename refused"), reason); });
    connect(m_treeModel, &BrandTreeModel::loadFailed, this,
            [this](const QString &reason) { statusBar()->showMessage(reason, statusMessageMs); });
    connect(m_notifier, &WorkspaceNotifier::editFailed, this,
            [this](const QString &reason) { showError(tr("Could not apply the change"), reason); });
    connect(m_notifier, &WorkspaceNotifier::campaignChanged, this, &MainWindow::updateStatus);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_tableModel, signal, this, &MainWindow::updateStatus);
    connect(m_tableModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_tableModel, &QAbstractItemModel::dataChanged, this, &MainWindow::updateStatus);
    // The analysis tabs follow the table model, which follows the notifier.
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_tableModel, signal, this, &MainWindow::scheduleAnalysisRefresh);
    connect(m_tableModel, &QAbstractItemModel::modelReset, this,
            &MainWindow::scheduleAnalysisRefresh);
    connect(m_tableModel, &QAbstractItemModel::dataChanged, this,
            &MainWindow::scheduleAnalysisRefresh);
    connect(m_notifier, &WorkspaceNotifier::campaignChanged, this,
            &MainWindow::scheduleAnalysisRefresh);
    connect(m_notifier, &WorkspaceNotifier::scenariosChanged, this,
            &MainWindow::scheduleAnalysisRefresh);
    // "Add campaign" needs a brand; undo and redo can add or remove the last one.
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_treeModel, signal, this, &MainWindow::updateActions);

    restoreLayout();
    updateTitle();
    updateActions();
    updateStatus();
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
    m_importAction = makeAction(this, tr("&Import CSV…"), QStringLiteral("document-import"),
                                QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportCsvAction = makeAction(this, tr("Export &CSV…"), QStringLiteral("document-export"),
                                   QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportJsonAction = makeAction(this, tr("Export &JSON…"), QString(),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_quitAction =
        makeAction(this, tr("&Quit"), QStringLiteral("application-exit"), QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_undoAction = m_undoStack.createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undoAction->setObjectName(QStringLiteral("Undo"));
    m_redoAction = m_undoStack.createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_redoAction->setObjectName(QStringLiteral("Redo"));

    m_addBrandAction = makeAction(this, tr("Add &Brand"), QStringLiteral("folder-new"));
    m_addCampaignAction = makeAction(this, tr("Add &Campaign"), QStringLiteral("document-new"));
    m_renameAction =
        makeAction(this, tr("Re&name"), QStringLiteral("edit-rename"), QKeySequence(Qt::Key_F2));
    m_deleteNodeAction =
        makeAction(this, tr("&Delete Brand or Campaign…"), QStringLiteral("edit-delete"));

    m_addActivityAction = makeAction(this, tr("&Add Activity"), QStringLiteral("list-add"),
                                     QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_duplicateAction = makeAction(this, tr("D&uplicate Activities"), QStringLiteral("edit-copy"),
                                   QKeySequence(Qt::CTRL | Qt::Key_D));
    m_deleteActivitiesAction = makeAction(this, tr("De&lete Activities"),
                                          QStringLiteral("list-remove"), QKeySequence::Delete);
    m_findAction =
        makeAction(this, tr("&Filter Activities"), QStringLiteral("edit-find"), QKeySequence::Find);

    m_exportReportAction =
        makeAction(this, tr("Export &Report…"), QString(), QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_exportReportAction, &QAction::triggered, this, &MainWindow::exportReport);
    m_optimizeAction = makeAction(this, tr("&Optimize…"), QString());
    connect(m_optimizeAction, &QAction::triggered, this, &MainWindow::optimize);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspace);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWorkspaceDialog);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importCsv);
    connect(m_exportCsvAction, &QAction::triggered, this, &MainWindow::exportCsv);
    connect(m_exportJsonAction, &QAction::triggered, this, &MainWindow::exportJson);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_addBrandAction, &QAction::triggered, this, &MainWindow::addBrand);
    connect(m_addCampaignAction, &QAction::triggered, this, &MainWindow::addCampaign);
    connect(m_renameAction, &QAction::triggered, this, &MainWindow::renameSelected);
    connect(m_deleteNodeAction, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(m_addActivityAction, &QAction::triggered, this, &MainWindow::addActivity);
    connect(m_duplicateAction, &QAction::triggered, this, &MainWindow::duplicateActivities);
    connect(m_deleteActivitiesAction, &QAction::triggered, this, &MainWindow::deleteActivities);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
}

void MainWindow::buildMenus() {
    auto *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("Open Recent"));
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_exportCsvAction);
    file->addAction(m_exportJsonAction);
    file->addAction(m_exportReportAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    rebuildRecentMenu();

    auto *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_addActivityAction);
    edit->addAction(m_duplicateAction);
    edit->addAction(m_deleteActivitiesAction);
    edit->addSeparator();
    edit->addAction(m_findAction);

    auto *campaign = menuBar()->addMenu(tr("&Campaign"));
    campaign->addAction(m_addBrandAction);
    campaign->addAction(m_addCampaignAction);
    campaign->addAction(m_renameAction);
    campaign->addAction(m_deleteNodeAction);
    campaign->addSeparator();
    campaign->addAction(m_optimizeAction);

    auto *help = menuBar()->addMenu(tr("&Help"));
    auto *about = help->addAction(tr("&About Castnet"), this, [this] {
        QMessageBox::about(this, tr("About Castnet"),
                           tr("<p><b>Castnet</b> plans a brand's marketing as two tracks, "
                              "broadcast media and relationship networking, and projects "
                              "what the effort put into each returns.</p>"));
    });
    about->setMenuRole(QAction::AboutRole);
}

QWidget *MainWindow::buildTreePanel() {
    auto *panel = new QWidget(this);
    auto *bar = new QToolBar(panel);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // One "Add" button with a menu keeps the bar as narrow as the tree.
    auto *addMenu = new QMenu(bar);
    addMenu->addAction(m_addBrandAction);
    addMenu->addAction(m_addCampaignAction);
    auto *add = new QToolButton(bar);
    add->setText(tr("Add"));
    add->setAccessibleName(tr("Add brand or campaign"));
    add->setMenu(addMenu);
    add->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(add);
    m_renameAction->setIconText(tr("Rename"));
    m_deleteNodeAction->setIconText(tr("Delete"));
    bar->addAction(m_renameAction);
    bar->addAction(m_deleteNodeAction);

    m_tree = new QTreeView(panel);
    m_tree->setObjectName(QStringLiteral("brandTree"));
    m_tree->setAccessibleName(tr("Brands and campaigns"));
    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(true);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addActions({m_addBrandAction, m_addCampaignAction, m_renameAction, m_deleteNodeAction});
    // Delete in the tree removes the brand or campaign, not activities.
    auto *deleteKey = new QAction(m_tree);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, &MainWindow::deleteSelected);
    m_tree->addAction(deleteKey);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                showCampaign(m_treeModel->campaignAt(current));
                updateActions();
            });
    // New rows show expanded: a campaign under its brand, a restored brand
    // with its campaigns.
    connect(m_treeModel, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (parent.isValid()) {
                    m_tree->expand(parent);
                    return;
                }
                for (int row = first; row <= last; ++row)
                    m_tree->expand(m_treeModel->index(row, 0));
            });

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_tree, 1);
    return panel;
}

QWidget *MainWindow::buildEditorPanel() {
    auto *panel = new QWidget(this);
    m_form = new CampaignForm(*m_notifier, panel);
    m_form->setObjectName(QStringLiteral("campaignForm"));

    auto *bar = new QToolBar(panel);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    m_addActivityAction->setIconText(tr("Add"));
    m_duplicateAction->setIconText(tr("Duplicate"));
    m_deleteActivitiesAction->setIconText(tr("Delete"));
    bar->addAction(m_addActivityAction);
    bar->addAction(m_duplicateAction);
    bar->addAction(m_deleteActivitiesAction);
    bar->addSeparator();
    bar->addAction(m_importAction);
    m_importAction->setIconText(tr("Import CSV…"));
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_filter = new QLineEdit(bar);
    m_filter->setObjectName(QStringLiteral("activityFilter"));
    m_filter->setAccessibleName(tr("Filter activities by title or channel"));
    m_filter->setPlaceholderText(tr("Filter by title or channel"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(280);
    bar->addWidget(m_filter);
    connect(m_filter, &QLineEdit::textChanged, m_filterModel, &ActivityFilterModel::setFilterText);

    m_table = new QTableView(panel);
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setAccessibleName(tr("Activities"));
    m_table->setModel(m_filterModel);
    m_table->setItemDelegate(new ActivityDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_addActivityAction, m_duplicateAction, m_deleteActivitiesAction});
    auto *rows = m_table->verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed); // no per-row measuring of 10,000 rows
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    auto *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setSortIndicatorClearable(true); // a third click returns to the stored order
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    // Delete removes activities only while the table has the focus, and F2
    // renames in the tree but edits a cell in the table.
    m_deleteActivitiesAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_renameAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);

    auto *activities = new QWidget(panel);
    auto *activitiesLayout = new QVBoxLayout(activities);
    activitiesLayout->setContentsMargins(0, 0, 0, 0);
    activitiesLayout->setSpacing(0);
    activitiesLayout->addWidget(bar);
    activitiesLayout->addWidget(m_table, 1);

    m_tracksView = new TracksView(panel);
    m_tracksView->setObjectName(QStringLiteral("tracksView"));
    connect(m_tracksView, &TracksView::overrideRequested, this, &MainWindow::requestTrackOverride);
    m_chartsView = new ChartsView(panel);
    m_chartsView->setObjectName(QStringLiteral("chartsView"));

    m_tabs = new QTabWidget(panel);
    m_tabs->setObjectName(QStringLiteral("campaignTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(activities, tr("&Activities"));
    m_tabs->addTab(m_tracksView, tr("&Tracks"));
    m_tabs->addTab(m_chartsView, tr("C&harts"));
    m_compareView = new ComparisonView(panel);
    m_compareView->setObjectName(QStringLiteral("comparisonView"));
    connect(m_compareView, &ComparisonView::optimizeRequested, this, &MainWindow::optimize);
    m_tabs->addTab(m_compareView, tr("Co&mpare"));
    // The analysis tabs lay out wide figures; they must not widen the window
    // or squeeze the brand tree, so their minimum width is not honoured.
    for (QWidget *page :
         {static_cast<QWidget *>(m_tracksView), static_cast<QWidget *>(m_chartsView),
          static_cast<QWidget *>(m_compareView)})
        page->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::scheduleAnalysisRefresh);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_form);
    layout->addWidget(m_tabs, 1);
    return panel;
}

void MainWindow::scheduleAnalysisRefresh() {
    m_tracksStale = m_chartsStale = m_compareStale = true;
    if (m_analysisPending)
        return;
    m_analysisPending = true;
    // Several signals arrive for one edit (a row changed, the campaign
    // changed): recompute once, after they have all been delivered.
    QTimer::singleShot(0, this, [this] {
        m_analysisPending = false;
        refreshAnalysis();
    });
}

void MainWindow::refreshAnalysis() {
    const auto &campaign = m_tableModel->campaign();
    QWidget *visible = m_tabs->currentWidget();
    if (visible == m_tracksView && m_tracksStale) {
        if (campaign)
            m_tracksView->showCampaign(*campaign, m_tableModel->activities());
        else
            m_tracksView->clear();
        m_tracksStale = false;
    } else if (visible == m_chartsView && m_chartsStale) {
        if (campaign)
            m_chartsView->showCampaign(*campaign, m_tableModel->activities());
        else
            m_chartsView->clear();
        m_chartsStale = false;
    } else if (visible == m_compareView && m_compareStale) {
        auto scenarios = campaign && m_workspace ? m_workspace->scenarios(campaign->id)
                                                 : core::Result<std::vector<core::Scenario>>{};
        if (campaign && scenarios)
            m_compareView->showCampaign(*campaign, m_tableModel->activities(), *scenarios);
        else
            m_compareView->clear();
        m_compareStale = false;
    }
}

void MainWindow::optimize() {
    const auto &campaign = m_tableModel->campaign();
    if (!campaign)
        return;
    // The dialog works on copies; the workspace only sees the saved scenario.
    OptimizerDialog dialog(*campaign, m_tableModel->activities(), this);
    dialog.exec();
}

void MainWindow::requestTrackOverride(core::ActivityId activity, std::optional<core::Track> track) {
    const auto campaign = m_tableModel->campaignId();
    if (!campaign)
        return;
    const std::string text = track ? std::string(core::toString(*track)) : std::string();
    if (auto done =
            commands::setActivityField(*campaign, activity, core::ActivityField::Track, text);
        !done)
        showError(tr("Could not change the track"), toQString(done.error().message));
}

void MainWindow::restoreLayout() {
    const auto geometry = windowGeometry.get();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(defaultWindowSize);
    restoreState(dockState.get());
    m_splitter->restoreState(splitterState.get());
    // A layout saved by a version with other columns does not restore.
    m_columnsSized = m_table->horizontalHeader()->restoreState(tableHeaderState.get());
}

void MainWindow::saveLayout() const {
    windowGeometry.set(saveGeometry());
    dockState.set(saveState());
    splitterState.set(m_splitter->saveState());
    if (m_columnsSized)
        tableHeaderState.set(m_table->horizontalHeader()->saveState());
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
    // The history refers to the workspace being closed.
    commands::detach();
    m_tableModel->setWorkspace(nullptr);
    m_form->setWorkspace(nullptr);
    (void)m_treeModel->setWorkspace(nullptr);
    m_workspace = std::move(workspace);
    if (m_workspace) {
        commands::attach(*m_workspace, m_undoStack, *m_notifier);
        m_tableModel->setWorkspace(m_workspace.get());
        m_form->setWorkspace(m_workspace.get());
        if (auto loaded = m_treeModel->setWorkspace(m_workspace.get()); !loaded)
            statusBar()->showMessage(toQString(loaded.error().message), statusMessageMs);
        m_tree->expandAll();
        if (const auto first = m_treeModel->firstCampaign())
            selectCampaign(*first);
    }
    emit m_notifier->workspaceReplaced();
    updateTitle();
    updateActions();
    updateStatus();
}

bool MainWindow::selectCampaign(core::CampaignId campaign) {
    const auto index = m_treeModel->campaignIndex(campaign);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

std::optional<core::CampaignId> MainWindow::currentCampaign() const {
    return m_tableModel->campaignId();
}

void MainWindow::showCampaign(std::optional<core::CampaignId> campaign) {
    if (campaign == m_tableModel->campaignId() && campaign == m_form->campaignId())
        return;
    m_form->setCampaign(campaign);
    if (auto loaded = m_tableModel->setCampaign(campaign); !loaded)
        statusBar()->showMessage(toQString(loaded.error().message), statusMessageMs);
    if (!m_columnsSized && m_tableModel->rowCount() > 0)
        sizeColumns();
    updateActions();
}

void MainWindow::sizeColumns() {
    // Widths from typical content, not from measuring every row: a campaign
    // of 10,000 activities opens as fast as one of ten.
    const auto charWidth = m_table->fontMetrics().horizontalAdvance(u'x');
    auto *header = m_table->horizontalHeader();
    for (int column = 0; column < ActivityTableModel::ColumnCount; ++column) {
        const auto typical = columnChars.at(static_cast<std::size_t>(column)) * charWidth + 12;
        header->resizeSection(column, std::max(typical, header->sectionSizeHint(column)));
    }
    m_columnsSized = true;
}

void MainWindow::updateTitle() {
    if (m_workspacePath.isEmpty())
        setWindowTitle(QStringLiteral("Castnet"));
    else
        setWindowTitle(QFileInfo(m_workspacePath).fileName() + QStringLiteral(" — Castnet"));
}

void MainWindow::updateActions() {
    const bool open = m_workspace != nullptr;
    const bool campaign = m_tableModel->campaignId().has_value();
    const bool rowsSelected = campaign && m_table->selectionModel()->hasSelection();
    const bool nodeSelected = open && m_tree->currentIndex().isValid();
    m_importAction->setEnabled(campaign);
    m_exportCsvAction->setEnabled(campaign);
    m_exportJsonAction->setEnabled(campaign);
    m_optimizeAction->setEnabled(campaign);
    m_exportReportAction->setEnabled(campaign);
    m_addBrandAction->setEnabled(open);
    m_addCampaignAction->setEnabled(open && m_treeModel->rowCount() > 0);
    m_renameAction->setEnabled(nodeSelected);
    m_deleteNodeAction->setEnabled(nodeSelected);
    m_addActivityAction->setEnabled(campaign);
    m_duplicateAction->setEnabled(rowsSelected);
    m_deleteActivitiesAction->setEnabled(rowsSelected);
    m_filter->setEnabled(campaign);
}

void MainWindow::updateStatus() {
    const auto &campaign = m_tableModel->campaign();
    if (!campaign) {
        m_status->setText(m_workspace ? tr("No campaign selected") : tr("No workspace open"));
        return;
    }
    const auto hours = m_tableModel->plannedHoursPerWeek();
    // More planned than the team has: the figure turns red.
    m_status->setStyleSheet(
        hours > campaign->capacityHoursPerWeek ? QStringLiteral("color: #c62828;") : QString());
    m_status->setText(tr("%n activities", nullptr, m_tableModel->rowCount()) +
                      tr(" · %1 h/week planned, capacity %2 h/week")
                          .arg(QString::number(hours, 'f', 1),
                               QString::number(campaign->capacityHoursPerWeek, 'f', 1)));
    m_status->setToolTip(tr("Team hours per week while every activity runs, after the automation "
                            "saving on automated media activities"));
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

void MainWindow::showError(const QString &title, const QString &reason) {
    statusBar()->showMessage(reason, statusMessageMs);
    QMessageBox::warning(this, title, reason);
}

void MainWindow::showRefusal(const QModelIndex &sourceIndex, const QString &reason) {
    statusBar()->showMessage(reason, statusMessageMs);
    const auto index = m_filterModel->mapFromSource(sourceIndex);
    if (!index.isValid() || !m_table->isVisible())
        return;
    const auto cell = m_table->visualRect(index);
    QToolTip::showText(m_table->viewport()->mapToGlobal(cell.bottomLeft()), reason,
                       m_table->viewport(), cell);
}

// --- File actions --------------------------------------------------------------------------

void MainWindow::newWorkspace() {
    const auto path =
        withExtension(QFileDialog::getSaveFileName(this, tr("New Workspace"), QDir::homePath(),
                                                   tr("Castnet workspaces (*.db);;All files (*)")),
                      QStringLiteral("db"));
    if (path.isEmpty())
        return;
    if (const QFileInfo file(path); file.exists() && file.size() > 0) {
        showError(tr("New workspace"),
                  tr("%1 already exists. Use Open Workspace to open it.").arg(file.fileName()));
        return;
    }
    openWorkspaceInteractively(path, {.createIfMissing = true, .demoIfNew = false});
}

void MainWindow::openWorkspaceDialog() {
    const auto start =
        m_workspacePath.isEmpty() ? QDir::homePath() : QFileInfo(m_workspacePath).absolutePath();
    const auto path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), start,
                                                   tr("Castnet workspaces (*.db);;All files (*)"));
    if (!path.isEmpty())
        openWorkspaceInteractively(path, {});
}

core::Result<std::vector<core::ActivityId>> MainWindow::importCsvFile(const QString &path) {
    const auto campaign = m_tableModel->campaignId();
    if (!campaign)
        return core::fail("Select a campaign to import into.");
    auto text = core::readFile(toStdString(path));
    if (!text)
        return tl::unexpected(text.error());
    auto added = commands::importActivityCsv(*campaign, *text);
    if (added)
        selectActivities(*added, false);
    return added;
}

core::Result<void> MainWindow::exportCsvFile(const QString &path) const {
    const auto &campaign = m_tableModel->campaign();
    if (!campaign || !m_workspace)
        return core::fail("Select a campaign to export.");
    auto activities = m_workspace->activities(campaign->id);
    if (!activities)
        return tl::unexpected(activities.error());
    return core::writeFileAtomically(toStdString(path), core::writeActivityCsv(*activities));
}

core::Result<void> MainWindow::exportJsonFile(const QString &path) const {
    const auto &campaign = m_tableModel->campaign();
    if (!campaign || !m_workspace)
        return core::fail("Select a campaign to export.");
    auto brand = brandById(*m_workspace, campaign->brandId);
    if (!brand)
        return tl::unexpected(brand.error());
    auto snapshot = m_workspace->snapshot(campaign->id);
    if (!snapshot)
        return tl::unexpected(snapshot.error());
    return core::writeFileAtomically(toStdString(path), core::writeCampaignJson(*brand, *snapshot));
}

void MainWindow::importCsv() {
    if (!m_tableModel->campaignId())
        return;
    const auto path = QFileDialog::getOpenFileName(this, tr("Import Activities"), QDir::homePath(),
                                                   tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto added = importCsvFile(path);
    if (!added) {
        showError(tr("Import refused"), toQString(added.error().message));
        return;
    }
    statusBar()->showMessage(tr("Imported %n activities", nullptr, static_cast<int>(added->size())),
                             statusMessageMs);
}

// Asks where to save, suggesting the campaign's name, then writes.
void MainWindow::exportTo(const QString &title, const QString &suffix, const QString &filter,
                          core::Result<void> (MainWindow::*write)(const QString &) const) {
    const auto &campaign = m_tableModel->campaign();
    if (!campaign)
        return;
    const auto suggested = QDir::home().filePath(toQString(campaign->name) + u'.' + suffix);
    const auto path =
        withExtension(QFileDialog::getSaveFileName(this, title, suggested, filter), suffix);
    if (path.isEmpty())
        return;
    if (const auto written = (this->*write)(path); !written)
        showError(tr("Export failed"), toQString(written.error().message));
    else
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)),
                                 statusMessageMs);
}

void MainWindow::exportCsv() {
    exportTo(tr("Export Activities"), QStringLiteral("csv"), tr("CSV files (*.csv)"),
             &MainWindow::exportCsvFile);
}

void MainWindow::exportJson() {
    exportTo(tr("Export Campaign"), QStringLiteral("json"), tr("JSON files (*.json)"),
             &MainWindow::exportJsonFile);
}

void MainWindow::exportReport() {
    const auto &campaign = m_tableModel->campaign();
    if (!campaign)
        return;
    auto brand = m_workspace->brands().and_then(
        [&](const std::vector<core::Brand> &brands) -> core::Result<core::Brand> {
            for (const auto &b : brands) {
                if (b.id == campaign->brandId)
                    return b;
            }
            return core::failInternal("the campaign's brand is missing");
        });
    auto scenarios = m_workspace->scenarios(campaign->id);
    if (!brand || !scenarios) {
        showError(tr("Export Report"),
                  toQString((!brand ? brand.error() : scenarios.error()).message));
        return;
    }
    // The dialog works on copies: the report shows the campaign as it is now.
    ReportExportDialog::ReportBuilder build = [brand = *brand, campaign = *campaign,
                                               activities = m_tableModel->activities(),
                                               scenarios = *scenarios](core::PaperSize paper) {
        core::ReportOptions options;
        options.paper = paper;
        return core::buildReport(brand, campaign, activities, scenarios, options);
    };
    ReportExportDialog dialog(std::move(build), toQString(campaign->name), this);
    dialog.exec();
}

// --- Brands and campaigns ------------------------------------------------------------------

void MainWindow::addBrand() {
    std::set<QString> taken;
    for (int row = 0; row < m_treeModel->rowCount(); ++row)
        taken.insert(m_treeModel->index(row, 0).data().toString());
    core::Brand brand;
    brand.name = toStdString(uniqueName(tr("New brand"), taken));
    auto added = commands::addBrand(brand);
    if (!added) {
        showError(tr("Could not add the brand"), toQString(added.error().message));
        return;
    }
    const auto index = m_treeModel->brandIndex(*added);
    m_tree->setCurrentIndex(index);
    m_tree->edit(index);
}

void MainWindow::addCampaign() {
    auto brand = m_treeModel->brandAt(m_tree->currentIndex());
    if (!brand && m_treeModel->rowCount() > 0)
        brand = m_treeModel->brandAt(m_treeModel->index(0, 0));
    if (!brand)
        return;
    const auto parent = m_treeModel->brandIndex(*brand);
    std::set<QString> taken;
    for (int row = 0; row < m_treeModel->rowCount(parent); ++row)
        taken.insert(m_treeModel->index(row, 0, parent).data().toString());
    auto campaign = core::defaultCampaign(toStdString(uniqueName(tr("New campaign"), taken)),
                                          core::todayIsoDate());
    campaign.brandId = *brand;
    auto added = commands::addCampaign(campaign);
    if (!added) {
        showError(tr("Could not add the campaign"), toQString(added.error().message));
        return;
    }
    selectCampaign(*added);
    m_tree->edit(m_treeModel->campaignIndex(*added));
}

void MainWindow::renameSelected() {
    if (const auto index = m_tree->currentIndex(); index.isValid())
        m_tree->edit(index);
}

void MainWindow::deleteSelected() {
    const auto index = m_tree->currentIndex();
    if (!index.isValid())
        return;
    const auto name = index.data().toString();
    const auto campaign = m_treeModel->campaignAt(index);
    const auto question = campaign ? tr("Delete the campaign “%1” with its activities?").arg(name)
                                   : tr("Delete the brand “%1” with its %n campaign(s)?", nullptr,
                                        m_treeModel->rowCount(index))
                                         .arg(name);
    const auto answer =
        QMessageBox::question(this, campaign ? tr("Delete Campaign") : tr("Delete Brand"),
                              question + u' ' + tr("Edit › Undo brings it back."),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const auto removed = campaign ? commands::removeCampaign(*campaign)
                                  : commands::removeBrand(*m_treeModel->brandAt(index));
    if (!removed)
        showError(tr("Could not delete"), toQString(removed.error().message));
}

// --- Activities ----------------------------------------------------------------------------

std::vector<core::ActivityId> MainWindow::selectedActivities() const {
    std::vector<core::ActivityId> ids;
    for (const auto &row : m_table->selectionModel()->selectedRows()) {
        const auto source = m_filterModel->mapToSource(row);
        ids.push_back(m_tableModel->activityAt(source.row()).id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void MainWindow::selectActivities(const std::vector<core::ActivityId> &ids, bool editTitle) {
    QItemSelection selection;
    QModelIndex first;
    for (const auto id : ids) {
        const auto row = m_tableModel->rowOf(id);
        if (row < 0)
            continue;
        const auto index = m_filterModel->mapFromSource(m_tableModel->index(row, 0));
        if (!index.isValid())
            continue; // hidden by the filter
        selection.select(index, index.siblingAtColumn(ActivityTableModel::ColumnCount - 1));
        if (!first.isValid())
            first = index;
    }
    if (!first.isValid())
        return;
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    const auto title = first.siblingAtColumn(ActivityTableModel::Title);
    m_table->selectionModel()->setCurrentIndex(title, QItemSelectionModel::NoUpdate);
    m_table->scrollTo(title);
    if (editTitle) {
        m_table->setFocus();
        m_table->edit(title);
    }
}

void MainWindow::addActivity() {
    const auto campaign = m_tableModel->campaignId();
    if (!campaign)
        return;
    auto activity = commands::newActivity(*campaign);
    if (!activity) {
        showError(tr("Could not add the activity"), toQString(activity.error().message));
        return;
    }
    // The channel of the row at hand is the likeliest for the next activity.
    if (const auto current = m_table->currentIndex(); current.isValid())
        activity->channel =
            m_tableModel->activityAt(m_filterModel->mapToSource(current).row()).channel;
    auto added = commands::addActivity(*campaign, *activity);
    if (!added) {
        showError(tr("Could not add the activity"), toQString(added.error().message));
        return;
    }
    selectActivities({*added}, true);
}

void MainWindow::duplicateActivities() {
    const auto campaign = m_tableModel->campaignId();
    const auto ids = selectedActivities();
    if (!campaign || ids.empty())
        return;
    auto copies = commands::duplicateActivities(*campaign, ids);
    if (!copies) {
        showError(tr("Could not duplicate"), toQString(copies.error().message));
        return;
    }
    selectActivities(*copies, false);
}

void MainWindow::deleteActivities() {
    const auto campaign = m_tableModel->campaignId();
    const auto ids = selectedActivities();
    if (!campaign || ids.empty())
        return;
    if (auto removed = commands::removeActivities(*campaign, ids); !removed) {
        showError(tr("Could not delete"), toQString(removed.error().message));
        return;
    }
    statusBar()->showMessage(tr("Deleted %n activities; Edit › Undo brings them back", nullptr,
                                static_cast<int>(ids.size())),
                             statusMessageMs);
}

} // namespace castnet::ui
