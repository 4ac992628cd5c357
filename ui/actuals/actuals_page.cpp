// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actuals/actuals_page.h"

#include <algorithm>
#include <set>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/actuals/actuals_table_model.h"
#include "ui/commands/commands.h"
#include "ui/common/string_conversion.h"
#include "ui/editor/field_label.h"

namespace castnet::ui {

ActualsPage::ActualsPage(QWidget *parent)
    : QWidget(parent) {
    m_activity = new QComboBox(this);
    m_activity->setObjectName(QStringLiteral("actualsActivity"));
    m_activity->setAccessibleName(tr("Activity"));
    m_activity->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_clearWeeks = new QPushButton(tr("C&lear Weeks"), this);
    m_clearWeeks->setObjectName(QStringLiteral("clearWeeks"));
    m_clearWeeks->setToolTip(tr("The selected weeks read as not run again"));
    m_model = new ActualsTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("actualsTable"));
    m_table->setAccessibleName(tr("What the chosen activity did, week by week"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("actualsRefusal"));
    m_refusal->setWordWrap(true);

    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Activity:"), this);
    label->setBuddy(m_activity);
    top->addWidget(label);
    top->addWidget(m_activity);
    top->addStretch(1);
    top->addWidget(m_clearWeeks);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_refusal);

    connect(m_activity, &QComboBox::currentIndexChanged, this, [this] { reshow(); });
    connect(m_clearWeeks, &QPushButton::clicked, this, &ActualsPage::clearSelectedWeeks);
    connect(m_model, &ActualsTableModel::refused, m_refusal, &QLabel::setText);
    connect(m_model, &ActualsTableModel::accepted, m_refusal, &QLabel::clear);
    setEnabled(false);
}

ActualsPage::~ActualsPage() = default;

void ActualsPage::showCampaign(const core::Campaign &campaign,
                               const std::vector<core::Activity> &activities,
                               const std::vector<core::Actual> &actuals,
                               std::optional<core::ActivityId> preferred) {
    const QVariant before = m_activity->currentData();
    const bool sameCampaign = m_campaign && m_campaign->id == campaign.id;
    m_campaign = campaign;
    m_activities = activities;
    m_actuals = actuals;
    {
        const QSignalBlocker blocker(m_activity);
        m_activity->clear();
        for (const core::Activity &activity : activities) {
            m_activity->addItem(toQString(activity.channel) + QStringLiteral(" · ") +
                                    toQString(activity.title),
                                QVariant::fromValue(activity.id.value()));
        }
        int index = before.isValid() && sameCampaign ? m_activity->findData(before) : -1;
        if (index < 0 && preferred)
            index = m_activity->findData(QVariant::fromValue(preferred->value()));
        m_activity->setCurrentIndex(index < 0 && !activities.empty() ? 0 : index);
    }
    setEnabled(true);
    reshow();
}

void ActualsPage::clear() {
    m_campaign.reset();
    m_activities.clear();
    m_actuals.clear();
    const QSignalBlocker blocker(m_activity);
    m_activity->clear();
    m_model->clear();
    m_refusal->clear();
    setEnabled(false);
}

void ActualsPage::chooseActivity(core::ActivityId activity) {
    const int index = m_activity->findData(QVariant::fromValue(activity.value()));
    if (index >= 0)
        m_activity->setCurrentIndex(index);
}

QString ActualsPage::refusal() const {
    return m_refusal->text();
}

void ActualsPage::reshow() {
    if (!m_campaign)
        return;
    std::optional<core::Activity> chosen;
    const QVariant id = m_activity->currentData();
    for (const core::Activity &activity : m_activities) {
        if (id.isValid() && activity.id.value() == id.toLongLong())
            chosen = activity;
    }
    // Keep the cell at hand across the reload an edit causes.
    const QModelIndex current = m_table->currentIndex();
    m_model->show(*m_campaign, chosen, m_actuals);
    if (current.isValid() && current.row() < m_model->rowCount())
        m_table->setCurrentIndex(m_model->index(current.row(), current.column()));
    m_clearWeeks->setEnabled(chosen.has_value());
}

void ActualsPage::clearSelectedWeeks() {
    const auto activity = m_model->activityId();
    if (!m_campaign || !activity)
        return;
    std::set<int> weeks;
    for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes())
        weeks.insert(index.row() + 1);
    if (weeks.empty() && m_table->currentIndex().isValid())
        weeks.insert(m_table->currentIndex().row() + 1);
    const std::vector<int> chosen(weeks.begin(), weeks.end());
    if (auto cleared = commands::clearActuals(m_campaign->id, *activity, chosen); !cleared)
        m_refusal->setText(readableMessage(cleared.error()));
}

} // namespace castnet::ui
