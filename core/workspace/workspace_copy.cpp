// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/workspace_copy.h"

#include <fmt/format.h>

#include "core/domain/try.h"

namespace castnet::core {

Result<WorkspaceCopied> copyWorkspace(Workspace &from, Workspace &to) {
    CASTNET_TRY(const auto existing, to.brands());
    if (!existing.empty()) {
        return fail(fmt::format("{} already holds brands; copy only writes into an empty "
                                "workspace",
                                to.location()),
                    "to");
    }
    WorkspaceCopied copied;
    // One transaction on each side: what is read is one state of `from`,
    // even while others edit it, and `to` gets all of it or nothing.
    CASTNET_TRY_VOID(from.transact([&]() -> Result<void> {
        CASTNET_TRY(const std::vector<Brand> brands, from.brands());
        CASTNET_TRY(const std::vector<Campaign> campaigns, from.campaigns({}));
        CASTNET_TRY_VOID(to.transact([&]() -> Result<void> {
            for (const Brand &brand : brands)
                CASTNET_TRY_VOID(to.addBrand(brand)); // its id is kept
            for (const Campaign &campaign : campaigns) {
                CASTNET_TRY(const CampaignSnapshot snapshot, from.snapshot(campaign.id));
                CASTNET_TRY_VOID(to.restore(snapshot, /*keepIds*/ true));
                CASTNET_TRY(const std::vector<Actual> actuals, from.actuals(campaign.id));
                if (!actuals.empty())
                    CASTNET_TRY_VOID(to.storeActuals(campaign.id, actuals));
                CASTNET_TRY(const auto baselines, from.baselines(campaign.id));
                for (const BaselineSummary &summary : baselines) {
                    CASTNET_TRY(const Baseline baseline, from.baseline(campaign.id, summary.name));
                    CASTNET_TRY_VOID(to.restoreBaseline(campaign.id, baseline));
                }
                CASTNET_TRY(const auto records, from.calibrations(campaign.id));
                if (!records.empty())
                    CASTNET_TRY_VOID(to.restoreCalibrations(campaign.id, records));
                copied.baselines += baselines.size();
                copied.calibrations += records.size();
                copied.activities += snapshot.activities.size();
                copied.actuals += actuals.size();
            }
            return {};
        }));
        copied.brands = brands.size();
        copied.campaigns = campaigns.size();
        // Nothing was written to `from`; ending its transaction releases it.
        return {};
    }));
    return copied;
}

} // namespace castnet::core
