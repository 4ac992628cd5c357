// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenarios/comparison_table_model.h"

#include <cmath>
#include <functional>

#include <QColor>

#include "ui/charts/figure_format.h"
#include "ui/common/string_conversion.h"

namespace castnet::ui {

namespace {

using Figure = std::function<std::optional<double>(const core::MixFigures &)>;

std::optional<double> effort(const core::MixFigures &f) {
    return f.effort;
}
std::optional<double> cost(const core::MixFigures &f) {
    return f.cost;
}
std::optional<double> returns(const core::MixFigures &f) {
    return f.returns;
}
std::optional<double> perHour(const core::MixFigures &f) {
    return f.returnPerHour;
}

// Differences this small are rounding, not a change worth a colour.
constexpr double negligible = 1e-9;

QString trackLabel(core::Track track) {
    return track == core::Track::Media ? ComparisonTableModel::tr("Media")
                                       : ComparisonTableModel::tr("Networking");
}

} // namespace

ComparisonTableModel::ComparisonTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void ComparisonTableModel::setComparison(const core::Comparison &comparison,
                                         const QString &currency, const QString &returnUnit) {
    beginResetModel();
    m_currency = currency;
    m_returnUnit = returnUnit;
    m_columns.clear();
    m_rows.clear();
    for (const auto &column : comparison.columns)
        m_columns.push_back(toQString(column.name));

    using Select = std::function<const core::MixFigures &(const core::MixBreakdown &)>;
    const auto addRow = [&](QString label, Unit unit, bool higherIsBetter, const Select &select,
                            const Figure &figure) {
        Row row{std::move(label), unit, higherIsBetter, {}, {}};
        for (const auto &column : comparison.columns) {
            row.values.push_back(figure(select(column.figures)));
            row.differences.push_back(figure(select(column.difference)));
        }
        m_rows.push_back(std::move(row));
    };
    const Select total = [](const core::MixBreakdown &b) -> const core::MixFigures & {
        return b.total;
    };
    addRow(tr("Total effort"), Unit::Hours, false, total, effort);
    addRow(tr("Total cost"), Unit::Money, false, total, cost);
    addRow(tr("Total return"), Unit::Amount, true, total, returns);
    addRow(tr("Return per hour"), Unit::PerHour, true, total, perHour);
    for (const auto track : {core::Track::Media, core::Track::Networking}) {
        const Select select = [track](const core::MixBreakdown &b) -> const core::MixFigures & {
            return b.track(track);
        };
        addRow(tr("%1 effort").arg(trackLabel(track)), Unit::Hours, false, select, effort);
        addRow(tr("%1 return").arg(trackLabel(track)), Unit::Amount, true, select, returns);
    }
    if (!comparison.columns.empty()) {
        for (const auto &[channel, figures] : comparison.columns.front().figures.channels) {
            const Select select =
                [name = channel](const core::MixBreakdown &b) -> const core::MixFigures & {
                return b.channels.at(name);
            };
            addRow(tr("Return: %1").arg(toQString(channel)), Unit::Amount, true, select, returns);
        }
    }
    endResetModel();
}

void ComparisonTableModel::clear() {
    beginResetModel();
    m_columns.clear();
    m_rows.clear();
    endResetModel();
}

int ComparisonTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ComparisonTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QString ComparisonTableModel::format(Unit unit, double value) const {
    switch (unit) {
    case Unit::Hours:
        return charts::formatHours(value);
    case Unit::Money:
        return charts::formatMoney(value, m_currency);
    case Unit::Amount:
        return charts::formatAmount(value, m_returnUnit);
    case Unit::PerHour:
        return charts::formatPerHour(value, m_returnUnit);
    }
    return {};
}

QString ComparisonTableModel::cellText(const Row &row, int column) const {
    const auto &value = row.values.at(static_cast<std::size_t>(column));
    if (!value)
        return QStringLiteral("—");
    auto text = format(row.unit, *value);
    const auto &difference = row.differences.at(static_cast<std::size_t>(column));
    if (column > 0 && difference && std::abs(*difference) > negligible) {
        const auto sign = *difference > 0 ? QStringLiteral("+") : QString();
        // The value already names a long return unit; the difference beside
        // it stays a bare number so the column does not have to be wide.
        const bool longUnit = row.unit == Unit::Amount || row.unit == Unit::PerHour;
        const auto shown =
            longUnit ? charts::formatNumber(*difference) : format(row.unit, *difference);
        text += QStringLiteral("  (%1%2)").arg(sign, shown);
    }
    return text;
}

QVariant ComparisonTableModel::background(const Row &row, int column) const {
    const auto &difference = row.differences.at(static_cast<std::size_t>(column));
    if (column == 0 || !difference || std::abs(*difference) <= negligible)
        return {};
    const bool better = (*difference > 0) == row.higherIsBetter;
    return better ? QColor(0xd4, 0xf0, 0xd4) : QColor(0xf8, 0xd4, 0xd4);
}

QVariant ComparisonTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &row = m_rows.at(static_cast<std::size_t>(index.row()));
    const auto column = static_cast<std::size_t>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, index.column());
    case Qt::BackgroundRole:
        return background(row, index.column());
    case Qt::ForegroundRole:
        return background(row, index.column()).isValid() ? QVariant(QColor(Qt::black)) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case RawValueRole:
        return row.values.at(column) ? QVariant(*row.values.at(column)) : QVariant();
    case DifferenceRole:
        return row.differences.at(column) ? QVariant(*row.differences.at(column)) : QVariant();
    default:
        return {};
    }
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Horizontal && section < columnCount())
        return m_columns.at(static_cast<std::size_t>(section));
    if (orientation == Qt::Vertical && section < rowCount())
        return m_rows.at(static_cast<std::size_t>(section)).label;
    return {};
}

} // namespace castnet::ui
