// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenarios/comparison_view.h"

#include <algorithm>

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/charts/scenario_chart.h"
#include "ui/commands/commands.h"
#include "ui/common/string_conversion.h"
#include "ui/scenarios/comparison_table_model.h"
#include "ui/scenarios/scenario_hours_model.h"

namespace castnet::ui {

namespace {

const QString planName = QString::fromLatin1(core::Scenario::planName);

QPushButton *makeButton(const QString &text, QWidget *parent) {
    auto *button = new QPushButton(text, parent);
    button->setAccessibleName(QString(text).remove(u'&').remove(QStringLiteral("…")));
    return button;
}

core::Result<void> withoutValue(const core::Result<core::ScenarioId> &result) {
    if (!result)
        return tl::unexpected(result.error());
    return {};
}

} // namespace

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
    , m_comparisonModel(new ComparisonTableModel(this))
    , m_hoursModel(new ScenarioHoursModel(this)) {
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("scenarioList"));
    m_list->setAccessibleName(tr("Scenarios to compare"));
    m_list->setToolTip(tr("Tick 2 to 4 scenarios to compare them side by side."));

    auto *create = makeButton(tr("&New"), this);
    m_duplicate = makeButton(tr("D&uplicate"), this);
    m_rename = makeButton(tr("Re&name…"), this);
    m_remove = makeButton(tr("&Delete"), this);
    auto *optimize = makeButton(tr("&Optimize…"), this);
    connect(create, &QPushButton::clicked, this, &ComparisonView::createScenario);
    connect(m_duplicate, &QPushButton::clicked, this, &ComparisonView::duplicateCurrent);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const auto name = QInputDialog::getText(this, tr("Rename Scenario"), tr("Name:"),
                                                QLineEdit::Normal, m_current, &ok);
        if (ok)
            renameCurrent(name);
    });
    connect(m_remove, &QPushButton::clicked, this, &ComparisonView::removeCurrent);
    connect(optimize, &QPushButton::clicked, this, &ComparisonView::optimizeRequested);

    auto *buttons = new QGridLayout;
    buttons->addWidget(create, 0, 0);
    buttons->addWidget(m_duplicate, 0, 1);
    buttons->addWidget(m_rename, 1, 0);
    buttons->addWidget(m_remove, 1, 1);
    buttons->addWidget(optimize, 2, 0, 1, 2);

    m_hoursTable = new QTableView(this);
    m_hoursTable->setObjectName(QStringLiteral("scenarioHoursTable"));
    m_hoursTable->setAccessibleName(tr("Scenario hours per activity"));
    m_hoursTable->setModel(m_hoursModel);
    m_hoursTable->verticalHeader()->hide();
    // "Channel: title" in full; a narrow window scrolls the table instead.
    m_hoursTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_hoursTable->horizontalHeader()->setStretchLastSection(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Scenarios"), left));
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(buttons);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setAccessibleName(tr("Scenario comparison"));
    m_table->setModel(m_comparisonModel);
    // Each scenario as wide as its figures and name, the last taking what is
    // left: stretched columns cut "12,265 engagements" in a narrow window,
    // where the table scrolls instead.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("compareMessage"));
    m_message->setWordWrap(true);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_table);
    m_chart = new charts::ScenarioChart(right);
    m_chart->setObjectName(QStringLiteral("scenarioChart"));
    m_chart->setMinimumHeight(220);
    right->addWidget(m_chart);
    right->addWidget(m_hoursTable);
    right->setSizes({240, 300, 160});
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);

    auto *columns = new QHBoxLayout;
    columns->addWidget(left);
    columns->addWidget(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);

    connect(m_list, &QListWidget::itemChanged, this, &ComparisonView::onItemChanged);
    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (m_rebuilding || name.isEmpty())
            return;
        m_current = name;
        showHours();
    });
    connect(m_hoursModel, &ScenarioHoursModel::editRefused, m_message, &QLabel::setText);
}

void ComparisonView::showCampaign(const core::Campaign &campaign,
                                  const std::vector<core::Activity> &activities,
                                  const std::vector<core::Scenario> &scenarios) {
    if (!m_loaded || campaign.id != m_campaign.id) {
        // Another campaign: start from the plan and its first stored scenarios.
        m_chosen = {planName};
        for (std::size_t i = 0; i < scenarios.size() && m_chosen.size() < 3; ++i)
            m_chosen.append(toQString(scenarios[i].name));
        m_current = planName;
    }
    m_loaded = true;
    m_campaign = campaign;
    m_activities = activities;
    m_scenarios = scenarios;
    // Names that no longer exist (deleted, renamed) drop out of the choice.
    m_chosen.removeIf([this](const QString &name) {
        return name != planName &&
               std::none_of(m_scenarios.begin(), m_scenarios.end(),
                            [&](const core::Scenario &s) { return toQString(s.name) == name; });
    });
    if (m_current != planName && !currentScenario())
        m_current = planName;
    rebuildList();
    recompare();
    showHours();
}

void ComparisonView::clear() {
    // Forgets the campaign and the choice: the next workspace may number its
    // campaigns the same, and its scenarios are not these.
    m_loaded = false;
    m_campaign = {};
    m_chosen = {planName};
    m_current = planName;
    m_scenarios.clear();
    m_activities.clear();
    m_comparison.reset();
    m_rebuilding = true;
    m_list->clear();
    m_rebuilding = false;
    m_comparisonModel->clear();
    m_chart->clear();
    m_hoursModel->clear();
    m_message->clear();
}

