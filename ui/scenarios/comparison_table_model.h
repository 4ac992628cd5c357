// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QAbstractTableModel>
#include <QString>

#include "core/analysis/comparison.h"

namespace castnet::ui {

// The figures of 2–4 scenarios side by side (DESIGN §6): one column per
// scenario, one row per figure. Columns after the first show their
// difference to the first, tinted green where it is better and red where it
// is worse. Read-only; the view replaces the whole comparison on a change.
class ComparisonTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonTableModel)

public:
    enum Role {
        RawValueRole = Qt::UserRole, // the figure as a double (invalid when there is none)
        DifferenceRole,              // the difference to the first column, likewise
    };

    explicit ComparisonTableModel(QObject *parent = nullptr);

    void setComparison(const core::Comparison &comparison, const QString &currency,
                       const QString &returnUnit);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    enum class Unit { Hours, Money, Amount, PerHour };

    struct Row {
        QString label;
        Unit unit = Unit::Amount;
        bool higherIsBetter = true;
        std::vector<std::optional<double>> values;      // per column
        std::vector<std::optional<double>> differences; // per column
    };

    QString format(Unit unit, double value) const;
    QString cellText(const Row &row, int column) const;
    QVariant background(const Row &row, int column) const;

    std::vector<QString> m_columns;
    std::vector<Row> m_rows;
    QString m_currency;
    QString m_returnUnit;
};

} // namespace castnet::ui
