// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "core/analysis/comparison.h"
#include "core/domain/activity.h"
#include "core/domain/campaign.h"
#include "core/domain/scenario.h"

namespace castnet::core::test {

// Two activities of a two-week campaign with figures worked by hand, shared
// by the comparison's tests and those of `castnet compare`'s output.
class ComparisonTest : public ::testing::Test {
protected:
    ComparisonTest() {
        campaign.id = CampaignId{5};
        campaign.name = "Spring";
        campaign.weeks = 2;
        campaign.automationSaving = 0.4;
        campaign.budgetPerWeek.reset();
    }

    // Media (3 + 2 + 1 − 1 = 5): 2 occurrences of 1 h at 3 a week in weeks
    // 1 … 2, theta 0, s 1, gamma 2, R 10. Output 2 h: y = 10 / (1 + 2/2) = 5
    // a week, 10 in all; effort 4 h, cost 12.
    static Activity post() {
        Activity a;
        a.id = ActivityId{1};
        a.channel = "Instagram";
        a.title = "Carousel";
        a.format = Format::Image;
        a.interaction = Interaction::Broadcast;
        a.goal = Goal::Awareness;
        a.cadencePerWeek = 2.0;
        a.hoursPerOccurrence = 1.0;
        a.costPerOccurrence = Cents(300);
        a.startWeek = 1;
        a.endWeek = 2;
        a.response = {10.0, 2.0, 1.0, 0.0};
        return a;
    }

    // Networking (−3 − 2 − 2 − 1 = −8): 1 h a week at no cost, theta 0.5,
    // s 1, gamma 1, R 6. A1 = 0.5, y1 = 6 / (1 + 2) = 2; A2 = 0.75,
    // y2 = 6 / (1 + 4/3) = 18/7. Effort 2 h; maturity ceil(ln 0.1 / ln 0.5) = 4.
    static Activity thread() {
        Activity a = post();
        a.id = ActivityId{2};
        a.channel = "Forum";
        a.title = "Questions";
        a.format = Format::Question;
        a.interaction = Interaction::Community;
        a.goal = Goal::Relationships;
        a.cadencePerWeek = 1.0;
        a.costPerOccurrence = Cents(0);
        a.response = {6.0, 1.0, 1.0, 0.5};
        return a;
    }

    static Scenario scenario(const std::string &name, std::vector<Allocation> allocations) {
        Scenario s;
        s.campaignId = CampaignId{5};
        s.name = name;
        s.allocations = std::move(allocations);
        return s;
    }

    Comparison compareOk(const std::vector<Scenario> &scenarios) {
        auto result = compare(campaign, activities, scenarios);
        EXPECT_TRUE(result.has_value()) << (result ? "" : result.error().message);
        return result ? std::move(*result) : Comparison{};
    }

    Campaign campaign;
    std::vector<Activity> activities{post(), thread()};
};

} // namespace castnet::core::test
