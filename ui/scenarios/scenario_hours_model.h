// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QAbstractTableModel>

#include "core/domain/activity.h"
#include "core/domain/campaign.h"
#include "core/domain/scenario.h"

namespace castnet::ui {

// One scenario's weekly hours per activity next to the plan's. The
// scenario column is editable for a stored scenario; an edit goes through
// commands::setScenarioHours() and so lands on the undo stack.
class ScenarioHoursModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioHoursModel)

public:
    enum Column { ActivityColumn, PlannedColumn, ScenarioColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole };

    explicit ScenarioHoursModel(QObject *parent = nullptr);

    // std::nullopt scenario: the plan, shown read-only.
    void setScenario(const core::Campaign &campaign, const std::vector<core::Activity> &activities,
                     const std::optional<core::Scenario> &scenario);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void editRefused(const QString &reason);

private:
    struct Row {
        core::ActivityId id;
        QString title;
        double planned = 0.0;
        double hours = 0.0;
    };

    core::CampaignId m_campaign;
    std::optional<core::ScenarioId> m_scenario;
    std::vector<Row> m_rows;
};

} // namespace castnet::ui
