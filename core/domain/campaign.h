// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

#include "core/domain/enums.h"
#include "core/domain/error.h"
#include "core/domain/ids.h"
#include "core/domain/money.h"

namespace castnet::core {

struct Campaign {
    static constexpr int minWeeks = 1;
    static constexpr int maxWeeks = 260;

    CampaignId id;
    BrandId brandId;
    std::string name; // unique within its brand
    Objective objective = Objective::Awareness;
    std::string startDate; // ISO 8601 calendar date, "2026-11-25"
    int weeks = 52;
    double capacityHoursPerWeek = 40.0;
    std::optional<Cents> budgetPerWeek; // std::nullopt: no money limit
    std::string currency = "EUR";
    std::string returnUnit = "points";
    double automationSaving = 0.4; // in [0, 1)

    friend bool operator==(const Campaign &, const Campaign &) = default;
};

// A campaign with the defaults of DESIGN §3, starting on `today`
// ("YYYY-MM-DD").
Campaign defaultCampaign(std::string name, std::string today);

// Today's date in the local time zone as "YYYY-MM-DD".
std::string todayIsoDate();

// Checks every field of the campaign; the error names the first bad field.
Result<void> validate(const Campaign &campaign);

} // namespace castnet::core