QStringList ComparisonView::chosen() const {
    return m_chosen;
}

void ComparisonView::rebuildList() {
    m_rebuilding = true;
    m_list->clear();
    QStringList names{planName};
    for (const auto &scenario : m_scenarios)
        names.append(toQString(scenario.name));
    for (const auto &name : names) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_chosen.contains(name) ? Qt::Checked : Qt::Unchecked);
        if (name == m_current)
            m_list->setCurrentItem(item);
    }
    m_rebuilding = false;
}

void ComparisonView::onItemChanged(QListWidgetItem *item) {
    if (m_rebuilding)
        return;
    const auto name = item->text();
    const bool checked = item->checkState() == Qt::Checked;
    if (checked && !m_chosen.contains(name)) {
        if (m_chosen.size() >= static_cast<qsizetype>(core::maxComparedScenarios)) {
            m_message->setText(tr("At most %1 scenarios can be compared at once.")
                                   .arg(core::maxComparedScenarios));
            m_rebuilding = true;
            item->setCheckState(Qt::Unchecked);
            m_rebuilding = false;
            return;
        }
        m_chosen.append(name);
    } else if (!checked) {
        m_chosen.removeAll(name);
    }
    recompare();
}

void ComparisonView::recompare() {
    m_comparison.reset();
    if (!m_loaded || m_chosen.size() < static_cast<qsizetype>(core::minComparedScenarios)) {
        m_comparisonModel->clear();
        m_chart->clear();
        m_message->setText(tr("Tick 2 to 4 scenarios to compare them."));
        return;
    }
    std::vector<core::Scenario> compared;
    for (const auto &name : m_chosen) {
        if (name == planName) {
            compared.push_back(core::planScenario(m_campaign.id));
            continue;
        }
        const auto found =
            std::find_if(m_scenarios.begin(), m_scenarios.end(),
                         [&](const core::Scenario &s) { return toQString(s.name) == name; });
        if (found != m_scenarios.end())
            compared.push_back(*found);
    }
    auto comparison = core::compare(m_campaign, m_activities, compared);
    if (!comparison) {
        m_comparisonModel->clear();
        m_chart->clear();
        m_message->setText(toQString(comparison.error().message));
        return;
    }
    m_comparison = std::move(*comparison);
    m_comparisonModel->setComparison(*m_comparison, toQString(m_campaign.currency),
                                     toQString(m_campaign.returnUnit));
    m_chart->setComparison(*m_comparison,
                           {toQString(m_campaign.returnUnit), toQString(m_campaign.currency)});
    m_message->clear();
}

void ComparisonView::showHours() {
    const auto scenario = currentScenario();
    const bool stored = scenario.has_value();
    m_duplicate->setEnabled(stored);
    m_rename->setEnabled(stored);
    m_remove->setEnabled(stored);
    if (m_loaded)
        m_hoursModel->setScenario(m_campaign, m_activities, scenario);
    else
        m_hoursModel->clear();
}

std::optional<core::Scenario> ComparisonView::currentScenario() const {
    const auto found =
        std::find_if(m_scenarios.begin(), m_scenarios.end(),
                     [this](const core::Scenario &s) { return toQString(s.name) == m_current; });
    if (found == m_scenarios.end())
        return std::nullopt;
    return *found;
}

QString ComparisonView::uniqueName(const QString &base) const {
    const auto taken = [this](const QString &name) {
        return name == planName ||
               std::any_of(m_scenarios.begin(), m_scenarios.end(),
                           [&](const core::Scenario &s) { return toQString(s.name) == name; });
    };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const auto name = QStringLiteral("%1 %2").arg(base).arg(n);
        if (!taken(name))
            return name;
    }
}

bool ComparisonView::report(const core::Result<void> &result) {
    if (result)
        m_message->clear();
    else
        m_message->setText(toQString(result.error().message));
    return result.has_value();
}

bool ComparisonView::createScenario() {
    if (!m_loaded)
        return false;
    const auto name = uniqueName(tr("Scenario"));
    const auto added = commands::addPlanScenario(m_campaign.id, toStdString(name));
    if (added) {
        m_current = name;
        if (m_chosen.size() < static_cast<qsizetype>(core::maxComparedScenarios))
            m_chosen.append(name);
    }
    return report(withoutValue(added));
}

bool ComparisonView::duplicateCurrent() {
    const auto scenario = currentScenario();
    if (!scenario)
        return false;
    const auto name = uniqueName(tr("%1 copy").arg(m_current));
    const auto added = commands::duplicateScenario(m_campaign.id, scenario->id, toStdString(name));
    if (added)
        m_current = name;
    return report(withoutValue(added));
}

bool ComparisonView::renameCurrent(const QString &name) {
    const auto scenario = currentScenario();
    if (!scenario)
        return false;
    const auto old = m_current;
    const auto renamed =
        commands::renameScenario(m_campaign.id, scenario->id, toStdString(name.trimmed()));
    if (renamed) {
        m_current = name.trimmed();
        m_chosen.replaceInStrings(
            QRegularExpression(QStringLiteral("^%1$").arg(QRegularExpression::escape(old))),
            m_current);
    }
    return report(renamed);
}

bool ComparisonView::removeCurrent() {
    const auto scenario = currentScenario();
    if (!scenario)
        return false;
    return report(commands::removeScenario(m_campaign.id, scenario->id));
}

} // namespace castnet::ui
