// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>
#include <string>

#include <QWidget>

#include "core/domain/campaign.h"
#include "core/workspace/workspace.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace castnet::ui {

class DateEntry;
class NumberEntry;
class WorkspaceNotifier;

// Every field of one campaign. Each edit is validated as it is typed (the
// core's validate(): a bad value shows the reason in red under its field and
// is not saved) and saved through commands::editCampaign() when the field is
// left, a number steps or a choice is made. A refused edit leaves the stored
// value showing, with the reason under the field it concerns. The form
// reloads only from the notifier.
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

    // The reasons shown, one a line; empty when all is well.
    QString hint() const;

signals:
    // A refusal for the status bar too.
    void message(const QString &text);

private:
    void buildLayout();
    void connectEdits();
    void load();
    void showCampaign(const core::Campaign &campaign);
    // The campaign as the fields now describe it.
    core::Campaign edited() const;
    // Validates what is typed without saving.
    void check(QWidget *typed);
    // Validates and saves; a refusal shows the stored campaign again.
    void commit(QWidget *typed);
    // The field the error names, or `typed` when it names none of the form's.
    QWidget *fieldOf(const core::Error &error, QWidget *typed) const;
    // Shows the stored campaign again and the reason under the error's field.
    void showRefusal(const core::Error &error, QWidget *typed, const QString &reason);
    void showHint(QWidget *field, const QString &reason);
    void clearHints();
    // A message line under the row of `field`, hidden while empty.
    void addMessageRow(QFormLayout &layout, QWidget *field, const std::string &name);

    core::Workspace *workspace() const;

    WorkspaceNotifier &m_notifier;
    std::optional<core::Campaign> m_campaign; // as stored
    bool m_loading = false;

    QLineEdit *m_name = nullptr;
    QComboBox *m_objective = nullptr;
    DateEntry *m_startDate = nullptr;
    NumberEntry *m_weeks = nullptr;
    NumberEntry *m_capacity = nullptr;
    NumberEntry *m_budget = nullptr;
    QCheckBox *m_noBudgetLimit = nullptr;
    QLabel *m_budgetCurrency = nullptr;
    QLineEdit *m_currency = nullptr;
    QLineEdit *m_returnUnit = nullptr;
    NumberEntry *m_automationSaving = nullptr;

    struct MessageRow {
        QFormLayout *layout = nullptr;
        QLabel *label = nullptr;
    };
    // By field widget, and the widget of each core field name.
    std::map<QWidget *, MessageRow> m_messages;
    std::map<std::string, QWidget *, std::less<>> m_fieldOfName;
};

} // namespace castnet::ui
