// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenarios/optimizer_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include "ui/charts/figure_format.h"
#include "ui/commands/commands.h"
#include "ui/common/string_conversion.h"

namespace castnet::ui {

namespace {

constexpr double maxHours = 10000.0;
constexpr double maxBudget = 1e9;
constexpr double maxReturn = 1e12;

QDoubleSpinBox *makeSpin(double max, int decimals, const QString &suffix, const QString &name,
                         QWidget *parent) {
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(0.0, max);
    spin->setDecimals(decimals);
    spin->setSuffix(suffix);
    spin->setAccessibleName(name);
    return spin;
}

QString bindingText(core::Binding binding) {
    const auto name = core::bindingName(binding);
    return name ? toQString(*name).replace(u'_', u' ') : QStringLiteral("—");
}

} // namespace

OptimizerDialog::OptimizerDialog(core::Campaign campaign, std::vector<core::Activity> activities,
                                 QWidget *parent)
    : QDialog(parent)
    , m_campaign(std::move(campaign))
    , m_activities(std::move(activities)) {
    setWindowTitle(tr("Optimize Channel Mix"));
    setObjectName(QStringLiteral("optimizerDialog"));

    m_capacity = makeSpin(maxHours, 2, tr(" h/week"), tr("Capacity hours per week"), this);
    m_capacity->setValue(m_campaign.capacityHoursPerWeek);
    m_budget = makeSpin(maxBudget, 2, QStringLiteral(" ") + toQString(m_campaign.currency),
                        tr("Budget per week"), this);
    m_budget->setValue(m_campaign.budgetPerWeek ? m_campaign.budgetPerWeek->units() : 0.0);
    m_noBudget = new QCheckBox(tr("No limit"), this);
    m_noBudget->setAccessibleName(tr("No budget limit"));
    m_noBudget->setChecked(!m_campaign.budgetPerWeek);
    m_budget->setEnabled(m_campaign.budgetPerWeek.has_value());
    connect(m_noBudget, &QCheckBox::toggled, m_budget, &QWidget::setDisabled);
    auto *budgetRow = new QHBoxLayout;
    budgetRow->addWidget(m_budget, 1);
    budgetRow->addWidget(m_noBudget);
    m_networkingShare = makeSpin(100.0, 0, tr(" %"), tr("Minimum networking share of hours"), this);
    m_mediaShare = makeSpin(100.0, 0, tr(" %"), tr("Minimum media share of hours"), this);

    m_locks = new QListWidget(this);
    m_locks->setAccessibleName(tr("Activities held at their plan"));
    for (const auto &activity : m_activities) {
        auto *item = new QListWidgetItem(toQString(activity.channel) + QStringLiteral(": ") +
                                             toQString(activity.title),
                                         m_locks);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, QVariant::fromValue<qint64>(activity.id.value()));
    }

