// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/campaign_lookup.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/domain/try.h"
#include "core/text/number_format.h"

namespace castnet::core {

namespace {

bool isId(const std::string &text) {
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

Result<std::optional<BrandId>> findBrandId(Workspace &workspace,
                                           const std::optional<std::string> &brand) {
    if (!brand)
        return std::optional<BrandId>{};
    CASTNET_TRY(const std::optional<Brand> found, workspace.findBrand(*brand));
    if (!found)
        return fail(fmt::format("no brand named \"{}\" in the workspace", *brand), "brand");
    return std::optional<BrandId>(found->id);
}

} // namespace

Result<Campaign> findCampaign(Workspace &workspace, const std::string &campaign,
                              const std::optional<std::string> &brand) {
    CASTNET_TRY(const std::optional<BrandId> brandId, findBrandId(workspace, brand));
    CASTNET_TRY(const std::vector<Campaign> campaigns, workspace.campaigns(brandId));

    std::vector<Campaign> matches;
    const bool byId = isId(campaign);
    for (const Campaign &c : campaigns) {
        if (byId ? std::to_string(c.id.value()) == campaign : c.name == campaign)
            matches.push_back(c);
    }
    if (matches.empty()) {
        const char *what = byId ? "with id" : "named";
        return fail(
            brand ? fmt::format("no campaign {} \"{}\" in brand \"{}\"", what, campaign, *brand)
                  : fmt::format("no campaign {} \"{}\" in the workspace", what, campaign),
            "campaign");
    }
    if (matches.size() > 1) {
        return fail(fmt::format("campaign \"{}\" is ambiguous: {} brands have one; add --brand",
                                campaign, matches.size()),
                    "campaign");
    }
    return matches.front();
}

} // namespace castnet::core
