// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/domain/activity.h"
#include "core/domain/activity_field.h"
#include "core/domain/brand.h"
#include "core/domain/campaign.h"
#include "core/domain/error.h"
#include "core/domain/ids.h"
#include "core/domain/scenario.h"
#include "core/workspace/workspace.h"

class QUndoStack;

namespace castnet::ui {
class WorkspaceNotifier;
}

// Every edit the window makes goes through these functions (Subsurface's
// commands/command.h): each validates with the core first, saves at once
// and lands on the one undo stack. An edit that would change nothing is not
// pushed and succeeds. An error names the field and leaves the workspace and
// the history as they were.
namespace castnet::ui::commands {

// Where edits go. The window attaches when a workspace opens, which clears
// the history of any workspace attached before; detach() clears it too,
// whose commands refer to the workspace being closed. Both report
// WorkspaceReplaced through the notifier (nullptr for detach()), which is
// how every listener learns which workspace to read from.
void attach(core::Workspace &workspace, QUndoStack &stack, WorkspaceNotifier &notifier);
void detach();
bool isAttached();

core::Result<void> setActivityField(core::CampaignId campaign, core::ActivityId activity,
                                    core::ActivityField field, std::string_view text);

// Both weeks of an activity as one step (a timeline bar moved or resized),
// validated as the table validates each week.
core::Result<void> setActivityWeeks(core::CampaignId campaign, core::ActivityId activity,
                                    int startWeek, int endWeek);

// A new activity for the campaign, with sensible values a user then edits:
// the whole campaign, one hour once a week, channel and title to be named.
core::Result<core::Activity> newActivity(core::CampaignId campaign);

core::Result<core::ActivityId> addActivity(core::CampaignId campaign,
                                           const core::Activity &activity);
// Copies of the activities (same fields, new ids), appended in one step.
core::Result<std::vector<core::ActivityId>>
duplicateActivities(core::CampaignId campaign, const std::vector<core::ActivityId> &activities);
core::Result<void> removeActivities(core::CampaignId campaign,
                                    const std::vector<core::ActivityId> &activities);
// Appends the activities of an activity CSV (DESIGN §11) to the campaign as
// one step; undo removes them. All-or-nothing, errors as "line N, column X".
core::Result<std::vector<core::ActivityId>> importActivityCsv(core::CampaignId campaign,
                                                              std::string_view csv);
// Appends what an exported file holds, told apart by its content: an
// activity CSV as importActivityCsv(), or a campaign JSON's activities and
// scenarios (allocations following the new ids), as one step either way.
core::Result<std::vector<core::ActivityId>> importActivityFile(core::CampaignId campaign,
                                                               std::string_view text);

// Stores every field of `edited` (identified by its id).
core::Result<void> editCampaign(const core::Campaign &edited);
core::Result<void> renameCampaign(core::CampaignId campaign, const std::string &name);
core::Result<core::CampaignId> addCampaign(const core::Campaign &campaign);
core::Result<void> removeCampaign(core::CampaignId campaign);

core::Result<core::BrandId> addBrand(const core::Brand &brand);
core::Result<void> renameBrand(core::BrandId brand, const std::string &name);
core::Result<void> removeBrand(core::BrandId brand);

// Scenarios (DESIGN §6). Names are unique in the campaign and never "plan";
// the workspace refuses others with the reason.
core::Result<core::ScenarioId> addScenario(const core::Scenario &scenario);
// A scenario holding the plan's hours of every activity, to edit from there.
core::Result<core::ScenarioId> addPlanScenario(core::CampaignId campaign, const std::string &name);
core::Result<core::ScenarioId>
duplicateScenario(core::CampaignId campaign, core::ScenarioId scenario, const std::string &name);
core::Result<void> renameScenario(core::CampaignId campaign, core::ScenarioId scenario,
                                  const std::string &name);
core::Result<void> removeScenario(core::CampaignId campaign, core::ScenarioId scenario);
// Weekly recurring hours of one activity in the scenario (0 drops it).
core::Result<void> setScenarioHours(core::CampaignId campaign, core::ScenarioId scenario,
                                    core::ActivityId activity, double hours);

// Actuals (DESIGN §12). An import stores what readActualsCsv() read from
// the file as one step and says how many weeks it added and replaced; undo
// puts back what those weeks held.
core::Result<core::ActualsStored> importActuals(core::CampaignId campaign,
                                                const std::vector<core::Actual> &actuals);
// One week of one activity as typed in the actuals grid, replacing what the
// week held; validated first, so a refusal names the column.
core::Result<void> setActual(core::CampaignId campaign, const core::Actual &actual);
// The weeks read as not run again, as one step; weeks without an actual
// are passed over.
core::Result<void> clearActuals(core::CampaignId campaign, core::ActivityId activity,
                                const std::vector<int> &weeks);

// A frozen copy of the campaign under a new name; undo deletes it.
core::Result<void> saveBaseline(core::CampaignId campaign, const std::string &name);

// Writes the calibrations' fitted values into their activities and records
// them, as one step (DESIGN §13); undo restores the values they replaced.
core::Result<void> applyCalibrations(core::CampaignId campaign,
                                     const std::vector<core::CalibrationRecord> &records);

} // namespace castnet::ui::commands
