// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace castnet::core {

// Row ids as the workspace assigns them; 0 means "not stored yet".
using BrandId = std::int64_t;
using CampaignId = std::int64_t;
using ActivityId = std::int64_t;
using ScenarioId = std::int64_t;

} // namespace castnet::core
