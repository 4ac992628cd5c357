// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <variant>
#include <vector>

#include "core/domain/ids.h"

namespace castnet::core {
class Workspace;
}

// What one successful command, undo or redo changed in the workspace, as a
// value: the command layer reports it, WorkspaceNotifier hands it on, and
// the models and views decide from it what to reload (Tiled's ChangeEvent).
// Every event names what changed by id; listeners read the new state from
// the workspace.
namespace castnet::ui {

struct BrandAdded {
    core::BrandId brand;
};
struct BrandChanged {
    core::BrandId brand;
};
// Reported after CampaignRemoved for each of the brand's campaigns.
struct BrandRemoved {
    core::BrandId brand;
};

struct CampaignAdded {
    core::CampaignId campaign;
};
struct CampaignChanged {
    core::CampaignId campaign;
};
struct CampaignRemoved {
    core::CampaignId campaign;
};

struct ActivityChanged {
    core::CampaignId campaign;
    core::ActivityId activity;
};
struct ActivitiesAdded {
    core::CampaignId campaign;
    std::vector<core::ActivityId> activities;
};
struct ActivitiesRemoved {
    core::CampaignId campaign;
    std::vector<core::ActivityId> activities;
};

// A scenario of the campaign was added, renamed, edited or removed.
struct ScenariosChanged {
    core::CampaignId campaign;
};

// Actuals of the campaign's activities were stored, corrected or removed.
struct ActualsChanged {
    core::CampaignId campaign;
};

// A baseline of the campaign was saved or deleted.
struct BaselinesChanged {
    core::CampaignId campaign;
};

// Another workspace was opened, or none is open (nullptr): everything
// shown is stale. The workspace is the one edits now go to; it outlives
// the next WorkspaceReplaced.
struct WorkspaceReplaced {
    core::Workspace *workspace = nullptr;
};

using WorkspaceChange =
    std::variant<BrandAdded, BrandChanged, BrandRemoved, CampaignAdded, CampaignChanged,
                 CampaignRemoved, ActivityChanged, ActivitiesAdded, ActivitiesRemoved,
                 ScenariosChanged, ActualsChanged, BaselinesChanged, WorkspaceReplaced>;

// The campaign whose own content (fields, activities, scenarios) the change
// touches; none for brand events and a replaced workspace.
std::optional<core::CampaignId> campaignOf(const WorkspaceChange &change);

} // namespace castnet::ui
