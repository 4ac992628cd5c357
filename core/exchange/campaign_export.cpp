// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/campaign_export.h"

#include <algorithm>

#include "core/exchange/activity_csv.h"
#include "core/exchange/campaign_json.h"

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

Result<std::string> exportCampaign(Workspace &workspace, CampaignId campaign,
                                   ExchangeFormat format) {
    auto snapshot = workspace.snapshot(campaign);
    if (!snapshot)
        return tl::unexpected(snapshot.error());
    if (format == ExchangeFormat::Csv)
        return writeActivityCsv(snapshot->activities);
    auto brand = brandOf(workspace, snapshot->campaign);
    if (!brand)
        return tl::unexpected(brand.error());
    return writeCampaignJson(*brand, *snapshot);
}

} // namespace castnet::core
