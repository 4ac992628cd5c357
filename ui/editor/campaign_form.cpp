// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/campaign_form.h"

#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

#include "core/domain/enums.h"
#include "core/domain/money.h"
#include "ui/commands/commands.h"
#include "ui/commands/workspace_notifier.h"
#include "ui/common/string_conversion.h"
#include "ui/editor/date_entry.h"
#include "ui/editor/field_label.h"
#include "ui/editor/number_entry.h"

namespace castnet::ui {

namespace {

constexpr double maxCapacityHours = 100000.0;

template<class Widget>
Widget *named(Widget *widget, const QString &objectName, const QString &accessibleName) {
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    return widget;
}

// The entry of a campaign field, named in messages as the form names it.
NumberEntry *numberEntry(QWidget *parent, const char *name, const QString &objectName,
                         const NumberBounds &bounds) {
    auto *entry = named(new NumberEntry(parent), objectName, fieldLabel(name));
    entry->setLabel(fieldLabel(name));
    entry->setBounds(bounds);
    return entry;
}

// A field with its unit after it: "40 h/week".
// A form label whose mnemonic focuses `buddy`; a row given a layout rather
// than a widget gets none from QFormLayout, and its "&" would show.
QLabel *labelFor(const QString &text, QWidget *buddy) {
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

QHBoxLayout *withUnit(QWidget *field, QWidget *unit) {
    auto *row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(unit);
    return row;
}

} // namespace

CampaignForm::CampaignForm(WorkspaceNotifier &notifier, QWidget *parent)
    : QWidget(parent)
    , m_notifier(notifier) {
    buildLayout();
    connectEdits();
    connect(&notifier, &WorkspaceNotifier::campaignChanged, this, [this](core::CampaignId id) {
        if (id == campaignId())
            load();
    });
    connect(&notifier, &WorkspaceNotifier::campaignRemoved, this, [this](core::CampaignId id) {
        if (id == campaignId())
            setCampaign(std::nullopt);
    });
    connect(&notifier, &WorkspaceNotifier::workspaceReplaced, this,
            [this] { setCampaign(std::nullopt); });
    setCampaign(std::nullopt);
}

CampaignForm::~CampaignForm() = default;

void CampaignForm::buildLayout() {
    m_name = named(new QLineEdit(this), QStringLiteral("campaignName"), tr("Campaign name"));
    m_objective = named(new QComboBox(this), QStringLiteral("campaignObjective"), tr("Objective"));
    for (const auto objective : core::allValues<core::Objective>()) {
        const auto word = toQString(core::toString(objective));
        m_objective->addItem(word, word);
    }
    m_startDate = named(new DateEntry(this), QStringLiteral("campaignStartDate"), tr("Start date"));
    m_startDate->setLabel(fieldLabel("start_date"));
    m_weeks = numberEntry(
        this, "weeks", QStringLiteral("campaignWeeks"),
        NumberBounds{core::Campaign::minWeeks, core::Campaign::maxWeeks, false, false, true});
    m_capacity = numberEntry(this, "capacity_hours_per_week", QStringLiteral("campaignCapacity"),
                             NumberBounds{0.0, maxCapacityHours});
    m_budget = numberEntry(
        this, "budget_per_week", QStringLiteral("campaignBudget"),
        NumberBounds{0.0, static_cast<double>(core::Cents::maxUnits), false, false, false, 2});
    m_budget->setSingleStep(100.0);
    m_budgetCurrency = new QLabel(this);
    m_noBudgetLimit = named(new QCheckBox(tr("no limit"), this),
                            QStringLiteral("campaignNoBudgetLimit"), tr("No budget limit"));
    m_currency = named(new QLineEdit(this), QStringLiteral("campaignCurrency"), tr("Currency"));
    m_returnUnit =
        named(new QLineEdit(this), QStringLiteral("campaignReturnUnit"), tr("Return unit"));
    m_returnUnit->setPlaceholderText(tr("EUR, qualified leads…"));
    m_automationSaving =
        numberEntry(this, "automation_saving", QStringLiteral("campaignAutomationSaving"),
                    NumberBounds{0.0, 1.0, false, true});
    m_automationSaving->setSingleStep(0.05);
    m_automationSaving->setToolTip(
        tr("Share of hours that scheduling saves on automated media activities (0 to below 1)"));

    auto *budgetRow = withUnit(m_budget, m_budgetCurrency);
    budgetRow->addWidget(m_noBudgetLimit);

    auto *left = new QFormLayout;
    left->addRow(tr("&Name:"), m_name);
    addMessageRow(*left, m_name, "name");
    left->addRow(tr("&Objective:"), m_objective);
    left->addRow(tr("&Start:"), m_startDate);
    addMessageRow(*left, m_startDate, "start_date");
    left->addRow(labelFor(tr("&Length:"), m_weeks),
                 withUnit(m_weeks, new QLabel(tr("weeks"), this)));
    addMessageRow(*left, m_weeks, "weeks");
    left->addRow(tr("Automation sa&ving:"), m_automationSaving);
    addMessageRow(*left, m_automationSaving, "automation_saving");
    auto *right = new QFormLayout;
    right->addRow(labelFor(tr("&Capacity:"), m_capacity),
                  withUnit(m_capacity, new QLabel(tr("h/week"), this)));
    addMessageRow(*right, m_capacity, "capacity_hours_per_week");
    right->addRow(labelFor(tr("&Budget per week:"), m_budget), budgetRow);
    addMessageRow(*right, m_budget, "budget_per_week");
    right->addRow(tr("C&urrency:"), m_currency);
    addMessageRow(*right, m_currency, "currency");
    right->addRow(tr("&Return unit:"), m_returnUnit);
    addMessageRow(*right, m_returnUnit, "return_unit");
    // A reason that concerns no one field (the workspace is gone, say).
    addMessageRow(*right, this, {});

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addSpacing(24);
    layout->addLayout(right, 1);
}

void CampaignForm::addMessageRow(QFormLayout &layout, QWidget *field, const std::string &name) {
    auto *label = new QLabel(this);
    label->setObjectName(field == this ? QStringLiteral("campaignHint")
                                       : field->objectName() + QStringLiteral("Message"));
    label->setAccessibleName(tr("Validation message"));
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setWordWrap(true);
    layout.addRow(QString(), label);
    layout.setRowVisible(label, false);
    m_messages[field] = MessageRow{&layout, label};
    if (!name.empty())
        m_fieldOfName[name] = field;
}

void CampaignForm::connectEdits() {
    for (auto *line : {m_name, m_currency, m_returnUnit}) {
        connect(line, &QLineEdit::textEdited, this, [this, line] { check(line); });
        connect(line, &QLineEdit::editingFinished, this, [this, line] { commit(line); });
    }
    connect(m_objective, &QComboBox::activated, this, [this] { commit(m_objective); });
    connect(m_startDate, &DateEntry::dateChanged, this, [this] { commit(m_startDate); });
    connect(m_startDate, &DateEntry::refused, this,
            [this](const QString &reason) { showHint(m_startDate, reason); });
    for (auto *entry : {m_weeks, m_capacity, m_budget, m_automationSaving}) {
        connect(entry, &NumberEntry::valueChanged, this, [this, entry] { commit(entry); });
        connect(entry, &NumberEntry::refused, this,
                [this, entry](const QString &reason) { showHint(entry, reason); });
    }
    connect(m_noBudgetLimit, &QCheckBox::toggled, this, [this](bool noLimit) {
        m_budget->setEnabled(!noLimit);
        commit(m_noBudgetLimit);
    });
}

core::Workspace *CampaignForm::workspace() const {
    return m_notifier.workspace();
}

void CampaignForm::setCampaign(std::optional<core::CampaignId> campaign) {
    m_campaign.reset();
    if (campaign && workspace() != nullptr) {
        auto stored = workspace()->campaign(*campaign);
        if (stored)
            m_campaign = std::move(*stored);
    }
    setEnabled(m_campaign.has_value());
    showCampaign(m_campaign.value_or(core::Campaign{}));
    if (!m_campaign) {
        // A brand or nothing selected: the defaults of a campaign that does
        // not exist (40 h/week, EUR, 52 weeks) would read as someone's plan.
        m_loading = true;
        for (auto *field : findChildren<QLineEdit *>())
            field->clear();
        m_objective->setCurrentIndex(-1);
        m_budgetCurrency->clear();
        m_noBudgetLimit->setChecked(false);
        m_loading = false;
    }
    clearHints();
}

std::optional<core::CampaignId> CampaignForm::campaignId() const {
    if (!m_campaign)
        return std::nullopt;
    return m_campaign->id;
}

QString CampaignForm::hint() const {
    QStringList reasons;
    for (const auto &[field, row] : m_messages) {
        if (!row.label->text().isEmpty())
            reasons << row.label->text();
    }
    return reasons.join(u'\n');
}

void CampaignForm::load() {
    if (!m_campaign || workspace() == nullptr)
        return;
    auto stored = workspace()->campaign(m_campaign->id);
    if (!stored) {
        showHint(this, readableMessage(stored.error()));
        return;
    }
    m_campaign = std::move(*stored);
    showCampaign(*m_campaign);
    clearHints();
}

void CampaignForm::showCampaign(const core::Campaign &campaign) {
    m_loading = true;
    // setText() would move the cursor of a field being typed in.
    const auto setText = [](QLineEdit *line, const std::string &text) {
        if (line->text() != toQString(text))
            line->setText(toQString(text));
    };
    setText(m_name, campaign.name);
    m_objective->setCurrentIndex(
        m_objective->findData(toQString(core::toString(campaign.objective))));
    m_startDate->setDate(QDate::fromString(toQString(campaign.startDate), Qt::ISODate));
    m_weeks->setValue(campaign.weeks);
    m_capacity->setValue(campaign.capacityHoursPerWeek);
    m_noBudgetLimit->setChecked(!campaign.budgetPerWeek);
    m_budget->setEnabled(campaign.budgetPerWeek.has_value());
    m_budget->setValue(campaign.budgetPerWeek ? campaign.budgetPerWeek->units() : 0.0);
    m_budgetCurrency->setText(toQString(campaign.currency));
    setText(m_currency, campaign.currency);
    setText(m_returnUnit, campaign.returnUnit);
    m_automationSaving->setValue(campaign.automationSaving);
    m_loading = false;
}

core::Campaign CampaignForm::edited() const {
    auto campaign = m_campaign.value_or(core::Campaign{});
    campaign.name = toStdString(m_name->text().trimmed());
    campaign.objective =
        core::parseEnum<core::Objective>(toStdString(m_objective->currentData().toString()))
            .value_or(campaign.objective);
    campaign.startDate = toStdString(m_startDate->date().toString(Qt::ISODate));
    campaign.weeks = static_cast<int>(m_weeks->value());
    campaign.capacityHoursPerWeek = m_capacity->value();
    if (m_noBudgetLimit->isChecked())
        campaign.budgetPerWeek.reset();
    else
        campaign.budgetPerWeek = core::Cents(std::llround(m_budget->value() * 100.0));
    campaign.currency = toStdString(m_currency->text().trimmed());
    campaign.returnUnit = toStdString(m_returnUnit->text().trimmed());
    campaign.automationSaving = m_automationSaving->value();
    return campaign;
}

void CampaignForm::check(QWidget *typed) {
    if (m_loading || !m_campaign)
        return;
    clearHints();
    if (const auto valid = core::validate(edited()); !valid)
        showHint(fieldOf(valid.error(), typed), readableMessage(valid.error()));
}

void CampaignForm::commit(QWidget *typed) {
    if (m_loading || !m_campaign)
        return;
    const auto campaign = edited();
    if (campaign == *m_campaign) {
        clearHints();
        return;
    }
    if (auto valid = core::validate(campaign); !valid) {
        showRefusal(valid.error(), typed, readableMessage(valid.error()));
        return;
    }
    // On success the notifier reloads the form from the workspace.
    if (auto saved = commands::editCampaign(campaign); !saved)
        showRefusal(saved.error(), typed, tr("Not saved: %1").arg(readableMessage(saved.error())));
}

QWidget *CampaignForm::fieldOf(const core::Error &error, QWidget *typed) const {
    const auto field = m_fieldOfName.find(error.field);
    return field != m_fieldOfName.end() ? field->second : typed;
}

void CampaignForm::showRefusal(const core::Error &error, QWidget *typed, const QString &reason) {
    // What is stored is what shows; the reason says what was refused.
    showCampaign(m_campaign.value_or(core::Campaign{}));
    clearHints();
    showHint(fieldOf(error, typed), reason);
}

void CampaignForm::showHint(QWidget *field, const QString &reason) {
    auto row = m_messages.find(field);
    if (row == m_messages.end())
        row = m_messages.find(this);
    row->second.label->setText(reason);
    row->second.layout->setRowVisible(row->second.label, !reason.isEmpty());
    if (!reason.isEmpty())
        emit message(reason);
}

void CampaignForm::clearHints() {
    for (auto &[field, row] : m_messages) {
        row.label->clear();
        row.layout->setRowVisible(row.label, false);
    }
}

} // namespace castnet::ui
