// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/analysis/projection.h"
#include "core/domain/activity.h"
#include "core/domain/campaign.h"

namespace castnet::core {

// The risks and recommendations of DESIGN §7. Each rule is one function
// that looks at the plan and its projection and, when it applies, says what
// to do and which point of the reference article the advice comes from.

enum class RecommendationRule {
    ThinFeedback,           // networking < 20 % of the effort
    ScheduleMediaAhead,     // media activities that are not automated
    EndsBeforeItPays,       // networking shorter than its maturity
    OverCapacity,           // weeks over the team's capacity
    ChannelDependency,      // one channel > 60 % of the return
    TrackObjectiveMismatch, // a heavy track that does not serve the objective
    AutomatedNetworking,    // networking marked automated
    CrowdedChannel,         // > 3 activities of one track on one channel
    DefaultReturns          // figures resting on the default R
};

struct Recommendation {
    enum class Severity { Risk, Advice };
    RecommendationRule rule = RecommendationRule::ThinFeedback;
    Severity severity = Severity::Advice;
    std::string text;     // whole sentences ending in the citation
    std::string citation; // "the article's “Disadvantages”": the point named, never numbered
    std::string headline; // one short sentence for the summary: what is wrong, in figures
};

// The summary's order of importance: what costs the campaign most if it is
// ignored comes first. Figures resting on defaults are left out, as the
// summary speaks of trust in a sentence of its own.
std::vector<Recommendation> mostImportantRisks(const std::vector<Recommendation> &found,
                                               std::size_t count);

// The thresholds of the rules.
inline constexpr double thinFeedbackShare = 0.2;      // networking share of effort below it
inline constexpr double channelDependencyShare = 0.6; // one channel's share of return above it
inline constexpr double heavyTrackShare = 0.7;     // a track above this share of effort is "heavy"
inline constexpr int crowdedChannelActivities = 3; // more than this per track and channel

// What every rule looks at. `projection` must be project(campaign, activities).
struct PlanFacts {
    const Campaign &campaign;
    const std::vector<Activity> &activities;
    const Projection &projection;
};

std::optional<Recommendation> thinFeedback(const PlanFacts &plan);
std::optional<Recommendation> scheduleMediaAhead(const PlanFacts &plan);
std::optional<Recommendation> endsBeforeItPays(const PlanFacts &plan);
std::optional<Recommendation> overCapacity(const PlanFacts &plan);
std::optional<Recommendation> channelDependency(const PlanFacts &plan);
std::optional<Recommendation> trackObjectiveMismatch(const PlanFacts &plan);
std::optional<Recommendation> automatedNetworking(const PlanFacts &plan);
std::optional<Recommendation> crowdedChannel(const PlanFacts &plan);
std::optional<Recommendation> defaultReturns(const PlanFacts &plan);

// Every rule that applies, risks first, each group in the order above.
std::vector<Recommendation> recommendations(const PlanFacts &plan);

} // namespace castnet::core
