// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/domain/activity.h"

namespace castnet::test {

// What a workspace holds after a process working on it ended, however.
struct WorkspaceState {
    bool opensInCastnet = false;
    std::string openError;
    std::map<std::string, int> activitiesByCampaign; // by campaign name
    std::string integrity;                           // PRAGMA integrity_check
};

// Opens the file in Castnet as a user would, then runs SQLite's full
// integrity check on it.
WorkspaceState inspectWorkspace(const std::string &path);

// The state castnet_workspace_writer's "steps" mode leaves: the step the
// first activity's title names (0 before the first), the second activity's
// notes, and the titles of the activities it added.
struct StepState {
    long step = 0;
    std::string firstTitle;
    std::string secondNotes;
    std::vector<std::string> added;
};
StepState inspectSteps(const std::string &path, const std::string &campaignId);

// The id of the only campaign of a demo workspace, as text ("" if none).
std::string demoCampaignId(const std::string &path);

// A valid one-week article titled `title`.
core::Activity reliabilityActivity(std::string title);

// `count` valid activities with distinct titles, of both tracks.
std::vector<core::Activity> reliabilityActivities(int count);

} // namespace castnet::test
