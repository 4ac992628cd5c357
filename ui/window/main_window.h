// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QMainWindow>
#include <QUndoStack>

#include "core/domain/error.h"
#include "core/domain/ids.h"
#include "core/workspace/workspace.h"

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeView;

namespace castnet::ui {

class ActivityFilterModel;
class ActivityTableModel;
class BrandTreeModel;
class CampaignForm;
class ChartsView;
class ComparisonView;
class TracksView;
class WorkspaceNotifier;

// The campaign editor: brands and campaigns on the left, the selected
// campaign's form and activity table on the right. It owns the open
// workspace, the one undo stack of the session and the notifier through
// which the models learn of every change.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    struct OpenOptions {
        bool createIfMissing = false;
        // Fill a file that did not exist (or was empty) with the demo brand.
        bool demoIfNew = false;
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the file and shows it, replacing the current workspace; on error
    // the current one stays and the error comes back for the caller to show.
    core::Result<void> openWorkspace(const QString &path, OpenOptions options);
    // As openWorkspace(), with the error in a message box.
    bool openWorkspaceInteractively(const QString &path, OpenOptions options);
    void closeWorkspace();
    core::Workspace *workspace() const { return m_workspace.get(); }

    // Shows the campaign (selecting it in the tree); false when unknown.
    bool selectCampaign(core::CampaignId campaign);
    std::optional<core::CampaignId> currentCampaign() const;

    // File › Import CSV… and the exports without their file dialogs: the
    // current campaign's activities from or to `path`.
    core::Result<std::vector<core::ActivityId>> importCsvFile(const QString &path);
    core::Result<void> exportCsvFile(const QString &path) const;
    core::Result<void> exportJsonFile(const QString &path) const;

    QUndoStack &undoStack() { return m_undoStack; }
    WorkspaceNotifier &notifier() { return *m_notifier; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    QWidget *buildTreePanel();
    QWidget *buildEditorPanel();
    void restoreLayout();
    void saveLayout() const;

    void adopt(std::unique_ptr<core::Workspace> workspace);
    void showCampaign(std::optional<core::CampaignId> campaign);
    void updateTitle();
    void updateActions();
    void updateStatus();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void sizeColumns();
    void selectActivities(const std::vector<core::ActivityId> &ids, bool editTitle);
    std::vector<core::ActivityId> selectedActivities() const;
    void showRefusal(const QModelIndex &sourceIndex, const QString &reason);
    void showError(const QString &title, const QString &reason);
    QWidget *buildActivitiesPage(QWidget *parent);
    // The Tracks and Charts tabs follow every change of the campaign shown;
    // only the visible one is recomputed, once per event-loop pass.
    void scheduleAnalysisRefresh();
    void refreshAnalysis();
    void optimize();
    void requestTrackOverride(core::ActivityId activity, std::optional<core::Track> track);

    void newWorkspace();
    void openWorkspaceDialog();
    void importCsv();
    void exportCsv();
    void exportJson();
    void exportReport();
    void exportTo(const QString &title, const QString &suffix, const QString &filter,
                  core::Result<void> (MainWindow::*write)(const QString &) const);
    void addBrand();
    void addCampaign();
    void renameSelected();
    void deleteSelected();
    void addActivity();
    void duplicateActivities();
    void deleteActivities();

    std::unique_ptr<core::Workspace> m_workspace;
    QString m_workspacePath;
    QUndoStack m_undoStack;
    WorkspaceNotifier *m_notifier = nullptr;
    BrandTreeModel *m_treeModel = nullptr;
    ActivityTableModel *m_tableModel = nullptr;
    ActivityFilterModel *m_filterModel = nullptr;
    bool m_columnsSized = false;

    QSplitter *m_splitter = nullptr;
    QTreeView *m_tree = nullptr;
    CampaignForm *m_form = nullptr;
    QTableView *m_table = nullptr;
    QTabWidget *m_tabs = nullptr;
    TracksView *m_tracksView = nullptr;
    ChartsView *m_chartsView = nullptr;
    ComparisonView *m_compareView = nullptr;
    bool m_analysisPending = false;
    bool m_tracksStale = true;
    bool m_chartsStale = true;
    bool m_compareStale = true;
    QLineEdit *m_filter = nullptr;
    QLabel *m_status = nullptr;
    QMenu *m_recentMenu = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_exportJsonAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_addBrandAction = nullptr;
    QAction *m_addCampaignAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteNodeAction = nullptr;
    QAction *m_addActivityAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteActivitiesAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_optimizeAction = nullptr;
    QAction *m_exportReportAction = nullptr;
};

} // namespace castnet::ui
