// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actuals/actuals_table_model.h"

#include "ui/charts/figure_format.h"
#include "ui/commands/commands.h"
#include "ui/common/string_conversion.h"
#include "ui/editor/field_label.h"
#include "ui/editor/typed_number.h"

namespace castnet::ui {

namespace {

// The bounds of DESIGN §12: every figure is at least 0; hours within a
// week, money and results within what a field holds.
NumberBounds boundsOf(int column) {
    switch (column) {
    case ActualsTableModel::HoursColumn:
    case ActualsTableModel::SetupColumn:
        return {0.0, 1e6};
    case ActualsTableModel::CostColumn:
        return {0.0, static_cast<double>(core::Cents::maxUnits), false, false, false, 2};
    default:
        return {0.0, 1e12};
    }
}

} // namespace

ActualsTableModel::ActualsTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

ActualsTableModel::~ActualsTableModel() = default;

void ActualsTableModel::show(const core::Campaign &campaign, std::optional<core::Activity> activity,
                             const std::vector<core::Actual> &actuals) {
    beginResetModel();
    m_campaign = campaign;
    m_activity = std::move(activity);
    m_weeks.assign(m_activity ? static_cast<std::size_t>(campaign.weeks) : 0, std::nullopt);
    if (m_activity) {
        for (const core::Actual &actual : actuals) {
            if (actual.activityId == m_activity->id && actual.week >= 1 &&
                actual.week <= campaign.weeks)
                m_weeks[static_cast<std::size_t>(actual.week - 1)] = actual;
        }
    }
    endResetModel();
}

void ActualsTableModel::clear() {
    beginResetModel();
    m_campaign.reset();
    m_activity.reset();
    m_weeks.clear();
    endResetModel();
}

std::optional<core::ActivityId> ActualsTableModel::activityId() const {
    return m_activity ? std::optional(m_activity->id) : std::nullopt;
}

std::optional<core::Actual> ActualsTableModel::actualAt(int row) const {
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    return m_weeks[static_cast<std::size_t>(row)];
}

int ActualsTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_weeks.size());
}

int ActualsTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActualsTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || !m_campaign)
        return {};
    const auto &week = m_weeks[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    if (role == Qt::TextAlignmentRole) {
        const Qt::Alignment alignment = column == NoteColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                             : Qt::AlignRight | Qt::AlignVCenter;
        return static_cast<int>(alignment.toInt());
    }
    if (role == Qt::ToolTipRole && !week && column != WeekColumn)
        return tr("No actual recorded: the activity did not run this week.");
    if (column == WeekColumn) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return index.row() + 1;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (!week)
        return QString();
    const bool edit = role == Qt::EditRole;
    switch (column) {
    case HoursColumn:
        return edit ? writtenNumber(week->hours) : charts::formatNumber(week->hours);
    case SetupColumn:
        return edit ? writtenNumber(week->setupHours) : charts::formatNumber(week->setupHours);
    case CostColumn:
        return edit ? writtenNumber(week->cost.units())
                    : charts::formatMoney(week->cost.units(), toQString(m_campaign->currency));
    case ResultColumn:
        if (!week->result)
            return edit ? QString() : tr("not measured");
        return edit ? writtenNumber(*week->result) : charts::formatNumber(*week->result);
    case NoteColumn:
        return toQString(week->note);
    default:
        return {};
    }
}

QVariant ActualsTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WeekColumn:
        return tr("Week");
    case HoursColumn:
        return tr("Hours");
    case SetupColumn:
        return tr("Setup hours");
    case CostColumn:
        return m_campaign ? tr("Cost (%1)").arg(toQString(m_campaign->currency)) : tr("Cost");
    case ResultColumn:
        return m_campaign ? tr("Result (%1)").arg(toQString(m_campaign->returnUnit)) : tr("Result");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags ActualsTableModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    const auto base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.column() == WeekColumn ? base : base | Qt::ItemIsEditable;
}

bool ActualsTableModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole || !index.isValid() || !m_campaign || !m_activity ||
        index.column() == WeekColumn)
        return false;
    const int week = index.row() + 1;
    core::Actual actual = m_weeks[static_cast<std::size_t>(index.row())].value_or(
        core::Actual{m_activity->id, week, 0.0, 0.0, core::Cents{}, std::nullopt, {}});
    const QString typed = value.toString().trimmed();
    const QString label = headerData(index.column(), Qt::Horizontal).toString();
    const int column = index.column();
    if (column == NoteColumn) {
        actual.note = toStdString(value.toString());
    } else if (column == ResultColumn && typed.isEmpty()) {
        actual.result.reset();
    } else {
        const QString text = typed.isEmpty() ? QStringLiteral("0") : typed;
        auto number = readTypedNumber(label, text, boundsOf(column));
        if (!number) {
            emit refused(toQString(number.error().message));
            return false;
        }
        if (column == HoursColumn) {
            actual.hours = *number;
        } else if (column == SetupColumn) {
            actual.setupHours = *number;
        } else if (column == ResultColumn) {
            actual.result = *number;
        } else {
            auto cents = core::Cents::parse(toStdString(writtenNumber(*number)), "cost");
            if (!cents) {
                emit refused(readableMessage(cents.error()));
                return false;
            }
            actual.cost = *cents;
        }
    }
    // The workspace's change comes back through the notifier and reloads the model.
    if (auto stored = commands::setActual(m_campaign->id, actual); !stored) {
        emit refused(readableMessage(stored.error()));
        return false;
    }
    emit accepted();
    return true;
}

} // namespace castnet::ui
