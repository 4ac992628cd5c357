// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace castnet::ui {

// Sorts the activity table by the raw value of a column (numbers as numbers)
// and keeps the rows whose title or channel contains the filter text, case
// ignored. Without a sort column the stored order shows.
class ActivityFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityFilterModel)

public:
    explicit ActivityFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filterText;
};

} // namespace castnet::ui
