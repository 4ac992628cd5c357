// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QStringList>
#include <QWidget>

#include "core/analysis/comparison.h"
#include "core/domain/activity.h"
#include "core/domain/campaign.h"
#include "core/domain/scenario.h"

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTableView;

namespace castnet::ui {

class ComparisonTableModel;
namespace charts {
class ScenarioChart;
}
class ScenarioHoursModel;

// The Compare tab (DESIGN §8): the plan and the stored scenarios in a
// checkable list, 2–4 of them compared in columns, and the hours of the
// current one per activity. Scenario edits go through the undo commands;
// the window shows the result again through showCampaign().
class ComparisonView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonView)

public:
    explicit ComparisonView(QWidget *parent = nullptr);

    void showCampaign(const core::Campaign &campaign, const std::vector<core::Activity> &activities,
                      const std::vector<core::Scenario> &scenarios);
    void clear();

    // The names compared, in column order ("plan" first when chosen).
    QStringList chosen() const;
    const std::optional<core::Comparison> &comparison() const { return m_comparison; }
    ComparisonTableModel *comparisonModel() const { return m_comparisonModel; }
    ScenarioHoursModel *hoursModel() const { return m_hoursModel; }

    // The buttons' actions; an error is shown in the view and returned.
    bool createScenario();
    bool duplicateCurrent();
    bool renameCurrent(const QString &name);
    bool removeCurrent();

signals:
    void optimizeRequested();

private:
    void rebuildList();
    void recompare();
    void showHours();
    void onItemChanged(QListWidgetItem *item);
    std::optional<core::Scenario> currentScenario() const;
    QString uniqueName(const QString &base) const;
    bool report(const core::Result<void> &result);

    core::Campaign m_campaign;
    std::vector<core::Activity> m_activities;
    std::vector<core::Scenario> m_scenarios;
    std::optional<core::Comparison> m_comparison;
    QStringList m_chosen{QString::fromLatin1(core::Scenario::planName)};
    QString m_current = QString::fromLatin1(core::Scenario::planName);
    bool m_loaded = false;
    bool m_rebuilding = false;

    QListWidget *m_list = nullptr;
    QTableView *m_table = nullptr;
    charts::ScenarioChart *m_chart = nullptr;
    QTableView *m_hoursTable = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_remove = nullptr;
    ComparisonTableModel *m_comparisonModel = nullptr;
    ScenarioHoursModel *m_hoursModel = nullptr;
};

} // namespace castnet::ui
