// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "core/domain/activity.h"
#include "core/domain/brand.h"
#include "core/domain/campaign.h"

namespace castnet::test {

// A 20-week plan that no rule of the report objects to, for the report's
// tests to change one thing at a time:
// - media: "Reels" (Instagram, automated, 2 × 2 h, effort 2.4 h/week after
//   the 0.4 saving) and "Letter" (Newsletter, automated, 1 × 3 h, 1.8 h);
// - networking: "Forum replies" (Forum, 4 × 1 h) and "Meetup" (Meetups,
//   1 × 3 h), not automated;
// so 4.2 media hours and 7 networking hours a week: networking 62.5 %,
// neither track above 70 %. Every activity runs weeks 1–20 (networking
// matures in 11) with its own R = 100, on its own channel, and the team has
// 40 h a week.
struct ReportPlan {
    core::Brand brand;
    core::Campaign campaign;
    std::vector<core::Activity> activities;

    ReportPlan() {
        brand.id = core::BrandId{1};
        brand.name = "Lumen Bikes";
        campaign.id = core::CampaignId{7};
        campaign.brandId = core::BrandId{1};
        campaign.name = "Spring";
        campaign.objective = core::Objective::Leads;
        campaign.startDate = "2026-03-02";
        campaign.weeks = 20;
        campaign.capacityHoursPerWeek = 40.0;
        campaign.automationSaving = 0.4;
        activities = {media(1, "Instagram", "Reels", core::Format::Video, 2.0, 2.0),
                      media(2, "Newsletter", "Letter", core::Format::Newsletter, 1.0, 3.0),
                      networking(3, "Forum", "Forum replies", core::Format::ThreadReply, 4.0, 1.0),
                      networking(4, "Meetups", "Meetup", core::Format::Event, 1.0, 3.0)};
    }

    core::Activity &activity(const std::string &title) {
        for (core::Activity &a : activities) {
            if (a.title == title)
                return a;
        }
        throw std::out_of_range(title);
    }

    static core::Activity media(std::int64_t id, std::string channel, std::string title,
                                core::Format format, double cadence, double hours) {
        core::Activity a;
        a.id = core::ActivityId{id};
        a.campaignId = core::CampaignId{7};
        a.channel = std::move(channel);
        a.title = std::move(title);
        a.format = format;
        a.interaction = core::Interaction::Broadcast;
        a.goal = core::Goal::Awareness;
        a.automated = true;
        a.cadencePerWeek = cadence;
        a.hoursPerOccurrence = hours;
        a.startWeek = 1;
        a.endWeek = 20;
        a.response.maxWeeklyReturn = 100.0;
        return a;
    }

    static core::Activity networking(std::int64_t id, std::string channel, std::string title,
                                     core::Format format, double cadence, double hours) {
        core::Activity a = media(id, std::move(channel), std::move(title), format, cadence, hours);
        a.interaction = core::Interaction::Community;
        a.goal = core::Goal::Relationships;
        a.automated = false;
        return a;
    }
};

} // namespace castnet::test
