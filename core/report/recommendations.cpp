// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/recommendations.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "core/report/report_text.h"

namespace castnet::core {

namespace {

using Severity = Recommendation::Severity;

// The article's points by name, as its headings read: a reader never has to
// count them.
std::string articlePoint(std::string_view name) {
    return fmt::format("the article's “{}”", name);
}

Recommendation make(RecommendationRule rule, Severity severity, std::string text,
                    std::string_view point, std::string headline) {
    std::string citation = articlePoint(point);
    return {rule, severity, fmt::format("{} ({}).", std::move(text), citation), std::move(citation),
            std::move(headline)};
}

// "is" or "are", "it" or "they", … after a count.
const char *pick(std::size_t count, const char *one, const char *many) {
    return count == 1 ? one : many;
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

// Activities named in one rule's list before "and N more": enough to say a
// campaign's cause once with every name in it.
constexpr std::size_t listedActivities = 12;

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
                "Disadvantages",
                fmt::format("Networking gets only {} of the effort, so feedback from the "
                            "audience will be thin.",
                            reportShare(share)));
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
    const std::size_t count = titles.size();
    std::string text =
        fmt::format("{} broadcast media {} by hand: {}. Schedule {} ahead", count,
                    pick(count, "activity is posted", "activities are posted"),
                    reportQuotedList(titles, listedActivities), pick(count, "it", "them"));
    if (saving > 0.0) {
        text += fmt::format("; at the campaign's automation saving of {} that frees about {} "
                            "of the team's time",
                            reportShare(plan.campaign.automationSaving), reportHours(saving));
    }
    return make(RecommendationRule::ScheduleMediaAhead, Severity::Advice, std::move(text),
                "Efforts needed",
                fmt::format("{} media {} posted by hand could be scheduled ahead.", count,
                            pick(count, "activity is", "activities are")));
}

std::optional<Recommendation> endsBeforeItPays(const PlanFacts &plan) {
    // One cause, one sentence: the activities that run the same number of
    // weeks against the same maturity are named together.
    std::map<std::pair<int, int>, std::vector<std::string>> byCause;
    std::size_t count = 0;
    for (const ActivityProjection &activity : plan.projection.activities) {
        if (activity.track != Track::Networking || !runs(activity) ||
            activity.activeWeeks() >= activity.maturityWeeks)
            continue;
        byCause[{activity.activeWeeks(), activity.maturityWeeks}].push_back(
            plan.activities[activity.index].title);
        ++count;
    }
    if (count == 0)
        return std::nullopt;
    const int weeks = plan.campaign.weeks;
    std::string causes;
    if (byCause.size() == 1 && byCause.begin()->first.first == weeks) {
        // Every short activity runs the whole campaign: the campaign is the cause.
        const auto &[key, titles] = *byCause.begin();
        causes = fmt::format(
            "the campaign's {} {} shorter than the {} weeks networking "
            "needs to mature, so {} networking {} {} {} before {} {}",
            weeks, pick(static_cast<std::size_t>(weeks), "week is", "weeks are"), key.second,
            titles.size(), pick(titles.size(), "activity", "activities"),
            reportQuotedList(titles, listedActivities), pick(titles.size(), "stops", "stop"),
            pick(titles.size(), "it", "they"), pick(titles.size(), "pays", "pay"));
        return make(RecommendationRule::EndsBeforeItPays, Severity::Risk,
                    fmt::format("{}. Relationships take time: run the campaign longer or expect "
                                "most of their return after it",
                                capitalized(causes)),
                    "Disadvantages",
                    fmt::format("The campaign is too short for networking to pay: {} {} but "
                                "networking needs {} to mature.",
                                weeks, pick(static_cast<std::size_t>(weeks), "week", "weeks"),
                                key.second));
    }
    for (const auto &[key, titles] : byCause) {
        causes += fmt::format("{}{} {} {} {} but {} {} to mature", causes.empty() ? "" : "; ",
                              reportQuotedList(titles, listedActivities),
                              pick(titles.size(), "runs", "run"), key.first,
                              pick(static_cast<std::size_t>(key.first), "week", "weeks"),
                              pick(titles.size(), "needs", "need"), key.second);
    }
    return make(RecommendationRule::EndsBeforeItPays, Severity::Risk,
                fmt::format("{} networking {} before {} {}: {}. Relationships take time; "
                            "start earlier or run longer",
                            count, pick(count, "activity ends", "activities end"),
                            pick(count, "it", "they"), pick(count, "pays", "pay"), causes),
                "Disadvantages",
                fmt::format("{} networking {} before {} {}.", count,
                            pick(count, "activity ends", "activities end"),
                            pick(count, "it", "they"), pick(count, "pays", "pay")));
}

std::optional<Recommendation> overCapacity(const PlanFacts &plan) {
    const std::vector<int> &weeks = plan.projection.overloadWeeks;
    if (weeks.empty())
        return std::nullopt;
    const auto peak =
        std::max_element(plan.projection.weeklyEffort.begin(), plan.projection.weeklyEffort.end());
    return make(RecommendationRule::OverCapacity, Severity::Risk,
                fmt::format("{} {} over the team's capacity of {} a week ({} {}; the busiest "
                            "needs {}). Networking has no shortcut, so spread setup work, "
                            "schedule media ahead or add people",
                            weeks.size(), pick(weeks.size(), "week is", "weeks are"),
                            reportHours(plan.campaign.capacityHoursPerWeek),
                            pick(weeks.size(), "week", "weeks"), reportWeekRanges(weeks),
                            reportHours(*peak)),
                "Efforts needed",
                fmt::format("The team is overbooked in {} {} ({} {}), up to {} against {}.",
                            weeks.size(), pick(weeks.size(), "week", "weeks"),
                            pick(weeks.size(), "week", "weeks"), reportWeekRanges(weeks),
                            reportHours(*peak), reportHours(plan.campaign.capacityHoursPerWeek)));
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
                "Returns",
                fmt::format("The plan depends on one channel: “{}” brings {} of the return.",
                            top->first, reportShare(share)));
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
                "End goals",
                fmt::format("{} takes {} of the effort, which does not serve the objective {}.",
                            reportTrackTitle(heavy), reportShare(share), toString(objective)));
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
                            titles.size(), pick(titles.size(), "activity is", "activities are"),
                            reportQuotedList(titles, listedActivities),
                            pick(titles.size(), "its", "their")),
                "Efforts needed",
                fmt::format("{} networking {} marked automated, yet engagement has no shortcut.",
                            titles.size(), pick(titles.size(), "activity is", "activities are")));
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
        // count > crowdedChannelActivities ≥ 1, so "activities" is always plural.
    }
    if (crowded.size() > 3)
        list += fmt::format("; and {} more channels hold more than {} of one track",
                            crowded.size() - 3, crowdedChannelActivities);
    return make(RecommendationRule::CrowdedChannel, Severity::Advice,
                fmt::format("{}. Each activity saturates on its own, so several aimed at one "
                            "audience overstate the return and compete for attention: merge "
                            "them if they reach the same people",
                            list),
                "Disadvantages",
                fmt::format("{} {} more than {} activities of one track that saturate "
                            "separately.",
                            crowded.size(), pick(crowded.size(), "channel holds", "channels hold"),
                            crowdedChannelActivities));
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
    return make(
        RecommendationRule::DefaultReturns, Severity::Risk,
        fmt::format("{} of the expected return comes from {} {} Castnet's default "
                    "assumption of what an activity can return at most in a week, not "
                    "the brand's own results. Measure what each channel returns with "
                    "analytics and enter it, or record results week by week and "
                    "calibrate, then read the figures again",
                    reportShare(share), titles.size(),
                    pick(titles.size(), "activity that rests on", "activities that rest on")),
        "Returns",
        fmt::format("{} of the expected return rests on default assumptions.", reportShare(share)));
}

std::vector<Recommendation> mostImportantRisks(const std::vector<Recommendation> &found,
                                               std::size_t count) {
    using Rule = RecommendationRule;
    // What hurts first: a plan the team cannot staff, returns that never
    // come, one channel carrying everything, then the mix's balance.
    static constexpr Rule order[] = {Rule::OverCapacity,      Rule::EndsBeforeItPays,
                                     Rule::ChannelDependency, Rule::TrackObjectiveMismatch,
                                     Rule::ThinFeedback,      Rule::AutomatedNetworking,
                                     Rule::CrowdedChannel,    Rule::ScheduleMediaAhead};
    std::vector<Recommendation> chosen;
    for (const Rule rule : order) {
        for (const Recommendation &r : found) {
            if (r.rule == rule && r.severity == Severity::Risk && chosen.size() < count)
                chosen.push_back(r);
        }
    }
    return chosen;
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
