// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/activity_filter_model.h"

#include "ui/editor/activity_table_model.h"

namespace castnet::ui {

ActivityFilterModel::ActivityFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(ActivityTableModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ActivityFilterModel::setFilterText(const QString &text) {
    const auto trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    invalidateFilter();
}

bool ActivityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (m_filterText.isEmpty())
        return true;
    const auto *source = sourceModel();
    for (const auto field : {ActivityTableModel::Title, ActivityTableModel::Channel}) {
        const auto column = ActivityTableModel::columnOf(field);
        const auto text = source->index(sourceRow, column, sourceParent).data(Qt::EditRole);
        if (text.toString().contains(m_filterText, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace castnet::ui
