// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/recommendations.h"

#include <algorithm>
#include <map>
#include <utility>

#include <fmt/format.h>

#include "core/report/report_text.h"

namespace castnet::core {

namespace {

using Severity = Recommendation::Severity;

Recommendation make(RecommendationRule rule, Severity severity, std::string text,
                    std::string citation) {
    return {rule, severity, fmt::format("{} ({}).", std::move(text), citation),
            std::move(citation)};
}

double trackShareOfEffort(const Projection &projection, Track track) {
    return projection.totalEffort > 0.0
               ? projection.track(track).totalEffort / projection.totalEffort
               : 0.0;
}

// Titles of the activities that pass `keep`, in plan order.
template<class Keep> std::vector<std::string> titlesWhere(const PlanFacts &plan, Keep keep) {
    std::vector<std::string> titles;
    for (const ActivityProjection &activity : plan.projection.activities) {
        if (keep(activity))
            titles.push_back(plan.activities[activity.index].title);
    }
    return titles;
}

bool runs(const ActivityProjection &activity) {
    return activity.activeWeeks() > 0 && activity.weeklyOutputHours > 0.0;
}

} // namespace

std::optional<Recommendation> thinFeedback(const PlanFacts &plan) {
    if (!(plan.projection.totalEffort > 0.0))
        return std::nullopt;
    const double share = trackShareOfEffort(plan.projection, Track::Networking);
    if (share >= thinFeedbackShare)
        return std::nullopt;
    return make(RecommendationRule::ThinFeedback, Severity::Risk,
                fmt::format("Relationship networking gets {} of the effort, less than {}: "
                            "feedback from the audience will be thin, because broadcast media "
                            "draws little of it. Move some hours to conversations and community "
                            "work",
                            reportShare(share), reportShare(thinFeedbackShare)),
                "article point 7, disadvantages");
}

std::optional<Recommendation> scheduleMediaAhead(const PlanFacts &plan) {
    double saving = 0.0;
    const auto titles = titlesWhere(plan, [&](const ActivityProjection &activity) {
        const bool manualMedia = activity.track == Track::Media &&
                                 !plan.activities[activity.index].automated && runs(activity);
        if (manualMedia) {
            saving += activity.weeklyOutputHours * activity.activeWeeks() *
                      plan.campaign.automationSaving;
        }
        return manualMedia;
    });
    if (titles.empty())
        return std::nullopt;
    std::string text =
        fmt::format("{} broadcast media {} by hand: {}. Schedule {} ahead", titles.size(),
                    titles.size() == 1 ? "activity is posted" : "activities are posted",
                    reportQuotedList(titles), titles.size() == 1 ? "it" : "them");
    if (saving > 0.0) {
        text += fmt::format("; at the campaign's automation saving of {} that frees about {} "
                            "of the team's time",
                            reportShare(plan.campaign.automationSaving), reportHours(saving));
    }
    return make(RecommendationRule::ScheduleMediaAhead, Severity::Advice, std::move(text),
                "article point 5, efforts needed");
}

std::optional<Recommendation> endsBeforeItPays(const PlanFacts &plan) {
    std::vector<std::string> details;
    for (const ActivityProjection &activity : plan.projection.activities) {
        if (activity.track != Track::Networking || !runs(activity) ||
            activity.activeWeeks() >= activity.maturityWeeks)
            continue;
        details.push_back(fmt::format("{}” runs {} weeks but needs {} to mature",
                                      plan.activities[activity.index].title, activity.activeWeeks(),
                                      activity.maturityWeeks));
    }
    if (details.empty())
        return std::nullopt;
    std::string list;
    for (std::size_t i = 0; i < details.size() && i < 3; ++i)
        list += (i ? "; “" : "“") + details[i];
    if (details.size() > 3)
        list += fmt::format("; and {} more", details.size() - 3);
    return make(RecommendationRule::EndsBeforeItPays, Severity::Risk,
                fmt::format("{} networking {} before {} pays: {}. Relationships take time; "
                            "start earlier or run longer",
                            details.size(),
                            details.size() == 1 ? "activity ends" : "activities end",
                            details.size() == 1 ? "it" : "they", list),
                "article point 7, disadvantages");
}

std::optional<Recommendation> overCapacity(const PlanFacts &plan) {
    const std::vector<int> &weeks = plan.projection.overloadWeeks;
    if (weeks.empty())
        return std::nullopt;
    const auto peak =
        std::max_element(plan.projection.weeklyEffort.begin(), plan.projection.weeklyEffort.end());
    return make(RecommendationRule::OverCapacity, Severity::Risk,
                fmt::format("{} {} over the team's capacity of {} a week (weeks {}; the busiest "
                            "needs {}). Networking has no shortcut, so spread setup work, "
                            "schedule media ahead or add people",
                            weeks.size(), weeks.size() == 1 ? "week is" : "weeks are",
                            reportHours(plan.campaign.capacityHoursPerWeek),
                            reportWeekRanges(weeks), reportHours(*peak)),
                "article point 5, efforts needed");
}

std::optional<Recommendation> channelDependency(const PlanFacts &plan) {
    const double total = plan.projection.totalReturn;
    if (!(total > 0.0))
        return std::nullopt;
    std::map<std::string, double> byChannel;
    for (const ActivityProjection &activity : plan.projection.activities)
        byChannel[plan.activities[activity.index].channel] += activity.totalReturn;
    const auto top =
        std::max_element(byChannel.begin(), byChannel.end(),
                         [](const auto &a, const auto &b) { return a.second < b.second; });
    const double share = top->second / total;
    if (share <= channelDependencyShare)
        return std::nullopt;
    return make(RecommendationRule::ChannelDependency, Severity::Risk,
                fmt::format("“{}” brings {} of the expected return, more than {}: the plan "
                            "depends on one channel, and its returns are estimates that "
                            "analytics must confirm. Spread the effort over more channels",
                            top->first, reportShare(share), reportShare(channelDependencyShare)),
                "article point 8, returns");
}

std::optional<Recommendation> trackObjectiveMismatch(const PlanFacts &plan) {
    if (!(plan.projection.totalEffort > 0.0))
        return std::nullopt;
    const Objective objective = plan.campaign.objective;
    const bool relational = objective == Objective::Community || objective == Objective::Feedback;
    const Track heavy = relational ? Track::Media : Track::Networking;
    const double share = trackShareOfEffort(plan.projection, heavy);
    if (share <= heavyTrackShare)
        return std::nullopt;
    const std::string why =
        relational ? "broadcast media aims at leads, data and sales, while relationships and "
                     "feedback come from networking; move effort to conversations"
                   : "networking builds relationships slowly, while reach, leads and sales "
                     "come from broadcast media; add media for the objective";
    return make(RecommendationRule::TrackObjectiveMismatch, Severity::Risk,
                fmt::format("{} takes {} of the effort, yet the objective is {}: {}",
                            reportTrackTitle(heavy), reportShare(share), toString(objective), why),
                "article point 3, end goals");
}

std::optional<Recommendation> automatedNetworking(const PlanFacts &plan) {
    const auto titles = titlesWhere(plan, [&](const ActivityProjection &activity) {
        return activity.track == Track::Networking && plan.activities[activity.index].automated;
    });
    if (titles.empty())
        return std::nullopt;
    return make(RecommendationRule::AutomatedNetworking, Severity::Advice,
                fmt::format("{} networking {} marked automated: {}. There is no shortcut for "
                            "engagement, so Castnet counts {} full hours; plan people for the "
                            "replies",
                            titles.size(), titles.size() == 1 ? "activity is" : "activities are",
                            reportQuotedList(titles), titles.size() == 1 ? "its" : "their"),
                "article point 5, efforts needed");
}

std::optional<Recommendation> crowdedChannel(const PlanFacts &plan) {
    std::map<std::pair<std::string, Track>, int> counts;
    for (const ActivityProjection &activity : plan.projection.activities)
        ++counts[{plan.activities[activity.index].channel, activity.track}];
    std::vector<std::pair<std::pair<std::string, Track>, int>> crowded;
    for (const auto &entry : counts) {
        if (entry.second > crowdedChannelActivities)
            crowded.push_back(entry);
    }
    if (crowded.empty())
        return std::nullopt;
    // The most crowded first; a large plan names three and counts the rest.
    std::stable_sort(crowded.begin(), crowded.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    std::string list;
    for (std::size_t i = 0; i < crowded.size() && i < 3; ++i) {
        const auto &[key, count] = crowded[i];
        list += fmt::format("{}“{}” holds {} {} activities", i ? "; " : "", key.first, count,
                            toString(key.second));
    }
    if (crowded.size() > 3)
        list += fmt::format("; and {} more channels hold more than {} of one track",
                            crowded.size() - 3, crowdedChannelActivities);
    return make(RecommendationRule::CrowdedChannel, Severity::Advice,
                fmt::format("{}. Each activity saturates on its own, so several aimed at one "
                            "audience overstate the return and compete for attention: merge "
                            "them if they reach the same people",
                            list),
                "article point 7, disadvantages");
}

std::optional<Recommendation> defaultReturns(const PlanFacts &plan) {
    if (!plan.projection.restsOnDefaultReturn)
        return std::nullopt;
    double onDefault = 0.0;
    const auto titles = titlesWhere(plan, [&](const ActivityProjection &activity) {
        if (activity.restsOnDefaultReturn())
            onDefault += activity.totalReturn;
        return activity.restsOnDefaultReturn();
    });
    const double share =
        plan.projection.totalReturn > 0.0 ? onDefault / plan.projection.totalReturn : 0.0;
    return make(RecommendationRule::DefaultReturns, Severity::Risk,
                fmt::format("{} of the expected return comes from {} {} the default, "
                            "uncalibrated maximum weekly return. Measure what each channel "
                            "returns with analytics and enter it, then read the figures again",
                            reportShare(share), titles.size(),
                            titles.size() == 1 ? "activity that uses" : "activities that use"),
                "article point 8, returns");
}

std::vector<Recommendation> recommendations(const PlanFacts &plan) {
    using Rule = std::optional<Recommendation> (*)(const PlanFacts &);
    static constexpr Rule rules[] = {
        thinFeedback,        scheduleMediaAhead, endsBeforeItPays,
        overCapacity,        channelDependency,  trackObjectiveMismatch,
        automatedNetworking, crowdedChannel,     defaultReturns};
    std::vector<Recommendation> found;
    for (const Rule rule : rules) {
        if (auto recommendation = rule(plan))
            found.push_back(std::move(*recommendation));
    }
    std::stable_partition(found.begin(), found.end(),
                          [](const Recommendation &r) { return r.severity == Severity::Risk; });
    return found;
}

} // namespace castnet::core
