// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QWidget>

#include "core/domain/campaign.h"
#include "core/workspace/workspace.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace castnet::ui {

class WorkspaceNotifier;

// Every field of one campaign. Each edit is validated as it is typed (the
// core's validate(): a bad value shows the reason in red and is not saved)
// and saved through commands::editCampaign() when the field is left, a spin
// box steps or a choice is made. The form reloads only from the notifier.
class CampaignForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignForm)

public:
    explicit CampaignForm(WorkspaceNotifier &notifier, QWidget *parent = nullptr);
    ~CampaignForm() override;

    // Shows the campaign of the notifier's workspace; a replaced workspace
    // empties the form.
    void setCampaign(std::optional<core::CampaignId> campaign);
    std::optional<core::CampaignId> campaignId() const;

    // The reason the last edit was refused, empty when all is well.
    QString hint() const;

private:
    void buildLayout();
    void connectEdits();
    void load();
    void showCampaign(const core::Campaign &campaign);
    // The campaign as the fields now describe it.
    core::Campaign edited() const;
    // Validates what is typed without saving.
    void check();
    // Validates and saves.
    void commit();
    void showHint(const QString &reason);

    core::Workspace *workspace() const;

    WorkspaceNotifier &m_notifier;
    std::optional<core::Campaign> m_campaign; // as stored
    bool m_loading = false;

    QLineEdit *m_name = nullptr;
    QComboBox *m_objective = nullptr;
    QDateEdit *m_startDate = nullptr;
    QSpinBox *m_weeks = nullptr;
    QDoubleSpinBox *m_capacity = nullptr;
    QDoubleSpinBox *m_budget = nullptr;
    QCheckBox *m_noBudgetLimit = nullptr;
    QLineEdit *m_currency = nullptr;
    QLineEdit *m_returnUnit = nullptr;
    QDoubleSpinBox *m_automationSaving = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace castnet::ui
