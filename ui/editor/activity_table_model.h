// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QAbstractTableModel>

#include "core/domain/activity.h"
#include "core/domain/activity_field.h"
#include "core/domain/campaign.h"
#include "core/domain/error.h"
#include "core/workspace/workspace.h"

namespace castnet::ui {

class WorkspaceNotifier;

// The activities of one campaign, one row each, in stored order (by id).
// Loaded once per campaign; afterwards the model follows the notifier's
// typed changes, so painting never queries the workspace. Edits go through
// commands::setActivityField(), which validates with the same readField()/
// writeField() as the CSV: a cell means what the CSV column means.
class ActivityTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityTableModel)

public:
    // One column per core::ActivityField, in CSV order: the column of a
    // field is the field's value, so the table and the CSV cannot disagree.
    using Column = core::ActivityField;
    using enum core::ActivityField;
    static constexpr int ColumnCount = core::activityFieldCount;
    static constexpr int columnOf(Column field) { return static_cast<int>(field); }

    enum Role {
        // The value itself (double, int, bool, cents, word) for sorting;
        // a blank optional parameter sorts first.
        RawValueRole = Qt::UserRole,
        ActivityIdRole,
        // The campaign's length in weeks, the upper bound of week editors.
        WeekLimitRole,
    };

    static core::ActivityField fieldOf(int column);
    using QAbstractTableModel::index;
    // The cell of that field in the row.
    QModelIndex index(int row, Column column) const { return index(row, columnOf(column)); }

    explicit ActivityTableModel(WorkspaceNotifier &notifier, QObject *parent = nullptr);
    ~ActivityTableModel() override;

    // Loads the activities of the campaign from the notifier's workspace, or
    // empties the model. A replaced workspace empties it.
    core::Result<void> setCampaign(std::optional<core::CampaignId> campaign);
    std::optional<core::CampaignId> campaignId() const;
    const std::optional<core::Campaign> &campaign() const { return m_campaign; }
    // Every activity of the campaign, in stored order: what the Tracks and
    // Charts views project.
    const std::vector<core::Activity> &activities() const { return m_activities; }

    const core::Activity &activityAt(int row) const;
    // -1 when the activity is not in the model.
    int rowOf(core::ActivityId id) const;
    // The team's weekly hours while every activity runs: Σ cadence × hours
    // per occurrence, less the automation saving on automated media
    // activities (DESIGN §5).
    double plannedHoursPerWeek() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Takes the text as typed: a number is read with readTypedNumber(), in
    // the cell's bounds (a week within the campaign). Refuses a bad value
    // with editRefused(), naming the field by its label, and returns false;
    // the workspace is then unchanged.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void editRefused(const QModelIndex &index, const QString &reason);
    // An edit was stored: a refusal shown for an earlier one is past.
    void editAccepted(const QModelIndex &index);
    // Loading or following a change failed; the model may be stale.
    void loadFailed(const QString &reason);

private:
    void onActivityChanged(core::CampaignId campaignId, core::ActivityId activityId);
    void onActivitiesAdded(core::CampaignId campaignId, const QList<core::ActivityId> &ids);
    void onActivitiesRemoved(core::CampaignId campaignId, const QList<core::ActivityId> &ids);
    void onCampaignChanged(core::CampaignId campaignId);
    void onCampaignRemoved(core::CampaignId campaignId);
    void clear();
    core::Workspace *workspace() const;

    QVariant displayValue(const core::Activity &activity, Column column) const;
    QVariant rawValue(const core::Activity &activity, Column column) const;
    QVariant toolTip(const core::Activity &activity, int row, Column column) const;
    QString trackToolTip(const core::Activity &activity) const;
    core::Objective objective() const;
    // The text for the core: a typed number read and written back with a
    // dot; other fields as typed.
    core::Result<std::string> typedText(Column column, const QString &typed) const;
    void refuse(const QModelIndex &index, const QString &reason);

    WorkspaceNotifier &m_notifier;
    std::optional<core::Campaign> m_campaign;
    std::vector<core::Activity> m_activities; // sorted by id, as stored

    // The last refused edit, shown as that cell's tooltip until the next
    // accepted edit.
    struct Refusal {
        core::ActivityId activity;
        int column = -1;
        QString reason;
    };
    std::optional<Refusal> m_refusal;
};

} // namespace castnet::ui
