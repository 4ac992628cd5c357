// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/campaign_workbook.h"

#include <algorithm>

#include "core/actuals/calibration.h"
#include "core/analysis/scenario_projection.h"
#include "core/domain/try.h"

namespace castnet::core {

namespace {

std::size_t activitiesWithoutHours(const std::vector<Activity> &activities,
                                   const Scenario &scenario) {
    return static_cast<std::size_t>(
        std::count_if(activities.begin(), activities.end(), [&](const Activity &activity) {
            return std::none_of(
                scenario.allocations.begin(), scenario.allocations.end(),
                [&](const Allocation &allocation) { return allocation.activityId == activity.id; });
        }));
}

WorkbookScenario scenarioColumn(const CampaignSnapshot &plan, const Scenario &scenario,
                                WorkbookScenario::Kind kind) {
    const ProjectionOptions seriesOnly{.marginalReturns = false};
    return {scenario.name, kind,
            projectScenario(plan.campaign, plan.activities, scenario, seriesOnly),
            activitiesWithoutHours(plan.activities, scenario)};
}

Result<std::optional<WorkbookActuals>> actualsOf(Workspace &workspace,
                                                 const CampaignSnapshot &plan) {
    CASTNET_TRY(const std::vector<Actual> actuals, workspace.actuals(plan.campaign.id));
    if (actuals.empty())
        return std::optional<WorkbookActuals>();
    CASTNET_TRY(const std::vector<BaselineSummary> baselines,
                workspace.baselines(plan.campaign.id));
    WorkbookActuals result;
    std::optional<Baseline> baseline;
    if (!baselines.empty()) {
        CASTNET_TRY(Baseline latest, workspace.baseline(plan.campaign.id, baselines.back().name));
        baseline = std::move(latest);
        result.baselineName = baseline->summary.name;
    }
    result.progress = progress(baseline ? baseline->frozen : plan, plan, actuals);
    std::vector<std::string> uids;
    uids.reserve(plan.activities.size());
    for (const Activity &activity : plan.activities)
        uids.push_back(activity.uid);
    result.calibration = calibrateCampaign(calibrationInputs(plan, actuals), uids);
    return std::optional<WorkbookActuals>(std::move(result));
}

} // namespace

Result<CampaignWorkbook> buildCampaignWorkbook(Workspace &workspace, CampaignId campaign,
                                               const WorkbookOptions &options) {
    CampaignWorkbook workbook;
    CASTNET_TRY(workbook.plan, workspace.snapshot(campaign));
    CASTNET_TRY(workbook.brand, workspace.brand(workbook.plan.campaign.brandId));
    const CampaignSnapshot &plan = workbook.plan;
    workbook.projection = project(plan.campaign, plan.activities);
    workbook.scenarios.push_back(
        {Scenario::planName, WorkbookScenario::Kind::Plan,
         project(plan.campaign, plan.activities, {.marginalReturns = false}), 0});
    for (const Scenario &scenario : plan.scenarios)
        workbook.scenarios.push_back(
            scenarioColumn(plan, scenario, WorkbookScenario::Kind::Stored));
    if (options.proposal) {
        workbook.scenarios.push_back(
            scenarioColumn(plan, *options.proposal, WorkbookScenario::Kind::Proposal));
    }
    CASTNET_TRY(workbook.actuals, actualsOf(workspace, plan));
    workbook.date = options.date.empty() ? todayIsoDate() : options.date;
    return workbook;
}

} // namespace castnet::core
