// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/campaign_export.h"

#include <chrono>

#include "core/calendar/activity_calendar.h"
#include "core/exchange/activity_csv.h"
#include "core/exchange/campaign_json.h"

namespace castnet::core {

Result<std::string> exportCampaign(Workspace &workspace, CampaignId campaign,
                                   ExchangeFormat format) {
    auto snapshot = workspace.snapshot(campaign);
    if (!snapshot)
        return tl::unexpected(snapshot.error());
    if (format == ExchangeFormat::Csv)
        return writeActivityCsv(snapshot->activities);
    if (format == ExchangeFormat::Ics) {
        const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
        return writeActivityCalendar(snapshot->campaign, snapshot->activities, now);
    }
    auto brand = workspace.brand(snapshot->campaign.brandId);
    if (!brand)
        return tl::unexpected(brand.error());
    return writeCampaignJson(*brand, *snapshot);
}

} // namespace castnet::core
