// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tracks/tracks_list_model.h"

#include <algorithm>

#include <QDataStream>
#include <QGuiApplication>
#include <QIODevice>
#include <QMimeData>
#include <QPalette>

#include "ui/charts/figure_format.h"

namespace castnet::ui {

namespace {

bool isNumeric(int column) {
    return column == TracksListModel::Effort || column == TracksListModel::Return ||
           column == TracksListModel::Confidence;
}

bool sameActivities(const std::vector<TracksRow> &a, const std::vector<TracksRow> &b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const TracksRow &x, const TracksRow &y) { return x.id == y.id; });
}

} // namespace

QString TracksListModel::mimeType() {
    return QStringLiteral("application/x-castnet-activity-ids");
}

QList<core::ActivityId> TracksListModel::decodeIds(const QMimeData *data) {
    QList<core::ActivityId> ids;
    if (!data || !data->hasFormat(mimeType()))
        return ids;
    QDataStream stream(data->data(mimeType()));
    qint64 id = 0;
    while (!stream.atEnd()) {
        stream >> id;
        if (stream.status() != QDataStream::Ok)
            return {};
        ids.append(core::ActivityId(id));
    }
    return ids;
}

TracksListModel::TracksListModel(core::Track track, QObject *parent)
    : QAbstractTableModel(parent)
    , m_track(track) {}

TracksListModel::~TracksListModel() = default;

void TracksListModel::setRows(std::vector<TracksRow> rows, const QString &returnUnit) {
    const bool unitChanged = returnUnit != m_returnUnit;
    m_returnUnit = returnUnit;
    if (sameActivities(rows, m_rows)) {
        m_rows = std::move(rows);
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        if (unitChanged)
            emit headerDataChanged(Qt::Horizontal, Return, Return);
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_rowOf.clear();
    m_rowOf.reserve(static_cast<qsizetype>(m_rows.size()));
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows[i].id, static_cast<int>(i));
    endResetModel();
    if (unitChanged)
        emit headerDataChanged(Qt::Horizontal, Return, Return);
}

void TracksListModel::clear() {
    setRows({}, m_returnUnit);
}

int TracksListModel::rowOf(core::ActivityId id) const {
    return m_rowOf.value(id, -1);
}

int TracksListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TracksListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TracksListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TracksRow &row = rowAt(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case RawValueRole:
        return rawValue(row, column);
    case ActivityIdRole:
        return QVariant::fromValue<qint64>(row.id.value());
    case Qt::ToolTipRole:
        return row.toolTip;
    case Qt::TextAlignmentRole:
        if (isNumeric(column))
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ForegroundRole:
        if (column == Channel || (column == Confidence && row.computedTrack != m_track))
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    default:
        return {};
    }
}

QVariant TracksListModel::displayValue(const TracksRow &row, Column column) const {
    switch (column) {
    case Title:
        return row.title;
    case Channel:
        return row.channel;
    case Effort:
        return charts::formatHours(row.effort);
    case Return:
        return charts::formatNumber(row.totalReturn);
    case Confidence:
        return charts::formatShare(row.confidence);
    case Override:
        return row.overridden ? tr("overridden") : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TracksListModel::rawValue(const TracksRow &row, Column column) const {
    switch (column) {
    case Title:
        return row.title;
    case Channel:
        return row.channel;
    case Effort:
        return row.effort;
    case Return:
        return row.totalReturn;
    case Confidence:
        return row.confidence;
    case Override:
        return row.overridden;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TracksListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(section)) {
        case Title:
            return tr("Activity");
        case Channel:
            return tr("Channel");
        case Effort:
            return tr("Effort");
        case Return:
            return tr("Return");
        case Confidence:
            return tr("Confidence");
        case Override:
            return tr("Override");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case Effort:
            return tr("The team's hours over the whole campaign, setup included");
        case Return:
            return m_returnUnit.isEmpty()
                       ? tr("Expected return over the whole campaign")
                       : tr("Expected return over the whole campaign, in %1").arg(m_returnUnit);
        case Confidence:
            return tr("How clearly the article's four points place the activity on its "
                      "computed track; greyed when it was moved here by hand");
        case Override:
            return tr("Moved to this track by hand; the computed track stays in the tooltip");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && isNumeric(section))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

Qt::ItemFlags TracksListModel::flags(const QModelIndex &index) const {
    // Drops land anywhere in the column, on a row or between rows.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled |
           Qt::ItemIsDropEnabled | Qt::ItemNeverHasChildren;
}

QStringList TracksListModel::mimeTypes() const {
    return {mimeType()};
}

QMimeData *TracksListModel::mimeData(const QModelIndexList &indexes) const {
    QList<core::ActivityId> ids;
    for (const QModelIndex &index : indexes) {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            continue;
        const core::ActivityId id = rowAt(index.row()).id;
        if (!ids.contains(id))
            ids.append(core::ActivityId(id));
    }
    if (ids.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    for (core::ActivityId id : ids)
        stream << qint64{id.value()};
    auto *data = new QMimeData;
    data->setData(mimeType(), bytes);
    return data;
}

Qt::DropActions TracksListModel::supportedDragActions() const {
    return Qt::MoveAction;
}

Qt::DropActions TracksListModel::supportedDropActions() const {
    return Qt::MoveAction;
}

QList<core::ActivityId> TracksListModel::foreignIds(const QMimeData *data) const {
    QList<core::ActivityId> ids = decodeIds(data);
    ids.removeIf([this](core::ActivityId id) { return m_rowOf.contains(id); });
    return ids;
}

bool TracksListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                      const QModelIndex &) const {
    return action == Qt::MoveAction && !foreignIds(data).isEmpty();
}

bool TracksListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                   int column, const QModelIndex &parent) {
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<core::ActivityId> ids = foreignIds(data);
    emit dropRequested(ids, m_track);
    // The rows are not inserted here: they arrive when the override is stored
    // and the campaign is shown again. The source removes nothing either
    // (this model has no removeRows()), so a refused change loses no row.
    return true;
}

} // namespace castnet::ui
