// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include "core/domain/enums.h"
#include "core/domain/ids.h"

QT_BEGIN_NAMESPACE
class QMimeData;
QT_END_NAMESPACE

namespace castnet::ui {

// One activity as a column of the tracks view shows it.
struct TracksRow {
    core::ActivityId id;
    QString title;
    QString channel;
    double effort = 0.0;      // hours over the campaign
    double totalReturn = 0.0; // expected, in the campaign's return unit
    double confidence = 0.0;  // of the computed track, in [0, 1]
    core::Track computedTrack = core::Track::Media;
    bool overridden = false;
    QString toolTip; // the track, its reasons and the warnings
};

// The activities of one track: one column of the tracks view. It holds
// what it is given and never changes the workspace: a drop of activities
// from the other track only asks for them with dropRequested(), and the
// rows move when the owner shows the campaign again.
class TracksListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TracksListModel)

public:
    enum Column { Title, Channel, Effort, Return, Confidence, Override, ColumnCount };

    enum Role {
        // The value itself (text, hours, return, confidence, bool) for sorting.
        RawValueRole = Qt::UserRole,
        ActivityIdRole,
    };

    // Dragged activities travel as their ids under this type.
    static QString mimeType();
    static QList<core::ActivityId> decodeIds(const QMimeData *data);

    explicit TracksListModel(core::Track track, QObject *parent = nullptr);
    ~TracksListModel() override;

    core::Track track() const { return m_track; }
    // Shows `rows`, all of this model's track. When the same activities come
    // back in the same order (an edit of values), the rows are updated in
    // place so that views keep their selection and scroll position.
    void setRows(std::vector<TracksRow> rows, const QString &returnUnit);
    void clear();

    const TracksRow &rowAt(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    // -1 when the activity is not in this track.
    int rowOf(core::ActivityId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    // A drop is accepted when it carries activities of the other track.
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // Activities of the other track were dropped here: their override should
    // become this model's track.
    void dropRequested(const QList<castnet::core::ActivityId> &ids, castnet::core::Track track);

private:
    QList<core::ActivityId> foreignIds(const QMimeData *data) const;
    QVariant displayValue(const TracksRow &row, Column column) const;
    QVariant rawValue(const TracksRow &row, Column column) const;

    core::Track m_track;
    QString m_returnUnit;
    std::vector<TracksRow> m_rows;
    QHash<core::ActivityId, int> m_rowOf;
};

} // namespace castnet::ui
