// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/campaign_report.h"

#include "core/domain/try.h"

namespace castnet::core {

Result<Report> buildCampaignReport(Workspace &workspace, CampaignId campaign,
                                   const ReportOptions &options) {
    CASTNET_TRY(const CampaignSnapshot snapshot, workspace.snapshot(campaign));
    CASTNET_TRY(const Brand brand, workspace.brand(snapshot.campaign.brandId));
    ReportHistory history;
    CASTNET_TRY(history.actuals, workspace.actuals(campaign));
    CASTNET_TRY(history.calibrations, workspace.calibrations(campaign));
    // Progress compares with the latest baseline, as `castnet progress` does.
    CASTNET_TRY(const auto baselines, workspace.baselines(campaign));
    if (!baselines.empty()) {
        CASTNET_TRY(Baseline latest, workspace.baseline(campaign, baselines.back().name));
        history.baseline = std::move(latest);
    }
    return buildReport(brand, snapshot.campaign, snapshot.activities, snapshot.scenarios, options,
                       history);
}

} // namespace castnet::core
