// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/campaign_report.h"

namespace castnet::core {

Result<Report> buildCampaignReport(Workspace &workspace, CampaignId campaign,
                                   const ReportOptions &options) {
    auto snapshot = workspace.snapshot(campaign);
    if (!snapshot)
        return tl::unexpected(snapshot.error());
    auto brand = workspace.brand(snapshot->campaign.brandId);
    if (!brand)
        return tl::unexpected(brand.error());
    return buildReport(*brand, snapshot->campaign, snapshot->activities, snapshot->scenarios,
                       options);
}

} // namespace castnet::core
