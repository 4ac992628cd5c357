// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/campaign_form.h"

#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include "core/domain/enums.h"
#include "core/domain/money.h"
#include "ui/commands/commands.h"
#include "ui/commands/workspace_notifier.h"
#include "ui/common/string_conversion.h"
#include "ui/editor/number_spin_box.h"

namespace castnet::ui {

namespace {

constexpr double maxCapacityHours = 100000.0;
constexpr double maxAutomationSaving = 0.99;

template<class Widget>
Widget *named(Widget *widget, const QString &objectName, const QString &accessibleName) {
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    return widget;
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
    m_startDate = named(new QDateEdit(this), QStringLiteral("campaignStartDate"), tr("Start date"));
    m_startDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_startDate->setCalendarPopup(true);
    m_weeks = named(new QSpinBox(this), QStringLiteral("campaignWeeks"), tr("Length in weeks"));
    m_weeks->setRange(core::Campaign::minWeeks, core::Campaign::maxWeeks);
    m_weeks->setSuffix(tr(" weeks"));
    m_capacity = named(new NumberSpinBox(this), QStringLiteral("campaignCapacity"),
                       tr("Team capacity in hours per week"));
    m_capacity->setRange(0.0, maxCapacityHours);
    m_capacity->setSuffix(tr(" h/week"));
    m_budget =
        named(new NumberSpinBox(this), QStringLiteral("campaignBudget"), tr("Budget per week"));
    m_budget->setRange(0.0, static_cast<double>(core::Cents::maxUnits));
    m_budget->setDecimals(2);
    m_budget->setSingleStep(100.0);
    m_noBudgetLimit = named(new QCheckBox(tr("no limit"), this),
                            QStringLiteral("campaignNoBudgetLimit"), tr("No budget limit"));
    m_currency = named(new QLineEdit(this), QStringLiteral("campaignCurrency"), tr("Currency"));
    m_returnUnit =
        named(new QLineEdit(this), QStringLiteral("campaignReturnUnit"), tr("Return unit"));
    m_returnUnit->setPlaceholderText(tr("EUR, qualified leads…"));
    m_automationSaving = named(new NumberSpinBox(this), QStringLiteral("campaignAutomationSaving"),
                               tr("Automation saving"));
    m_automationSaving->setRange(0.0, maxAutomationSaving);
    m_automationSaving->setSingleStep(0.05);
    m_automationSaving->setToolTip(
        tr("Share of hours that scheduling saves on automated media activities (0 to 0.99)"));
    m_hint = named(new QLabel(this), QStringLiteral("campaignHint"), tr("Validation message"));
    m_hint->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_hint->setWordWrap(true);

    for (auto *spin : std::initializer_list<QAbstractSpinBox *>{m_startDate, m_weeks, m_capacity,
                                                                m_budget, m_automationSaving})
        spin->setKeyboardTracking(false); // save on Enter, focus out or a step, not per key

    auto *budgetRow = new QHBoxLayout;
    budgetRow->addWidget(m_budget, 1);
    budgetRow->addWidget(m_noBudgetLimit);
    auto *budgetLabel = new QLabel(tr("&Budget per week:"), this);
    budgetLabel->setBuddy(m_budget);

    auto *left = new QFormLayout;
    left->addRow(tr("&Name:"), m_name);
    left->addRow(tr("&Objective:"), m_objective);
    left->addRow(tr("&Start:"), m_startDate);
    left->addRow(tr("&Length:"), m_weeks);
    left->addRow(tr("Automation sa&ving:"), m_automationSaving);
    auto *right = new QFormLayout;
    right->addRow(tr("&Capacity:"), m_capacity);
    right->addRow(budgetLabel, budgetRow);
    right->addRow(tr("C&urrency:"), m_currency);
    right->addRow(tr("&Return unit:"), m_returnUnit);
    // The reason for a refused value sits in the free row beside the last field.
    right->addRow(m_hint);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addSpacing(24);
    layout->addLayout(right, 1);
}

void CampaignForm::connectEdits() {
    for (auto *line : {m_name, m_currency, m_returnUnit}) {
        connect(line, &QLineEdit::textEdited, this, &CampaignForm::check);
        connect(line, &QLineEdit::editingFinished, this, &CampaignForm::commit);
    }
    connect(m_objective, &QComboBox::activated, this, &CampaignForm::commit);
    connect(m_startDate, &QDateEdit::dateChanged, this, &CampaignForm::commit);
    connect(m_weeks, &QSpinBox::valueChanged, this, &CampaignForm::commit);
    for (auto *spin : {m_capacity, m_budget, m_automationSaving})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &CampaignForm::commit);
    connect(m_noBudgetLimit, &QCheckBox::toggled, this, [this](bool noLimit) {
        m_budget->setEnabled(!noLimit);
        commit();
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
    showHint({});
}

std::optional<core::CampaignId> CampaignForm::campaignId() const {
    if (!m_campaign)
        return std::nullopt;
    return m_campaign->id;
}

QString CampaignForm::hint() const {
    return m_hint->text();
}

void CampaignForm::load() {
    if (!m_campaign || workspace() == nullptr)
        return;
    auto stored = workspace()->campaign(m_campaign->id);
    if (!stored) {
        showHint(toQString(stored.error().message));
        return;
    }
    m_campaign = std::move(*stored);
    showCampaign(*m_campaign);
    showHint({});
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
    m_budget->setSuffix(campaign.currency.empty() ? QString()
                                                  : u' ' + toQString(campaign.currency));
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
    campaign.weeks = m_weeks->value();
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

void CampaignForm::check() {
    if (m_loading || !m_campaign)
        return;
    const auto valid = core::validate(edited());
    showHint(valid ? QString() : toQString(valid.error().message));
}

void CampaignForm::commit() {
    if (m_loading || !m_campaign)
        return;
    const auto campaign = edited();
    if (campaign == *m_campaign) {
        showHint({});
        return;
    }
    if (auto valid = core::validate(campaign); !valid) {
        showHint(toQString(valid.error().message));
        return;
    }
    // On success the notifier reloads the form from the workspace.
    if (auto saved = commands::editCampaign(campaign); !saved)
        showHint(tr("Not saved: %1").arg(toQString(saved.error().message)));
}

void CampaignForm::showHint(const QString &reason) {
    m_hint->setText(reason);
}

} // namespace castnet::ui
