// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/calibrate_command.h"

#include <algorithm>

#include <fmt/format.h>

#include "cli/calibrate_output.h"
#include "core/actuals/calibration.h"
#include "core/domain/try.h"
#include "core/text/number_format.h"

namespace castnet::cli {

namespace {

using core::Result;

// The indexes into `plan.activities` that --activity names, all of them
// when it is not given; an id outside the campaign is refused.
Result<std::vector<std::size_t>> chosenActivities(const CommandContext &context,
                                                  const core::CampaignSnapshot &plan) {
    std::vector<std::size_t> chosen;
    const std::vector<std::string> ids = context.values("activity");
    if (ids.empty()) {
        for (std::size_t i = 0; i < plan.activities.size(); ++i)
            chosen.push_back(i);
        return chosen;
    }
    for (const std::string &text : ids) {
        const auto id = core::parseInt(text);
        const auto found = std::find_if(
            plan.activities.begin(), plan.activities.end(),
            [&](const core::Activity &a) { return id && a.id == core::ActivityId{*id}; });
        if (found == plan.activities.end()) {
            return core::fail(
                fmt::format("--activity {}: the campaign has no activity with that id", text),
                "activity");
        }
        const auto index = static_cast<std::size_t>(found - plan.activities.begin());
        if (std::find(chosen.begin(), chosen.end(), index) == chosen.end())
            chosen.push_back(index);
    }
    return chosen;
}

Result<void> runCalibrate(const CommandContext &context) {
    CASTNET_TRY(LoadedCampaign loaded, context.loadCampaign());
    core::Workspace &workspace = *loaded.workspace;
    CASTNET_TRY(const core::CampaignSnapshot plan, workspace.snapshot(loaded.campaign.id));
    CASTNET_TRY(const std::vector<core::Actual> actuals, workspace.actuals(loaded.campaign.id));
    CASTNET_TRY(const std::vector<std::size_t> chosen, chosenActivities(context, plan));
    const std::vector<core::CalibrationInput> all = core::calibrationInputs(plan, actuals);
    std::vector<core::CalibrationInput> inputs;
    std::vector<std::string> uids;
    std::vector<core::Activity> activities;
    for (const std::size_t i : chosen) {
        inputs.push_back(all[i]);
        uids.push_back(plan.activities[i].uid);
        activities.push_back(plan.activities[i]);
    }
    const core::CampaignCalibration calibration = core::calibrateCampaign(inputs, uids);
    std::vector<core::CalibrationRecord> records;
    if (context.has("apply")) {
        const std::string now = core::utcTimestamp();
        for (const core::ActivityCalibration &c : calibration.activities) {
            if (c.applied())
                records.push_back(core::calibrationRecord(c, now));
        }
        if (!records.empty())
            CASTNET_TRY_VOID(workspace.applyCalibrations(loaded.campaign.id, records));
    }
    const bool applied = !records.empty();
    fmt::print("{}", context.has("json")
                         ? calibrationJson(calibration.activities, activities, applied)
                         : calibrationTable(calibration.activities, activities, applied));
    return {};
}

} // namespace

Command calibrateCommand() {
    return {"calibrate",
            "Fits the response curves to the measured results; --apply writes the fitted values.",
            "castnet calibrate --db FILE --campaign C [--activity ID]... [--apply] [--json]",
            [](CommandContext &context) {
                context.addCampaignFlags();
                context.addValue("activity", "ID", "calibrate only this activity (repeatable)",
                                 /*repeated*/ true);
                context.addSwitch("apply", "write the fitted values into the activities");
                context.addSwitch("json", "print only JSON");
            },
            runCalibrate};
}

} // namespace castnet::cli
