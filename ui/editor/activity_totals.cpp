// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/activity_totals.h"

#include <QLocale>

#include "ui/commands/workspace_notifier.h"
#include "ui/editor/activity_table_model.h"

namespace castnet::ui {

ActivityTotals::ActivityTotals(const ActivityTableModel &model, WorkspaceNotifier &notifier,
                               QWidget *parent)
    : QLabel(parent)
    , m_model(model)
    , m_notifier(notifier) {
    setObjectName(QStringLiteral("activityTotals"));
    connect(&notifier, &WorkspaceNotifier::campaignChanged, this, &ActivityTotals::refresh);
    connect(&notifier, &WorkspaceNotifier::workspaceReplaced, this, &ActivityTotals::refresh);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(&model, signal, this, &ActivityTotals::refresh);
    connect(&model, &QAbstractItemModel::modelReset, this, &ActivityTotals::refresh);
    connect(&model, &QAbstractItemModel::dataChanged, this, &ActivityTotals::refresh);
    refresh();
}

ActivityTotals::~ActivityTotals() = default;

void ActivityTotals::refresh() {
    const auto &campaign = m_model.campaign();
    if (!campaign) {
        setText(m_notifier.workspace() != nullptr ? tr("No campaign selected")
                                                  : tr("No workspace open"));
        return;
    }
    const auto hours = m_model.plannedHoursPerWeek();
    // More planned than the team has: the figure turns red.
    setStyleSheet(hours > campaign->capacityHoursPerWeek ? QStringLiteral("color: #c62828;")
                                                         : QString());
    setText(tr("%n activities", nullptr, m_model.rowCount()) +
            tr(" · %1 h/week planned, capacity %2 h/week")
                .arg(QLocale().toString(hours, 'f', 1),
                     QLocale().toString(campaign->capacityHoursPerWeek, 'f', 1)));
    setToolTip(tr("Team hours per week while every activity runs, after the automation "
                  "saving on automated media activities"));
}

} // namespace castnet::ui
