// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small, valid records for tests that need a brand, a campaign or an
// activity without caring about their details.

#include <string>
#include <utility>

#include "core/domain/activity.h"
#include "core/domain/brand.h"
#include "core/domain/campaign.h"

namespace castnet::core::testing {

inline Brand makeBrand(std::string name) {
    Brand brand;
    brand.name = std::move(name);
    brand.industry = "food and drink";
    brand.audience = "home baristas";
    return brand;
}

inline Campaign makeCampaign(BrandId brand, std::string name, int weeks = 26) {
    Campaign campaign = defaultCampaign(std::move(name), "2026-03-02");
    campaign.brandId = brand;
    campaign.weeks = weeks;
    return campaign;
}

inline Activity makeActivity(std::string title, int startWeek = 1, int endWeek = 10) {
    Activity activity;
    activity.channel = "Instagram";
    activity.title = std::move(title);
    activity.format = Format::Video;
    activity.interaction = Interaction::Broadcast;
    activity.goal = Goal::Awareness;
    activity.cadencePerWeek = 2;
    activity.hoursPerOccurrence = 1.5;
    activity.startWeek = startWeek;
    activity.endWeek = endWeek;
    return activity;
}

} // namespace castnet::core::testing