    m_seekTarget = new QCheckBox(tr("&What would it take to reach"), this);
    m_seekTarget->setAccessibleName(tr("What would it take to reach a return"));
    m_target = makeSpin(maxReturn, 1, QStringLiteral(" ") + toQString(m_campaign.returnUnit),
                        tr("Return to reach over the campaign"), this);
    m_target->setEnabled(false);
    connect(m_seekTarget, &QCheckBox::toggled, m_target, &QWidget::setEnabled);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_seekTarget);
    targetRow->addWidget(m_target, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Capacity:"), m_capacity);
    // A row given as a layout gets no buddy from QFormLayout: without one
    // the label would show its "&".
    auto *budgetLabel = new QLabel(tr("&Budget:"), this);
    budgetLabel->setBuddy(m_budget);
    form->addRow(budgetLabel, budgetRow);
    form->addRow(tr("Minimum &networking share:"), m_networkingShare);
    form->addRow(tr("Minimum &media share:"), m_mediaShare);
    form->addRow(tr("&Locked at plan:"), m_locks);
    form->addRow(targetRow);

    m_result = new QTableWidget(0, 4, this);
    m_result->setObjectName(QStringLiteral("proposalTable"));
    m_result->setAccessibleName(tr("Proposed hours per activity"));
    m_result->setHorizontalHeaderLabels(
        {tr("Activity"), tr("Planned"), tr("Proposed"), tr("Binding")});
    m_result->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_result->verticalHeader()->hide();
    m_result->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_summary = new QLabel(tr("Press Preview to compute the best mix."), this);
    m_summary->setObjectName(QStringLiteral("proposalSummary"));
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_previewButton = buttons->addButton(tr("&Preview"), QDialogButtonBox::ActionRole);
    m_previewButton->setAccessibleName(tr("Preview"));
    m_saveButton = buttons->addButton(tr("&Save as Scenario…"), QDialogButtonBox::ActionRole);
    m_saveButton->setAccessibleName(tr("Save as scenario"));
    m_saveButton->setEnabled(false);
    connect(m_previewButton, &QPushButton::clicked, this, &OptimizerDialog::preview);
    connect(m_saveButton, &QPushButton::clicked, this, &OptimizerDialog::askNameAndSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(640, 560);
}

OptimizerDialog::~OptimizerDialog() {
    // The worker only touches the copies it captured; wait so that it ends
    // before the process may.
    if (m_thread != nullptr) {
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
}

core::Campaign OptimizerDialog::effectiveCampaign() const {
    auto campaign = m_campaign;
    if (m_noBudget->isChecked())
        campaign.budgetPerWeek.reset();
    return campaign;
}

core::OptimizeRequest OptimizerDialog::request() const {
    core::OptimizeRequest request;
    request.hours = m_capacity->value();
    if (!m_noBudget->isChecked())
        request.budget = m_budget->value();
    if (m_networkingShare->value() > 0.0)
        request.minShares[core::Track::Networking] = m_networkingShare->value() / 100.0;
    if (m_mediaShare->value() > 0.0)
        request.minShares[core::Track::Media] = m_mediaShare->value() / 100.0;
    for (int row = 0; row < m_locks->count(); ++row) {
        const auto *item = m_locks->item(row);
        if (item->checkState() == Qt::Checked)
            request.locks.push_back(core::ActivityId(item->data(Qt::UserRole).value<qint64>()));
    }
    if (m_seekTarget->isChecked())
        request.targetReturn = m_target->value();
    return request;
}

void OptimizerDialog::preview() {
    if (m_thread != nullptr)
        return;
    auto result = std::make_shared<std::optional<core::Result<core::Optimization>>>();
    m_thread =
        QThread::create([result, campaign = effectiveCampaign(), activities = m_activities,
                         req = request()] { *result = core::optimize(campaign, activities, req); });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_previewButton->setEnabled(true);
        showResult(**result);
        emit previewFinished();
    });
    m_previewButton->setEnabled(false);
    m_saveButton->setEnabled(false);
    m_summary->setText(tr("Computing the best mix…"));
    m_thread->start();
}

void OptimizerDialog::showResult(const core::Result<core::Optimization> &result) {
    m_result->setRowCount(0);
    if (!result) {
        m_proposal.reset();
        m_summary->setText(tr("No proposal: %1").arg(toQString(result.error().message)));
        return;
    }
    m_proposal = *result;
    m_result->setRowCount(static_cast<int>(result->allocation.size()));
    for (const auto &allocation : result->allocation) {
        const auto row = static_cast<int>(allocation.index);
        const auto &activity = m_activities.at(allocation.index);
        m_result->setItem(row, 0, new QTableWidgetItem(toQString(activity.title)));
        m_result->setItem(
            row, 1, new QTableWidgetItem(charts::formatHoursPerWeek(allocation.plannedHours)));
        m_result->setItem(row, 2,
                          new QTableWidgetItem(charts::formatHoursPerWeek(allocation.hours)));
        m_result->setItem(row, 3, new QTableWidgetItem(bindingText(allocation.binding)));
    }
    const auto unit = toQString(m_campaign.returnUnit);
    const auto gain = result->totalReturn - result->plannedReturn;
    QString summary =
        tr("Total return %1, %2%3 over the plan; %4 of %5 used.")
            .arg(charts::formatAmount(result->totalReturn, unit),
                 gain >= 0 ? QStringLiteral("+") : QString(), charts::formatAmount(gain, unit),
                 charts::formatHoursPerWeek(result->usedHours),
                 charts::formatHoursPerWeek(result->hours));
    if (result->targetReturn) {
        summary +=
            QLatin1Char(' ') +
            tr("Reaching %1 takes %2 of recurring effort over the campaign, the fewest hours "
               "that do.")
                .arg(charts::formatAmount(*result->targetReturn, unit),
                     charts::formatHours(result->recurringHours));
    }
    m_summary->setText(summary);
    m_saveButton->setEnabled(true);
}

QString OptimizerDialog::failure() const {
    return m_proposal ? QString() : m_summary->text();
}

core::Result<core::ScenarioId> OptimizerDialog::saveAsScenario(const QString &name) {
    if (!m_proposal)
        return core::fail("Preview a proposal before saving it.", "scenario");
    return commands::addScenario(
        core::proposalScenario(*m_proposal, m_campaign.id, toStdString(name.trimmed())));
}

void OptimizerDialog::askNameAndSave() {
    bool ok = false;
    const auto name = QInputDialog::getText(this, tr("Save as Scenario"), tr("Name:"),
                                            QLineEdit::Normal, tr("Best mix"), &ok);
    if (!ok)
        return;
    if (auto saved = saveAsScenario(name); !saved) {
        m_summary->setText(toQString(saved.error().message));
        return;
    }
    accept();
}

} // namespace castnet::ui
