// SPDX-License-Identifier: GPL-3.0-or-later
// The report's first sections: the summary, the two tracks of the reference
// article with the campaign's own figures, and the activities by track.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include <fmt/format.h>

#include "core/report/report_sections.h"
#include "core/report/report_table_builder.h"
#include "core/report/report_text.h"

namespace castnet::core {

namespace {

constexpr Track bothTracks[] = {Track::Media, Track::Networking};

// "1 week", "2 weeks".
std::string counted(std::size_t count, const char *one, const char *many) {
    return fmt::format("{} {}", count, count == 1 ? one : many);
}

const char *pick(std::size_t count, const char *one, const char *many) {
    return count == 1 ? one : many;
}

double shareOf(double part, double whole) {
    return whole > 0.0 ? part / whole : 0.0;
}

std::string perHour(const std::optional<double> &value) {
    return value ? reportNumber(*value, 2) : std::string("–");
}

std::size_t channelCount(const std::vector<Activity> &activities) {
    std::set<std::string> channels;
    for (const Activity &activity : activities)
        channels.insert(activity.channel);
    return channels.size();
}

// Explains the † in plain words wherever a table carries one.
std::string defaultReturnNote(const Projection &projection) {
    double onDefault = 0.0;
    for (const ActivityProjection &a : projection.activities)
        onDefault += a.restsOnDefaultReturn() ? a.totalReturn : 0.0;
    return fmt::format("† A return marked † rests on Castnet's default assumption of what an "
                       "activity can return at most in a week ({} for media, {} for "
                       "networking), not on the brand's own results; {} of the expected return "
                       "is marked. Enter what analytics measure, or record results and "
                       "calibrate, to replace it.",
                       reportNumber(trackDefaults(Track::Media).maxWeeklyReturn, 0),
                       reportNumber(trackDefaults(Track::Networking).maxWeeklyReturn, 0),
                       reportShare(shareOf(onDefault, projection.totalReturn)));
}

ReportTable trackTotalsTable(const ReportContext &context) {
    const Projection &p = context.projection;
    const Campaign &c = context.campaign;
    ReportTable table =
        makeTable({textColumn("Track", 1.6), figureColumn("Activities"), figureColumn("Effort (h)"),
                   figureColumn("Share of effort"), figureColumn("Cost (" + c.currency + ")"),
                   figureColumn("Expected return (" + c.returnUnit + ")", 1.3),
                   figureColumn("Share of return"), figureColumn("Return per hour")});
    for (const Track track : bothTracks) {
        const TrackProjection &t = p.track(track);
        addRow(table,
               {reportTrackTitle(track), std::to_string(t.activityCount),
                reportNumber(t.totalEffort, 1), reportShare(shareOf(t.totalEffort, p.totalEffort)),
                reportNumber(t.totalCost, 2),
                reportNumber(t.totalReturn, 1) + (t.restsOnDefaultReturn ? "\u00A0†" : ""),
                reportShare(shareOf(t.totalReturn, p.totalReturn)), perHour(t.returnPerHour)});
    }
    addRow(table,
           {"Both tracks", std::to_string(p.activities.size()), reportNumber(p.totalEffort, 1),
            p.totalEffort > 0.0 ? "100 %" : "–", reportNumber(p.totalCost, 2),
            reportNumber(p.totalReturn, 1) + (p.restsOnDefaultReturn ? "\u00A0†" : ""),
            p.totalReturn > 0.0 ? "100 %" : "–", perHour(p.returnPerHour)},
           true);
    return table;
}

std::string summaryText(const ReportContext &context) {
    const Campaign &c = context.campaign;
    const Projection &p = context.projection;
    const double perWeek = c.weeks > 0 ? p.totalEffort / c.weeks : 0.0;
    const std::size_t channels = channelCount(context.activities);
    return fmt::format(
        "“{}” for {} runs {} from {} with the objective {}. Its {} on {} {} {} of the team's "
        "time, {} a week on average against a capacity of {}; {} {} and {} expected to return "
        "{}{}.",
        c.name, context.brand.name, counted(static_cast<std::size_t>(c.weeks), "week", "weeks"),
        c.startDate, toString(c.objective),
        counted(context.activities.size(), "activity", "activities"),
        counted(channels, "channel", "channels"), pick(context.activities.size(), "asks", "ask"),
        reportHours(p.totalEffort), reportHours(perWeek), reportHours(c.capacityHoursPerWeek),
        pick(context.activities.size(), "it costs", "they cost"),
        reportMoney(p.totalCost, c.currency), pick(context.activities.size(), "is", "are"),
        reportAmount(p.totalReturn, c.returnUnit),
        p.returnPerHour ? fmt::format(" ({} per hour of effort)", reportNumber(*p.returnPerHour, 2))
                        : std::string());
}

std::string splitText(const Projection &p) {
    if (!(p.totalEffort > 0.0))
        return "The plan has no effort yet: add activities to see the split between the tracks.";
    const TrackProjection &media = p.track(Track::Media);
    const TrackProjection &networking = p.track(Track::Networking);
    return fmt::format("Broadcast media takes {} of the effort and brings {} of the expected "
                       "return; relationship networking takes {} and brings {}.",
                       reportShare(shareOf(media.totalEffort, p.totalEffort)),
                       reportShare(shareOf(media.totalReturn, p.totalReturn)),
                       reportShare(shareOf(networking.totalEffort, p.totalEffort)),
                       reportShare(shareOf(networking.totalReturn, p.totalReturn)));
}

std::string findingsText(const std::vector<Recommendation> &found) {
    const auto risks = std::count_if(found.begin(), found.end(), [](const Recommendation &r) {
        return r.severity == Recommendation::Severity::Risk;
    });
    const auto advice = static_cast<std::ptrdiff_t>(found.size()) - risks;
    if (found.empty())
        return "The last section finds no risk in this plan.";
    std::string what;
    if (risks > 0)
        what = fmt::format("{} {}", risks, risks == 1 ? "risk" : "risks");
    if (advice > 0) {
        what += fmt::format("{}{} {}", what.empty() ? "" : " and ", advice,
                            advice == 1 ? "recommendation" : "recommendations");
    }
    return fmt::format("“Risks and recommendations” at the end explains {} in full.", what);
}

// The figures of one track that the article's points speak about.
struct TrackFacts {
    std::size_t activities = 0;
    std::size_t broadcasts = 0;      // interaction broadcast
    std::size_t conversations = 0;   // dialogue or community
    std::size_t commercialGoals = 0; // leads, data, sales
    std::size_t relationalGoals = 0; // relationships, feedback, referrals
    std::size_t automated = 0;
    std::map<std::string, int> formats;
    double hoursSaved = 0.0;  // output hours the team did not spend thanks to automation
    double tailReturn = 0.0;  // return earned after an activity's last week
    double earlyReturn = 0.0; // return of the first quarter of the campaign
    double weightedMaturity = 0.0;
    double maturityWeight = 0.0;
    double marginalSum = 0.0;
};

bool isCommercial(Goal goal) {
    return goal == Goal::Leads || goal == Goal::Data || goal == Goal::Sales;
}

bool isRelational(Goal goal) {
    return goal == Goal::Relationships || goal == Goal::Feedback || goal == Goal::Referrals;
}

std::string formatName(Format format) {
    std::string name(toString(format));
    std::replace(name.begin(), name.end(), '_', ' ');
    return name;
}

int earlyWeeks(int weeks) {
    return std::max(1, (weeks + 3) / 4);
}

std::array<TrackFacts, 2> trackFacts(const ReportContext &context) {
    std::array<TrackFacts, 2> facts{};
    const int early = earlyWeeks(context.projection.weeks);
    for (const ActivityProjection &a : context.projection.activities) {
        const Activity &activity = context.activities[a.index];
        TrackFacts &f = facts[trackIndex(a.track)];
        ++f.activities;
        f.broadcasts += activity.interaction == Interaction::Broadcast;
        f.conversations += activity.interaction != Interaction::Broadcast;
        f.commercialGoals += isCommercial(activity.goal);
        f.relationalGoals += isRelational(activity.goal);
        f.automated += activity.automated;
        ++f.formats[formatName(activity.format)];
        f.hoursSaved += (a.weeklyOutputHours - a.weeklyRecurringEffort) * a.activeWeeks();
        for (std::size_t week = 0; week < a.returns.size(); ++week) {
            if (static_cast<int>(week) >= a.lastWeek)
                f.tailReturn += a.returns[week];
            if (static_cast<int>(week) < early)
                f.earlyReturn += a.returns[week];
        }
        f.weightedMaturity += a.maturityWeeks * a.totalEffort;
        f.maturityWeight += a.totalEffort;
        f.marginalSum += a.marginalReturn;
    }
    return facts;
}

std::string topFormats(const TrackFacts &facts) {
    std::vector<std::pair<std::string, int>> sorted(facts.formats.begin(), facts.formats.end());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    std::string text;
    for (std::size_t i = 0; i < sorted.size() && i < 4; ++i)
        text += fmt::format("{}{} ({})", i ? ", " : "", sorted[i].first, sorted[i].second);
    return text.empty() ? "no activities" : text;
}

std::string maturity(const TrackFacts &facts) {
    if (!(facts.maturityWeight > 0.0))
        return "–";
    return reportNumber(facts.weightedMaturity / facts.maturityWeight, 1);
}

std::string averageMarginal(const TrackFacts &facts) {
    return facts.activities > 0 ? reportNumber(facts.marginalSum / facts.activities, 1) : "–";
}

std::vector<std::vector<std::string>> articleRows(const ReportContext &context) {
    const auto facts = trackFacts(context);
    const TrackFacts &m = facts[trackIndex(Track::Media)];
    const TrackFacts &n = facts[trackIndex(Track::Networking)];
    const Projection &p = context.projection;
    const TrackProjection &mp = p.track(Track::Media);
    const TrackProjection &np = p.track(Track::Networking);
    const std::string &unit = context.campaign.returnUnit;
    const int early = earlyWeeks(p.weeks);
    return {
        {"Communication",
         fmt::format("One-to-many: images, videos, white papers and infographics pushed to "
                     "followers, ending in calls to action. Here {} of {} {}.",
                     m.broadcasts, counted(m.activities, "media activity", "media activities"),
                     pick(m.broadcasts, "broadcasts", "broadcast")),
         fmt::format("Give-and-take: post about the brand, listen and answer others in a "
                     "community. Here {} of {} {}.",
                     n.conversations,
                     counted(n.activities, "networking activity", "networking activities"),
                     pick(n.conversations, "is a dialogue or community thread",
                          "are dialogues or community threads"))},
        {"End goals",
         fmt::format("Lead generation, data acquisition and sales. Here {} {} at leads, data "
                     "or sales.",
                     counted(m.commercialGoals, "media activity", "media activities"),
                     pick(m.commercialGoals, "aims", "aim")),
         fmt::format("Building and fostering relationships. Here {} {} at relationships, "
                     "feedback or referrals.",
                     counted(n.relationalGoals, "networking activity", "networking activities"),
                     pick(n.relationalGoals, "aims", "aim"))},
        {"Content",
         fmt::format("Any media asset made to create interest and buzz. Here: {}.", topFormats(m)),
         fmt::format("Conversations and questions in an informative tone. Here: {}.",
                     topFormats(n))},
        {"Efforts needed",
         fmt::format("Can be automated: posts scheduled ahead. Here {} of {} {} automated, "
                     "saving {} of the team's time.",
                     m.automated, counted(m.activities, "media activity", "media activities"),
                     pick(m.automated, "is", "are"), reportHours(m.hoursSaved)),
         fmt::format("No shortcut: time and people must be invested. Here {} over the campaign, "
                     "{} a week on average.",
                     reportHours(np.totalEffort),
                     reportHours(p.weeks > 0 ? np.totalEffort / p.weeks : 0.0))},
        {"Benefits",
         fmt::format("Presence and reach across the globe. Here {} of the expected return, {} of "
                     "it in the first {}.",
                     reportAmount(mp.totalReturn, unit),
                     reportShare(shareOf(m.earlyReturn, mp.totalReturn)),
                     counted(static_cast<std::size_t>(early), "week", "weeks")),
         fmt::format("Meaningful conversations, organic feedback, long-lasting relationships. "
                     "Here {} of the expected return; {}",
                     reportAmount(np.totalReturn, unit),
                     n.tailReturn > 0.0
                         ? fmt::format("{} of it still arrives after the activities end.",
                                       reportShare(shareOf(n.tailReturn, np.totalReturn)))
                         : std::string("the activities run to the campaign's end, so what "
                                       "lasts beyond it is not counted."))},
        {"Disadvantages",
         fmt::format("Little feedback, and meaningful content lost among spam; returns diminish "
                     "from the first hour. Here one more hour a week on an activity adds {} {} "
                     "over the campaign on average; effort matures in {} weeks.",
                     averageMarginal(m), unit, maturity(m)),
         fmt::format("Slow: relationships take time. Here effort needs {} weeks to mature, and "
                     "the first {} {} of the track's return.",
                     maturity(n), counted(static_cast<std::size_t>(early), "week", "weeks"),
                     pick(static_cast<std::size_t>(early), "brings", "bring"),
                     reportShare(shareOf(n.earlyReturn, np.totalReturn)))},
        {"Returns",
         fmt::format("Engagement, followers and sales, measured with analytics; indirect and "
                     "brand-specific. Here {} per hour and {} per {}.",
                     perHour(mp.returnPerHour), perHour(mp.returnPerCurrencyUnit),
                     context.campaign.currency),
         fmt::format("Direct response and growth of the network. Here {} per hour and {} per {}.",
                     perHour(np.returnPerHour), perHour(np.returnPerCurrencyUnit),
                     context.campaign.currency)},
    };
}

std::string tradeOffText(const Projection &p) {
    const auto &media = p.track(Track::Media).returnPerHour;
    const auto &networking = p.track(Track::Networking).returnPerHour;
    std::string text =
        "Castnet models the article's trade-off: media acts fast, fades fast and saturates from "
        "the first hour; networking builds up slowly, lasts, and pays once relationships form. "
        "Media therefore wins short campaigns and small efforts, networking long campaigns with "
        "steady effort.";
    if (media && networking) {
        text += fmt::format(" In this plan an hour of media returns {}, an hour of networking {}.",
                            reportNumber(*media, 2), reportNumber(*networking, 2));
    }
    return text;
}

// The evidence of a reason without its explanation, which the section's
// introduction gives once: "one-to-many broadcast", "a video is a media
// asset", "aims at awareness", "scheduled ahead (automated)".
std::string evidence(const TrackReason &reason) {
    const std::string &sentence = reason.sentence;
    std::size_t end = sentence.find(':');
    if (end == std::string::npos)
        end = sentence.find(" made to");
    return sentence.substr(0, end);
}

std::string reasonsCell(const Classification &c) {
    std::string text = c.overridden
                           ? fmt::format("Set by hand; computed {}, {} sure",
                                         toString(c.computedTrack), reportShare(c.confidence))
                           : fmt::format("{} sure", reportShare(c.confidence));
    for (std::size_t i = 0; i < c.reasons.size(); ++i)
        text += (i == 0 ? ": " : "; ") + evidence(c.reasons[i]);
    return text + ".";
}

ReportTable activityTable(const ReportContext &context, Track track) {
    const Campaign &c = context.campaign;
    ReportTable table =
        makeTable({textColumn("Activity", 2.0), textColumn("Channel", 1.3),
                   textColumn("Weeks", 0.9), figureColumn("Effort (h)", 0.9),
                   figureColumn("Cost (" + c.currency + ")", 1.0), figureColumn("Return", 0.9),
                   figureColumn("Per hour", 0.8), textColumn("Why this track", 3.6)});
    const TrackProjection &totals = context.projection.track(track);
    for (const ActivityProjection &a : context.projection.activities) {
        if (a.track != track)
            continue;
        const Activity &activity = context.activities[a.index];
        addRow(table, {activity.title, activity.channel,
                       a.activeWeeks() > 0 ? fmt::format("{}–{}", a.firstWeek, a.lastWeek) : "–",
                       reportNumber(a.totalEffort, 1), reportNumber(a.totalCost, 2),
                       reportNumber(a.totalReturn, 1) + (a.restsOnDefaultReturn() ? "\u00A0†" : ""),
                       perHour(a.returnPerHour), reasonsCell(context.classifications[a.index])});
    }
    addRow(table,
           {"Total", "", "", reportNumber(totals.totalEffort, 1), reportNumber(totals.totalCost, 2),
            reportNumber(totals.totalReturn, 1) + (totals.restsOnDefaultReturn ? "\u00A0†" : ""),
            perHour(totals.returnPerHour), ""},
           true);
    return table;
}

} // namespace

ReportSection summarySection(const ReportContext &context) {
    ReportSection section{"summary", "Summary", {}};
    section.blocks = verdictBlocks(context);
    section.blocks.push_back(paragraph(summaryText(context)));
    section.blocks.push_back(trackTotalsTable(context));
    section.blocks.push_back(paragraph(splitText(context.projection)));
    if (context.projection.restsOnDefaultReturn)
        section.blocks.push_back(note(defaultReturnNote(context.projection)));
    section.blocks.push_back(paragraph(findingsText(context.recommendations)));
    return section;
}

ReportSection tracksSection(const ReportContext &context) {
    ReportSection section{"tracks", "The two tracks", {}};
    section.blocks.push_back(paragraph(
        "Castnet splits the plan into two tracks, after the reference article “Social Media vs "
        "Social Networking”: broadcast media pushes content to many people, relationship "
        "networking builds relationships through give-and-take. Each activity is classified by "
        "the article's points on communication, content, end goal and effort. The table sets "
        "the article's points beside this campaign's own figures."));
    ReportTable table = makeTable({textColumn("Article point", 1.0),
                                   textColumn(reportTrackTitle(Track::Media), 2.5),
                                   textColumn(reportTrackTitle(Track::Networking), 2.5)});
    for (auto &row : articleRows(context))
        addRow(table, std::move(row));
    section.blocks.push_back(std::move(table));
    section.blocks.push_back(paragraph(tradeOffText(context.projection)));
    return section;
}

ReportSection activitiesSection(const ReportContext &context) {
    ReportSection section{"activities", "Activities by track", {}};
    section.blocks.push_back(paragraph(fmt::format(
        "Every activity with its weeks, its effort and cost over the campaign and its expected "
        "return in {}. “Why this track” gives the evidence of the article's points, in order: "
        "communication (one-to-many broadcast, or dialogue and community give-and-take), "
        "content (a media asset, or conversation), end goal (leads, data and sales, or "
        "relationships, feedback and referrals) and effort (scheduled ahead, or done by hand). "
        "A track set by hand wins over the computed one, which stays visible.",
        context.campaign.returnUnit)));
    for (const Track track : bothTracks) {
        const std::size_t count = context.projection.track(track).activityCount;
        section.blocks.push_back(ReportSubheading{fmt::format(
            "{}: {} {}", reportTrackTitle(track), count, count == 1 ? "activity" : "activities")});
        if (count == 0) {
            section.blocks.push_back(paragraph("No activity is on this track."));
            continue;
        }
        section.blocks.push_back(activityTable(context, track));
    }
    if (context.projection.restsOnDefaultReturn)
        section.blocks.push_back(note(defaultReturnNote(context.projection)));
    return section;
}

} // namespace castnet::core
