// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace castnet::ui {

// The one path by which the window learns that the workspace changed. Undo
// commands emit these signals after a successful workspace call; item models
// and forms only listen, so no view ever refreshes another by hand (the
// pattern of Subsurface's DiveListNotifier). Ids are the workspace's.
class WorkspaceNotifier final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceNotifier)

public:
    explicit WorkspaceNotifier(QObject *parent = nullptr)
        : QObject(parent) {}

signals:
    // Another workspace was opened (or none is open): reload everything.
    void workspaceReplaced();

    void brandAdded(qint64 brandId);
    void brandChanged(qint64 brandId);
    // Emitted after campaignRemoved() for each of the brand's campaigns.
    void brandRemoved(qint64 brandId);

    void campaignAdded(qint64 campaignId);
    void campaignChanged(qint64 campaignId);
    void campaignRemoved(qint64 campaignId);

    void activityChanged(qint64 campaignId, qint64 activityId);
    void activitiesAdded(qint64 campaignId, const QList<qint64> &activityIds);
    void activitiesRemoved(qint64 campaignId, const QList<qint64> &activityIds);

    // A scenario of the campaign was added, renamed, edited or removed.
    void scenariosChanged(qint64 campaignId);

    // An undo or redo could not be applied (the workspace refused it); the
    // command has been dropped from the history.
    void editFailed(const QString &message);
};

} // namespace castnet::ui
