// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/campaign_report.h"

#include <algorithm>

namespace castnet::core {

namespace {

Result<Brand> brandOf(Workspace &workspace, const Campaign &campaign) {
    auto brands = workspace.brands();
    if (!brands)
        return tl::unexpected(brands.error());
    const auto brand = std::find_if(brands->begin(), brands->end(),
                                    [&](const Brand &b) { return b.id == campaign.brandId; });
    if (brand == brands->end())
        return failInternal("the campaign's brand is missing");
    return std::move(*brand);
}

} // namespace

Result<Report> buildCampaignReport(Workspace &workspace, CampaignId campaign,
                                   const ReportOptions &options) {
    auto snapshot = workspace.snapshot(campaign);
    if (!snapshot)
        return tl::unexpected(snapshot.error());
    auto brand = brandOf(workspace, snapshot->campaign);
    if (!brand)
        return tl::unexpected(brand.error());
    return buildReport(*brand, snapshot->campaign, snapshot->activities, snapshot->scenarios,
                       options);
}

} // namespace castnet::core
