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
class QMenu;
class QSplitter;
class QStackedWidget;

namespace castnet::ui {

class ActivitiesPage;
class ActivityTotals;
class BrandTreePanel;
class CampaignForm;
class CampaignTabs;
class HelpWindow;
class WelcomePanel;
class WorkspaceNotifier;

// The campaign editor: brands and campaigns on the left, the selected
// campaign's form and tabs on the right. It owns the open workspace, the
// one undo stack of the session and the notifier through which every page
// learns of every change; it builds the menus, lays out the pages and
// tells them which campaign is selected.
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
    core::Result<void> exportCalendarFile(const QString &path) const;

    QUndoStack &undoStack() { return m_undoStack; }
    WorkspaceNotifier &notifier() { return *m_notifier; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void buildWelcome();
    static QString aboutText();
    QWidget *buildEditorPanel();
    void restoreLayout();
    void saveLayout() const;

    void adopt(std::unique_ptr<core::Workspace> workspace);
    void showCampaign(std::optional<core::CampaignId> campaign);
    void updateTitle();
    void updateActions();
    void updateWelcome();
    void showHelp(const QString &section);
    void fillWithDemo();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void showMessage(const QString &text);
    void showError(const QString &title, const QString &reason);

    void newWorkspace();
    void openWorkspaceDialog();
    void exportReport();
    void exportTo(const QString &title, const QString &suffix, const QString &filter,
                  core::Result<void> (MainWindow::*write)(const QString &) const);

    std::unique_ptr<core::Workspace> m_workspace;
    QString m_workspacePath;
    QUndoStack m_undoStack;
    WorkspaceNotifier *m_notifier = nullptr;

    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_editorStack = nullptr;
    WelcomePanel *m_welcome = nullptr;
    HelpWindow *m_help = nullptr;
    BrandTreePanel *m_treePanel = nullptr;
    CampaignForm *m_form = nullptr;
    CampaignTabs *m_tabs = nullptr;
    ActivitiesPage *m_activities = nullptr;
    ActivityTotals *m_totals = nullptr;
    QMenu *m_recentMenu = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_exportJsonAction = nullptr;
    QAction *m_exportCalendarAction = nullptr;
    QAction *m_exportReportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_optimizeAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_helpAction = nullptr;
};

} // namespace castnet::ui
