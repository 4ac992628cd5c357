// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenarios/scenario_hours_model.h"

#include <algorithm>

#include "core/analysis/projection.h"
#include "ui/charts/figure_format.h"
#include "ui/commands/commands.h"
#include "ui/common/string_conversion.h"

namespace castnet::ui {

ScenarioHoursModel::ScenarioHoursModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void ScenarioHoursModel::setScenario(const core::Campaign &campaign,
                                     const std::vector<core::Activity> &activities,
                                     const std::optional<core::Scenario> &scenario) {
    std::vector<Row> rows;
    rows.reserve(activities.size());
    for (const auto &activity : activities) {
        Row row{activity.id,
                toQString(activity.channel) + QStringLiteral(": ") + toQString(activity.title),
                core::plannedWeeklyEffort(activity, campaign), 0.0};
        row.hours = row.planned;
        if (scenario) {
            // An activity absent from the scenario keeps its planned hours.
            const auto &allocations = scenario->allocations;
            const auto found = std::find_if(
                allocations.begin(), allocations.end(),
                [&](const core::Allocation &a) { return a.activityId == activity.id; });
            if (found != allocations.end())
                row.hours = found->hours;
        }
        rows.push_back(std::move(row));
    }
    const auto scenarioId = scenario ? std::optional(scenario->id) : std::nullopt;
    const bool sameRows = campaign.id == m_campaign && scenarioId == m_scenario &&
                          rows.size() == m_rows.size() &&
                          std::equal(rows.begin(), rows.end(), m_rows.begin(),
                                     [](const Row &a, const Row &b) { return a.id == b.id; });
    if (sameRows) {
        // The same scenario after an edit: new values in place, so the view
        // keeps its current cell and the user carries on down the list.
        m_rows = std::move(rows);
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_campaign = campaign.id;
    m_scenario = scenarioId;
    m_rows = std::move(rows);
    endResetModel();
}

void ScenarioHoursModel::clear() {
    beginResetModel();
    m_rows.clear();
    m_campaign = {};
    m_scenario.reset();
    endResetModel();
}

int ScenarioHoursModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ScenarioHoursModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScenarioHoursModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &row = m_rows.at(static_cast<std::size_t>(index.row()));
    const auto hours = index.column() == PlannedColumn ? row.planned : row.hours;
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == ActivityColumn ? QVariant(row.title)
                                                : QVariant(charts::formatHoursPerWeek(hours));
    case Qt::EditRole:
    case RawValueRole:
        return index.column() == ActivityColumn ? QVariant(row.title) : QVariant(hours);
    case Qt::TextAlignmentRole:
        return index.column() == ActivityColumn
                   ? QVariant()
                   : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

bool ScenarioHoursModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    bool isNumber = false;
    const auto hours = value.toDouble(&isNumber);
    auto &row = m_rows.at(static_cast<std::size_t>(index.row()));
    auto stored = isNumber ? commands::setScenarioHours(m_campaign, *m_scenario, row.id, hours)
                           : core::Result<void>(core::fail("Hours must be a number.", "hours"));
    if (!stored) {
        emit editRefused(toQString(stored.error().message));
        return false;
    }
    row.hours = hours;
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags ScenarioHoursModel::flags(const QModelIndex &index) const {
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    auto flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == ScenarioColumn && m_scenario)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ScenarioHoursModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case ActivityColumn:
        return tr("Activity");
    case PlannedColumn:
        return tr("Planned");
    case ScenarioColumn:
        return tr("Scenario");
    default:
        return {};
    }
}

} // namespace castnet::ui
