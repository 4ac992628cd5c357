// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QWidget>

#include "core/actuals/actual.h"
#include "core/domain/activity.h"
#include "core/domain/campaign.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace castnet::ui {

class ActualsTableModel;

// The Actuals tab: the recorded weeks of one activity, to type or correct
// by hand (each edit one undoable step), with the activity chosen above the
// grid and the reason of the last refused figure under it.
class ActualsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActualsPage)

public:
    explicit ActualsPage(QWidget *parent = nullptr);
    ~ActualsPage() override;

    // `preferred` is shown when the activity chosen before is gone (the
    // activity selected in the table, say).
    void showCampaign(const core::Campaign &campaign, const std::vector<core::Activity> &activities,
                      const std::vector<core::Actual> &actuals,
                      std::optional<core::ActivityId> preferred);
    void clear();
    void chooseActivity(core::ActivityId activity);

    ActualsTableModel &model() const { return *m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *activityChooser() const { return m_activity; }
    QString refusal() const;

private:
    void reshow();
    void clearSelectedWeeks();

    std::optional<core::Campaign> m_campaign;
    std::vector<core::Activity> m_activities;
    std::vector<core::Actual> m_actuals;

    QComboBox *m_activity = nullptr;
    QPushButton *m_clearWeeks = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_refusal = nullptr;
    ActualsTableModel *m_model = nullptr;
};

} // namespace castnet::ui
