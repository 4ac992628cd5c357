// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>

#include <QSortFilterProxyModel>

#include "core/domain/activity_field.h"

namespace castnet::ui {

// Sorts the activity table by the raw value of a column (numbers as numbers)
// and keeps the rows whose title or channel contains the filter text, case
// ignored, and whose track, channel, format or goal is the one chosen, when
// one is. Without a sort column the stored order shows.
class ActivityFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityFilterModel)

public:
    explicit ActivityFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    // Keeps the rows whose `field` reads `value` (the word the CSV writes,
    // the effective track for Track); an empty value keeps every row.
    void setFieldFilter(core::ActivityField field, const QString &value);
    // Whether any filter is set, so that rows may be hidden.
    bool filtering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filterText;
    std::map<core::ActivityField, QString> m_fieldFilters;
};

} // namespace castnet::ui
