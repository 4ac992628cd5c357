// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QByteArray>
#include <QWidget>

#include "core/domain/error.h"
#include "core/domain/ids.h"

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTableView;

namespace castnet::ui {

class ActivityFilterModel;
class ActivityTableModel;
class WorkspaceNotifier;

// The Activities tab: a tool bar (add, duplicate, delete, import, filter)
// over the table of the shown campaign's activities, and under it the
// reason the last edit of a cell was refused. It owns the table
// model, which follows the notifier; the page only adds what a user does
// with the selection. Its actions also go into the window's menus.
class ActivitiesPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivitiesPage)

public:
    explicit ActivitiesPage(WorkspaceNotifier &notifier, QWidget *parent = nullptr);
    ~ActivitiesPage() override;

    // Shows the campaign's activities (none: an empty, disabled page).
    core::Result<void> setCampaign(std::optional<core::CampaignId> campaign);
    const ActivityTableModel &model() const { return *m_model; }
    // The model's rows the table shows, in the table's order: what the
    // filter keeps, sorted as the table is sorted.
    std::vector<int> shownRows() const;

    // Appends the activities of an activity CSV or a campaign JSON (told
    // apart by content) as one undo step and selects them.
    core::Result<std::vector<core::ActivityId>> importFile(const QString &path);

    // The column widths and order, to keep between runs; restoring a layout
    // saved with other columns fails and the page sizes them itself.
    QByteArray saveColumns() const;
    void restoreColumns(const QByteArray &state);
    bool columnsSized() const { return m_columnsSized; }

    // The selected rows' activities, in the table's order.
    std::vector<core::ActivityId> selectedActivities() const;

    QAction *addActivityAction() const { return m_addAction; }
    QAction *duplicateAction() const { return m_duplicateAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *importAction() const { return m_importAction; }
    QAction *findAction() const { return m_findAction; }

signals:
    // The rows shown, or their order, changed (filter, sort or edits).
    void shownRowsChanged();
    // A passing note for the status bar.
    void message(const QString &text);
    // An action failed; the window shows why.
    void failed(const QString &title, const QString &reason);

private:
    QWidget *buildToolBar();
    QHBoxLayout *buildFilterBar();
    void buildTable();
    void updateChannels();
    void updateShownCount();
    void updateActions();
    void sizeColumns();
    void selectActivities(const std::vector<core::ActivityId> &ids, bool editTitle);
    // At the cell (a tooltip), on the message line under the table and in
    // the status bar.
    void showRefusal(const QModelIndex &sourceIndex, const QString &reason);
    void clearRefusal();

    void addActivity();
    void duplicateActivities();
    void deleteActivities();
    void importDialog();

    ActivityTableModel *m_model = nullptr;
    ActivityFilterModel *m_filterModel = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_trackFilter = nullptr;
    QComboBox *m_channelFilter = nullptr;
    QComboBox *m_formatFilter = nullptr;
    QComboBox *m_goalFilter = nullptr;
    QLabel *m_shownCount = nullptr;
    QLabel *m_refusal = nullptr;
    bool m_columnsSized = false;

    QAction *m_addAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_findAction = nullptr;
};

} // namespace castnet::ui
