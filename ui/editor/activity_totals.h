// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace castnet::ui {

class ActivityTableModel;
class WorkspaceNotifier;

// The status bar's summary of the shown campaign: its activities and the
// team hours they plan against its capacity, and with a weekly budget the
// costliest week's spend against it; red when either is over. It follows the
// notifier (a campaign edited, a workspace replaced) and the table model it
// sums, which follows the notifier too and was connected to it first.
class ActivityTotals final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityTotals)

public:
    ActivityTotals(const ActivityTableModel &model, WorkspaceNotifier &notifier,
                   QWidget *parent = nullptr);
    ~ActivityTotals() override;

private:
    void refresh();
    QString budgetText();

    const ActivityTableModel &m_model;
    WorkspaceNotifier &m_notifier;
    bool m_overBudget = false;
};

} // namespace castnet::ui
