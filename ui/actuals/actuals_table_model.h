// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QAbstractTableModel>

#include "core/actuals/actual.h"
#include "core/domain/activity.h"
#include "core/domain/campaign.h"

namespace castnet::ui {

// One activity's actuals, one row per campaign week (DESIGN §12): hours,
// setup hours, cost, result and note as recorded, blank where the week has
// no actual. Typing a figure records the week through the commands (one
// undoable edit, validated first); a refused figure is named with its
// column and the old value stays. A blank result means "not measured".
class ActualsTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActualsTableModel)

public:
    enum Column {
        WeekColumn,
        HoursColumn,
        SetupColumn,
        CostColumn,
        ResultColumn,
        NoteColumn,
        ColumnCount
    };

    explicit ActualsTableModel(QObject *parent = nullptr);
    ~ActualsTableModel() override;

    // The campaign's actuals of `activity` (none: an empty model).
    void show(const core::Campaign &campaign, std::optional<core::Activity> activity,
              const std::vector<core::Actual> &actuals);
    void clear();

    std::optional<core::ActivityId> activityId() const;
    // The actual of the row's week, if it has one.
    std::optional<core::Actual> actualAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // A typed value was refused: why, in a sentence naming the column.
    void refused(const QString &reason);
    void accepted();

private:
    std::optional<core::Campaign> m_campaign;
    std::optional<core::Activity> m_activity;
    std::vector<std::optional<core::Actual>> m_weeks; // index week − 1
};

} // namespace castnet::ui
