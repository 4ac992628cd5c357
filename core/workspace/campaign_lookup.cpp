// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/campaign_lookup.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/domain/try.h"
#include "core/text/number_format.h"

namespace castnet::core {

namespace {

Result<std::optional<BrandId>> findBrandId(Workspace &workspace,
                                           const std::optional<std::string> &brand) {
    if (!brand)
        return std::optional<BrandId>{};
    CASTNET_TRY(const std::optional<Brand> found, workspace.findBrand(*brand));
    if (!found)
        return fail(fmt::format("no brand named \"{}\" in the workspace", *brand), "brand");
    return std::optional<BrandId>(found->id);
}

Result<Campaign> findCampaignById(Workspace &workspace, CampaignId id,
                                  const std::optional<std::string> &brand,
                                  std::optional<BrandId> brandId) {
    CASTNET_TRY(const std::vector<Campaign> campaigns, workspace.campaigns(brandId));
    for (const Campaign &c : campaigns) {
        if (c.id == id)
            return c;
    }
    return fail(brand ? fmt::format("no campaign with id {} in brand \"{}\"", id.value(), *brand)
                      : fmt::format("no campaign with id {} in the workspace", id.value()),
                "campaign-id");
}

Result<Campaign> findCampaignByName(Workspace &workspace, const std::string &name,
                                    const std::optional<std::string> &brand,
                                    std::optional<BrandId> brandId) {
    CASTNET_TRY(const std::vector<Campaign> campaigns, workspace.campaigns(brandId));
    std::vector<Campaign> matches;
    for (const Campaign &c : campaigns) {
        if (c.name == name)
            matches.push_back(c);
    }
    if (matches.empty()) {
        return fail(brand ? fmt::format("no campaign named \"{}\" in brand \"{}\"", name, *brand)
                          : fmt::format("no campaign named \"{}\" in the workspace", name),
                    "campaign");
    }
    if (matches.size() > 1) {
        return fail(fmt::format("campaign \"{}\" is ambiguous: {} brands have one; add --brand",
                                name, matches.size()),
                    "campaign");
    }
    return matches.front();
}

} // namespace

Result<Campaign> findCampaign(Workspace &workspace, const CampaignChoice &choice,
                              const std::optional<std::string> &brand) {
    CASTNET_TRY(const std::optional<BrandId> brandId, findBrandId(workspace, brand));
    if (choice.id)
        return findCampaignById(workspace, *choice.id, brand, brandId);
    return findCampaignByName(workspace, choice.name.value_or(""), brand, brandId);
}

} // namespace castnet::core
