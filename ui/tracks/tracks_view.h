// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>
#include <vector>

#include <QList>
#include <QWidget>

#include "core/domain/activity.h"
#include "core/domain/campaign.h"
#include "core/domain/enums.h"
#include "core/domain/ids.h"

QT_BEGIN_NAMESPACE
class QAction;
class QBoxLayout;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;
QT_END_NAMESPACE

namespace castnet::ui {

class TracksListModel;

// The two tracks side by side (DESIGN §8): each column lists its activities
// under the track's totals. Dragging activities into the other column, or
// "Move to …" and "Clear override" from the buttons and the context menu,
// only emit overrideRequested(); the owner turns that into an undoable edit
// and calls showCampaign() again, which moves the rows.
class TracksView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TracksView)

public:
    enum class Total { Activities, Effort, Cost, Return, ReturnPerHour };
    static constexpr int totalCount = 5;

    explicit TracksView(QWidget *parent = nullptr);
    ~TracksView() override;

    // Classifies and projects the campaign's activities and shows them.
    void showCampaign(const core::Campaign &campaign,
                      const std::vector<core::Activity> &activities);
    // Empties both columns (no campaign chosen).
    void clear();

    TracksListModel *model(core::Track track) const;
    QTreeView *list(core::Track track) const;
    // The text shown for one of a track's totals ("—" when there is none).
    QString totalText(core::Track track, Total total) const;

    // The activities selected in a column, in the column's order.
    QList<core::ActivityId> selectedActivities(core::Track track) const;
    // Asks to move the selected activities of `from` to the other track.
    void moveSelectionToOtherTrack(core::Track from);
    // Asks to clear the override of the selected, overridden activities.
    void clearSelectedOverrides(core::Track track);

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    // `track` set: store that override; std::nullopt: clear the override.
    void overrideRequested(core::ActivityId id, std::optional<core::Track> track);

private:
    struct Column {
        core::Track track = core::Track::Media;
        QLabel *swatch = nullptr;
        QLabel *heading = nullptr;
        std::array<QLabel *, totalCount> totals{};
        TracksListModel *model = nullptr;
        QSortFilterProxyModel *proxy = nullptr;
        QTreeView *view = nullptr;
        QAction *moveAction = nullptr;
        QAction *clearAction = nullptr;
        QPushButton *moveButton = nullptr;
        QPushButton *clearButton = nullptr;
        QWidget *widget = nullptr;
    };

    QWidget *createColumn(Column &column);
    void updateActions(Column &column);
    void restoreSelection(Column &column, const QList<core::ActivityId> &ids);
    void restyle();
    Column &columnOf(core::Track track);
    const Column &columnOf(core::Track track) const;

    // The width one track needs to show its totals, buttons and a readable
    // title beside the fixed columns.
    int columnWidthNeeded() const;

    std::array<Column, 2> m_columns;
    QBoxLayout *m_layout = nullptr;
};

} // namespace castnet::ui
