// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/activity_totals.h"

#include <algorithm>

#include "core/analysis/projection.h"
#include "ui/charts/figure_format.h"
#include "ui/commands/workspace_notifier.h"
#include "ui/common/string_conversion.h"
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
    const QString budget = budgetText();
    // More planned than the team has, or spent than the budget: red.
    setStyleSheet(hours > campaign->capacityHoursPerWeek || m_overBudget
                      ? QStringLiteral("color: #c62828;")
                      : QString());
    setText(tr("%n activities", nullptr, m_model.rowCount()) +
            tr(" · %1 h/week planned, capacity %2 h/week")
                .arg(QString::number(hours, 'f', 1),
                     QString::number(campaign->capacityHoursPerWeek, 'f', 1)) +
            budget);
    setToolTip(tr("Team hours per week while every activity runs, after the automation "
                  "saving on automated media activities") +
               (budget.isEmpty() ? QString()
                                 : u'\n' + tr("Spend: the costliest week's planned cost "
                                              "against the weekly budget")));
}

// " · spend up to 1,250 EUR of 1,500 EUR/week", with the weeks over budget
// when there are any; empty without a budget.
QString ActivityTotals::budgetText() {
    m_overBudget = false;
    const auto &campaign = m_model.campaign();
    if (!campaign || !campaign->budgetPerWeek)
        return {};
    const core::Projection projection = core::project(*campaign, m_model.activities());
    const double peak =
        projection.weeklyCost.empty()
            ? 0.0
            : *std::max_element(projection.weeklyCost.begin(), projection.weeklyCost.end());
    const QString currency = toQString(campaign->currency);
    QString text = tr(" · spend up to %1 of %2/week")
                       .arg(charts::formatMoney(peak, currency),
                            charts::formatMoney(*projection.budgetPerWeek, currency));
    const auto over = static_cast<int>(projection.overBudgetWeeks.size());
    m_overBudget = over > 0;
    if (over == 1)
        text += tr(", 1 week over budget");
    else if (over > 1)
        text += tr(", %1 weeks over budget").arg(over);
    return text;
}

} // namespace castnet::ui
