// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/workspace_notifier.h"

#include <type_traits>

namespace castnet::ui {

namespace {

QList<core::ActivityId> toIdList(const std::vector<core::ActivityId> &ids) {
    return QList<core::ActivityId>(ids.begin(), ids.end());
}

template<class> inline constexpr bool alwaysFalse = false;

} // namespace

std::optional<core::CampaignId> campaignOf(const WorkspaceChange &change) {
    return std::visit(
        [](const auto &event) -> std::optional<core::CampaignId> {
            if constexpr (requires { event.campaign; })
                return event.campaign;
            else
                return std::nullopt;
        },
        change);
}

WorkspaceNotifier::WorkspaceNotifier(QObject *parent)
    : QObject(parent) {}

WorkspaceNotifier::~WorkspaceNotifier() = default;

void WorkspaceNotifier::report(const WorkspaceChange &change) {
    if (const auto *replaced = std::get_if<WorkspaceReplaced>(&change))
        m_workspace = replaced->workspace;
    emit changed(change);
    std::visit(
        [this](const auto &event) {
            using Event = std::decay_t<decltype(event)>;
            if constexpr (std::is_same_v<Event, BrandAdded>)
                emit brandAdded(event.brand);
            else if constexpr (std::is_same_v<Event, BrandChanged>)
                emit brandChanged(event.brand);
            else if constexpr (std::is_same_v<Event, BrandRemoved>)
                emit brandRemoved(event.brand);
            else if constexpr (std::is_same_v<Event, CampaignAdded>)
                emit campaignAdded(event.campaign);
            else if constexpr (std::is_same_v<Event, CampaignChanged>)
                emit campaignChanged(event.campaign);
            else if constexpr (std::is_same_v<Event, CampaignRemoved>)
                emit campaignRemoved(event.campaign);
            else if constexpr (std::is_same_v<Event, ActivityChanged>)
                emit activityChanged(event.campaign, event.activity);
            else if constexpr (std::is_same_v<Event, ActivitiesAdded>)
                emit activitiesAdded(event.campaign, toIdList(event.activities));
            else if constexpr (std::is_same_v<Event, ActivitiesRemoved>)
                emit activitiesRemoved(event.campaign, toIdList(event.activities));
            else if constexpr (std::is_same_v<Event, ScenariosChanged>)
                emit scenariosChanged(event.campaign);
            else if constexpr (std::is_same_v<Event, ActualsChanged>)
                emit actualsChanged(event.campaign);
            else if constexpr (std::is_same_v<Event, BaselinesChanged>)
                emit baselinesChanged(event.campaign);
            else if constexpr (std::is_same_v<Event, WorkspaceReplaced>)
                emit workspaceReplaced();
            else
                static_assert(alwaysFalse<Event>, "every kind of change has its signal");
        },
        change);
}

} // namespace castnet::ui
