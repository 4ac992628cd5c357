// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include "ui/commands/workspace_change.h"

namespace castnet::ui {

// The one path by which the window learns that the workspace changed. The
// command layer reports a WorkspaceChange after every successful command,
// undo and redo, and when a workspace is attached or detached; the notifier
// hands it on as changed() and as the signal of its kind. Item models,
// forms, the analysis tabs and the status bar only listen, so no view ever
// refreshes another by hand (Subsurface's DiveListNotifier). Ids are the
// workspace's.
class WorkspaceNotifier final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceNotifier)

public:
    explicit WorkspaceNotifier(QObject *parent = nullptr);
    ~WorkspaceNotifier() override;

    // The workspace of the last WorkspaceReplaced, which listeners read
    // from; nullptr while none is open. Not owned.
    core::Workspace *workspace() const { return m_workspace; }

    // Hands the change on: first changed(), then the signal of its kind.
    void report(const WorkspaceChange &change);

signals:
    void changed(const castnet::ui::WorkspaceChange &change);

    // Another workspace was opened (or none is open): reload everything.
    void workspaceReplaced();

    void brandAdded(castnet::core::BrandId brandId);
    void brandChanged(castnet::core::BrandId brandId);
    // Emitted after campaignRemoved() for each of the brand's campaigns.
    void brandRemoved(castnet::core::BrandId brandId);

    void campaignAdded(castnet::core::CampaignId campaignId);
    void campaignChanged(castnet::core::CampaignId campaignId);
    void campaignRemoved(castnet::core::CampaignId campaignId);

    void activityChanged(castnet::core::CampaignId campaignId,
                         castnet::core::ActivityId activityId);
    void activitiesAdded(castnet::core::CampaignId campaignId,
                         const QList<castnet::core::ActivityId> &activityIds);
    void activitiesRemoved(castnet::core::CampaignId campaignId,
                           const QList<castnet::core::ActivityId> &activityIds);

    // A scenario of the campaign was added, renamed, edited or removed.
    void scenariosChanged(castnet::core::CampaignId campaignId);

    void actualsChanged(castnet::core::CampaignId campaignId);
    void baselinesChanged(castnet::core::CampaignId campaignId);

    // An undo or redo could not be applied (the workspace refused it); the
    // command has been dropped from the history.
    void editFailed(const QString &message);

private:
    core::Workspace *m_workspace = nullptr;
};

} // namespace castnet::ui
