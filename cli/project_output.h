// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "core/analysis/projection.h"
#include "core/domain/activity.h"
#include "core/domain/campaign.h"

namespace castnet::cli {

// `castnet project --json` (DESIGN §11): weekly series indexed by week
// 1 … W, both tracks always present, unrounded numbers, null for a figure
// that does not exist. `activities` are the ones `projection` was made from.
// `project --json` (DESIGN §11), written to `out` as it is computed, one
// activity at a time, so that a campaign of 100,000 activities × 260 weeks
// never holds every activity's weekly series.
void writeProjectionJson(std::FILE *out, const core::Campaign &campaign,
                         const std::vector<core::Activity> &activities);

// The same for a reader: per-track and per-activity totals, weeks over
// capacity, warnings, and a note where figures rest on a default R.
std::string projectionTable(const core::Campaign &campaign, const core::Projection &projection,
                            const std::vector<core::Activity> &activities);

} // namespace castnet::cli
