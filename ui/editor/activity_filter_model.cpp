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

void ActivityFilterModel::setFieldFilter(core::ActivityField field, const QString &value) {
    const auto found = m_fieldFilters.find(field);
    const QString current = found == m_fieldFilters.end() ? QString() : found->second;
    if (current == value)
        return;
    if (value.isEmpty())
        m_fieldFilters.erase(field);
    else
        m_fieldFilters[field] = value;
    invalidateFilter();
}

bool ActivityFilterModel::filtering() const {
    return !m_filterText.isEmpty() || !m_fieldFilters.empty();
}

bool ActivityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const auto *source = sourceModel();
    const auto cell = [&](core::ActivityField field, int role) {
        return source->index(sourceRow, ActivityTableModel::columnOf(field), sourceParent)
            .data(role)
            .toString();
    };
    for (const auto &[field, value] : m_fieldFilters) {
        if (cell(field, ActivityTableModel::RawValueRole) != value)
            return false;
    }
    if (m_filterText.isEmpty())
        return true;
    for (const auto field : {ActivityTableModel::Title, ActivityTableModel::Channel}) {
        if (cell(field, Qt::EditRole).contains(m_filterText, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace castnet::ui
