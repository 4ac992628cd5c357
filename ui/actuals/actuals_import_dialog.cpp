// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actuals/actuals_import_dialog.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/actuals/actuals_csv.h"
#include "ui/charts/figure_format.h"
#include "ui/commands/commands.h"
#include "ui/common/string_conversion.h"

namespace castnet::ui {

namespace {

enum Column {
    ActivityColumn,
    WeekColumn,
    HoursColumn,
    SetupColumn,
    CostColumn,
    ResultColumn,
    NoteColumn,
    WhatColumn,
    ColumnCount
};

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft) {
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    return item;
}

} // namespace

ActualsImportDialog::ActualsImportDialog(const core::Campaign &campaign,
                                         std::vector<core::Activity> activities,
                                         const std::vector<core::Actual> &recorded,
                                         const std::string &csv, const QString &fileName,
                                         QWidget *parent)
    : QDialog(parent)
    , m_campaign(campaign)
    , m_activities(std::move(activities)) {
    setObjectName(QStringLiteral("actualsImportDialog"));
    setWindowTitle(tr("Import Actuals — %1").arg(fileName));
    resize(820, 480);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setColumnCount(ColumnCount);
    m_preview->setHorizontalHeaderLabels({tr("Activity"), tr("Week"), tr("Hours"),
                                          tr("Setup hours"), tr("Cost"), tr("Result"), tr("Note"),
                                          tr("Week is")});
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setSectionResizeMode(ActivityColumn, QHeaderView::Stretch);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &ActualsImportDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);

    // The same reader as `castnet actuals import`: all or nothing.
    auto read = core::readActualsCsv(csv, m_campaign, m_activities);
    if (read)
        m_actuals = std::move(*read);
    else
        m_error = toQString(read.error().message);
    fillPreview(recorded);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(readable() && !m_actuals.empty());
    m_summary->setText(summary());
}

ActualsImportDialog::~ActualsImportDialog() = default;

QString ActualsImportDialog::summary() const {
    if (!readable())
        return tr("The file cannot be imported, and nothing was changed: %1").arg(m_error);
    if (m_actuals.empty())
        return tr("The file holds no actuals.");
    return tr("%n activity-week(s) to import into \"%1\": ", nullptr,
              static_cast<int>(m_actuals.size()))
               .arg(toQString(m_campaign.name)) +
           tr("%n added, ", nullptr, m_added) + tr("%n replaced.", nullptr, m_replaced);
}

void ActualsImportDialog::fillPreview(const std::vector<core::Actual> &recorded) {
    m_preview->setRowCount(static_cast<int>(m_actuals.size()));
    const QString currency = toQString(m_campaign.currency);
    for (int row = 0; row < static_cast<int>(m_actuals.size()); ++row) {
        const core::Actual &actual = m_actuals[static_cast<std::size_t>(row)];
        const auto activity =
            std::find_if(m_activities.begin(), m_activities.end(),
                         [&](const core::Activity &a) { return a.id == actual.activityId; });
        const bool replaces = std::any_of(recorded.begin(), recorded.end(), [&](const auto &r) {
            return r.activityId == actual.activityId && r.week == actual.week;
        });
        (replaces ? m_replaced : m_added) += 1;
        const QString title =
            activity == m_activities.end()
                ? QString::number(actual.activityId.value())
                : toQString(activity->channel) + QStringLiteral(" · ") + toQString(activity->title);
        m_preview->setItem(row, ActivityColumn, cell(title));
        m_preview->setItem(row, WeekColumn, cell(QString::number(actual.week), Qt::AlignRight));
        m_preview->setItem(row, HoursColumn,
                           cell(charts::formatNumber(actual.hours), Qt::AlignRight));
        m_preview->setItem(row, SetupColumn,
                           cell(charts::formatNumber(actual.setupHours), Qt::AlignRight));
        m_preview->setItem(
            row, CostColumn,
            cell(charts::formatMoney(actual.cost.units(), currency), Qt::AlignRight));
        m_preview->setItem(
            row, ResultColumn,
            cell(actual.result ? charts::formatNumber(*actual.result) : tr("not measured"),
                 Qt::AlignRight));
        m_preview->setItem(row, NoteColumn, cell(toQString(actual.note)));
        m_preview->setItem(row, WhatColumn, cell(replaces ? tr("replaced") : tr("added")));
        if (replaces) {
            for (int column = 0; column < ColumnCount; ++column)
                m_preview->item(row, column)->setBackground(palette().alternateBase());
        }
    }
    m_preview->resizeColumnsToContents();
    m_preview->setEnabled(readable());
}

void ActualsImportDialog::apply() {
    auto stored = commands::importActuals(m_campaign.id, m_actuals);
    if (!stored) {
        m_error = toQString(stored.error().message);
        m_summary->setText(summary());
        m_buttons->button(QDialogButtonBox::Apply)->setEnabled(false);
        return;
    }
    m_stored = *stored;
    accept();
}

} // namespace castnet::ui
