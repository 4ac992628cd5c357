// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

#include "core/domain/brand.h"
#include "core/domain/campaign_snapshot.h"
#include "core/domain/error.h"

namespace castnet::core {

// A whole campaign as `castnet export --format json` writes it: the brand,
// the campaign fields (named as in DESIGN §3, snake_case), its activities
// (fields named as the CSV columns, plus "id") and its scenarios (name and
// allocations referring to activity ids of the same file). Money in currency
// units, numbers unrounded.
std::string writeCampaignJson(const Brand &brand, const CampaignSnapshot &snapshot);

// Reads that document back. Every field is validated; an error names the
// JSON path ("activities[3].cadence_per_week: must be between 0 and 1000").
// Ids in the result are the file's; the workspace assigns new ones on import.
Result<CampaignSnapshot> readCampaignJson(std::string_view text);

} // namespace castnet::core
