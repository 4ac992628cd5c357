// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QDialog>

#include "core/domain/activity.h"
#include "core/domain/campaign.h"
#include "core/domain/error.h"
#include "core/optimizer/optimizer.h"

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QThread;

namespace castnet::ui {

// Campaign › Optimize… (DESIGN §6): the limits of the search, a preview of
// the proposal computed off the GUI thread, and "Save as scenario…". "What
// would it take to reach …" turns the search into goal seeking: the fewest
// recurring hours that reach the return asked. The
// dialog works on its own copies of the campaign and its activities; the
// worker never sees the workspace.
class OptimizerDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptimizerDialog)

public:
    OptimizerDialog(core::Campaign campaign, std::vector<core::Activity> activities,
                    QWidget *parent = nullptr);
    ~OptimizerDialog() override;

    // The campaign as the optimizer sees it ("no limit" clears its budget)
    // and the request the fields describe.
    core::Campaign effectiveCampaign() const;
    core::OptimizeRequest request() const;

    // Starts the optimizer in a worker thread; previewFinished() follows.
    void preview();
    const std::optional<core::Optimization> &proposal() const { return m_proposal; }
    QString failure() const;

    // Stores the proposal through the undoable command.
    core::Result<core::ScenarioId> saveAsScenario(const QString &name);

    // Widgets a test drives.
    QDoubleSpinBox *capacityBox() const { return m_capacity; }
    QCheckBox *noBudgetBox() const { return m_noBudget; }
    QDoubleSpinBox *networkingShareBox() const { return m_networkingShare; }
    QDoubleSpinBox *mediaShareBox() const { return m_mediaShare; }
    QListWidget *lockList() const { return m_locks; }
    QCheckBox *seekTargetBox() const { return m_seekTarget; }
    QDoubleSpinBox *targetBox() const { return m_target; }

signals:
    void previewFinished();

private:
    void showResult(const core::Result<core::Optimization> &result);
    void askNameAndSave();

    core::Campaign m_campaign;
    std::vector<core::Activity> m_activities;
    std::optional<core::Optimization> m_proposal;
    QThread *m_thread = nullptr;

    QDoubleSpinBox *m_capacity = nullptr;
    QDoubleSpinBox *m_budget = nullptr;
    QCheckBox *m_noBudget = nullptr;
    QDoubleSpinBox *m_networkingShare = nullptr;
    QDoubleSpinBox *m_mediaShare = nullptr;
    QListWidget *m_locks = nullptr;
    QCheckBox *m_seekTarget = nullptr; // "What would it take to reach …"
    QDoubleSpinBox *m_target = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QTableWidget *m_result = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace castnet::ui
