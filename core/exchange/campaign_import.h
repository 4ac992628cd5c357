// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/domain/campaign_snapshot.h"

#include "core/domain/error.h"
#include "core/workspace/workspace.h"

namespace castnet::core {

struct ImportRequest {
    std::string brandName;
    std::string campaignName;
    std::optional<int> weeks; // for a new campaign; must match an existing one
    std::string path;         // a .csv or .json file
    // An existing campaign picked by id (--campaign-id) instead of by name;
    // brandName, when not empty, must then be its brand's.
    std::optional<CampaignId> campaignId = std::nullopt;
};

struct ImportResult {
    Campaign campaign;
    int activitiesAdded = 0;
    bool campaignCreated = false;
};

// `castnet import` (DESIGN §11): creates brand and campaign named when absent
// (defaults, start today, `weeks` or 52), appends to an existing campaign
// otherwise. The whole import is one transaction: on any error nothing is
// stored.
Result<ImportResult> importCampaignFile(Workspace &workspace, const ImportRequest &request);

// Appends the activities of a CSV text to an existing campaign (the GUI's
// Import CSV), as one transaction.
Result<int> importActivityCsv(Workspace &workspace, CampaignId campaign, std::string_view csv);

// What an exchange text holds, read from its content rather than its file
// name: a JSON campaign document starts with "{" (after blanks or a UTF-8
// byte order mark), anything else is read as activity CSV.
enum class ExchangeContent { Csv, Json };
ExchangeContent exchangeContentOf(std::string_view text);

// Whether a JSON campaign can be appended to `campaign`: every activity fits
// its weeks ("activities[3].end_week: …") and no scenario of the file takes
// a name one of `existing` already has.
Result<void> checkAppend(const CampaignSnapshot &snapshot, const Campaign &campaign,
                         const std::vector<Scenario> &existing);

} // namespace castnet::core
