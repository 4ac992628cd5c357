// SPDX-License-Identifier: GPL-3.0-or-later
// The report's last sections: scenarios, the week-by-week schedule, and the
// risks and recommendations.
#include <algorithm>
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "core/report/report_sections.h"
#include "core/report/report_table_builder.h"
#include "core/report/report_text.h"
#include "core/text/week_label.h"

namespace castnet::core {

namespace {

// Weeks per schedule table: a quarter keeps each table on about one page.
constexpr int scheduleChunkWeeks = 13;
// Activities listed where the proposal changes the plan most.
constexpr std::size_t proposalChangesShown = 10;

std::string kindLabel(const ScenarioSummary &summary) {
    switch (summary.kind) {
    case ScenarioSummary::Kind::Plan:
        return "plan (today)";
    case ScenarioSummary::Kind::Proposal:
        return summary.name + " (optimizer)";
    case ScenarioSummary::Kind::Stored:
        break;
    }
    return summary.name;
}

std::string difference(double value, double base, int decimals) {
    const double delta = value - base;
    const std::string sign = delta > 0.0 ? "+" : "";
    std::string text = sign + reportNumber(delta, decimals);
    if (base > 0.0)
        text += fmt::format(" ({}{})", sign, reportShare(delta / base));
    return text;
}

ReportTable scenarioTotals(const std::vector<ScenarioSummary> &summaries, const Campaign &c) {
    ReportTable table = makeTable(
        {textColumn("Scenario", 1.8), figureColumn("Effort (h)"),
         figureColumn("Cost (" + c.currency + ")"),
         figureColumn("Return (" + c.returnUnit + ")", 1.2), figureColumn("Return vs plan", 1.3),
         figureColumn("Return per hour"), figureColumn("Weeks over capacity")});
    const ScenarioSummary &plan = summaries.front();
    for (const ScenarioSummary &s : summaries) {
        addRow(
            table,
            {kindLabel(s), reportNumber(s.effort, 1), reportNumber(s.cost, 2),
             reportNumber(s.returns, 1),
             s.kind == ScenarioSummary::Kind::Plan ? "–" : difference(s.returns, plan.returns, 1),
             s.returnPerHour ? reportNumber(*s.returnPerHour, 2) : "–",
             std::to_string(s.overloadWeeks)},
            s.kind == ScenarioSummary::Kind::Plan);
    }
    return table;
}

ReportTable scenarioTracks(const std::vector<ScenarioSummary> &summaries) {
    ReportTable table =
        makeTable({textColumn("Scenario", 1.8), figureColumn("Media effort (h)"),
                   figureColumn("Media return"), figureColumn("Networking effort (h)"),
                   figureColumn("Networking return"), figureColumn("Networking share of effort")});
    const auto m = trackIndex(Track::Media);
    const auto n = trackIndex(Track::Networking);
    for (const ScenarioSummary &s : summaries) {
        addRow(table,
               {kindLabel(s), reportNumber(s.trackEffort[m], 1), reportNumber(s.trackReturn[m], 1),
                reportNumber(s.trackEffort[n], 1), reportNumber(s.trackReturn[n], 1),
                s.effort > 0.0 ? reportShare(s.trackEffort[n] / s.effort) : "–"},
               s.kind == ScenarioSummary::Kind::Plan);
    }
    return table;
}

// The activities whose weekly hours the proposal changes most.
ReportTable proposalChanges(const ReportContext &context, const Scenario &proposal) {
    struct Change {
        std::size_t index;
        double planned;
        double proposed;
    };
    std::map<ActivityId, double> hours;
    for (const Allocation &allocation : proposal.allocations)
        hours[allocation.activityId] = allocation.hours;
    std::vector<Change> changes;
    for (const ActivityProjection &a : context.projection.activities) {
        const auto found = hours.find(a.id);
        const double planned = a.activeWeeks() > 0 ? a.weeklyRecurringEffort : 0.0;
        if (found != hours.end() && std::abs(found->second - planned) > 1e-9)
            changes.push_back({a.index, planned, found->second});
    }
    std::stable_sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) {
        return std::abs(a.proposed - a.planned) > std::abs(b.proposed - b.planned);
    });
    ReportTable table = makeTable({textColumn("Activity", 2.2), textColumn("Channel", 1.3),
                                   figureColumn("Planned (h/week)"),
                                   figureColumn("Proposed (h/week)"), figureColumn("Change")});
    for (std::size_t i = 0; i < changes.size() && i < proposalChangesShown; ++i) {
        const Change &change = changes[i];
        const Activity &activity = context.activities[change.index];
        addRow(table,
               {activity.title, activity.channel, reportNumber(change.planned, 2),
                reportNumber(change.proposed, 2), difference(change.proposed, change.planned, 2)});
    }
    if (changes.size() > proposalChangesShown) {
        table.caption =
            fmt::format("The {} largest of {} changes.", proposalChangesShown, changes.size());
    }
    return table;
}

std::vector<ReportBlock> proposalBlocks(const ReportContext &context,
                                        const ScenarioProposal &proposal) {
    std::vector<ReportBlock> blocks;
    blocks.push_back(ReportSubheading{"The optimizer's proposal: " + proposal.scenario.name});
    if (!proposal.method.empty())
        blocks.push_back(paragraph(proposal.method));
    ReportTable changes = proposalChanges(context, proposal.scenario);
    if (changes.rows.empty())
        blocks.push_back(paragraph("The proposal keeps every activity's planned hours."));
    else
        blocks.push_back(std::move(changes));
    return blocks;
}

int weekLoad(double effort, double capacity) {
    return capacity > 0.0 ? static_cast<int>(std::lround(100.0 * effort / capacity)) : 0;
}

ReportTable scheduleTable(const ReportContext &context, int first, int last, double &cumulative) {
    const Projection &p = context.projection;
    const Campaign &c = context.campaign;
    ReportTable table =
        makeTable({textColumn("Week", 0.7), textColumn("Dates", 1.5), figureColumn("Media (h)"),
                   figureColumn("Networking (h)"), figureColumn("Total (h)"), figureColumn("Load"),
                   figureColumn("Cost (" + c.currency + ")"), figureColumn("Return", 1.1),
                   figureColumn("Cumulative return", 1.2)});
    const auto &media = p.track(Track::Media);
    const auto &networking = p.track(Track::Networking);
    double effort = 0.0, mediaHours = 0.0, networkingHours = 0.0, cost = 0.0, returns = 0.0;
    for (int week = first; week <= last; ++week) {
        const auto i = static_cast<std::size_t>(week - 1);
        cumulative += p.weeklyReturn[i];
        const bool over = p.weeklyEffort[i] > c.capacityHoursPerWeek;
        addRow(table, {std::to_string(week), weekDateRange(c.startDate, week),
                       reportNumber(media.effort[i], 1), reportNumber(networking.effort[i], 1),
                       reportNumber(p.weeklyEffort[i], 1),
                       fmt::format("{} %{}", weekLoad(p.weeklyEffort[i], c.capacityHoursPerWeek),
                                   over ? " over" : ""),
                       reportNumber(p.weeklyCost[i], 2), reportNumber(p.weeklyReturn[i], 1),
                       reportNumber(cumulative, 1)});
        mediaHours += media.effort[i];
        networkingHours += networking.effort[i];
        effort += p.weeklyEffort[i];
        cost += p.weeklyCost[i];
        returns += p.weeklyReturn[i];
    }
    addRow(table,
           {first == last ? "Total" : fmt::format("{}–{}", first, last), "",
            reportNumber(mediaHours, 1), reportNumber(networkingHours, 1), reportNumber(effort, 1),
            "", reportNumber(cost, 2), reportNumber(returns, 1), reportNumber(cumulative, 1)},
           true);
    return table;
}

std::vector<ReportBulletList> recommendationLists(const std::vector<Recommendation> &found) {
    std::vector<ReportBulletList> lists(2);
    for (const Recommendation &r : found)
        lists[r.severity == Recommendation::Severity::Risk ? 0 : 1].items.push_back(r.text);
    return lists;
}

} // namespace

ReportSection scenariosSection(const ReportContext &context) {
    ReportSection section{"scenarios", "Scenarios", {}};
    const auto &proposal = context.options.proposal;
    if (context.scenarios.empty() && !proposal) {
        section.blocks.push_back(paragraph(
            "No scenarios yet. A scenario sets the weekly hours of some activities to try another "
            "channel mix; create one in the Compare view or let the optimizer propose one, and "
            "this section compares it with the plan."));
        return section;
    }
    const auto &summaries = context.scenarioSummaries;
    section.blocks.push_back(paragraph(fmt::format(
        "The plan beside {} {}, each projected over the whole campaign (setup hours included). "
        "A scenario's activities keep their cost per effort hour.",
        summaries.size() - 1, summaries.size() == 2 ? "scenario" : "scenarios")));
    section.blocks.push_back(scenarioChart(context));
    section.blocks.push_back(scenarioTotals(summaries, context.campaign));
    section.blocks.push_back(scenarioTracks(summaries));
    // What a reader must know before choosing one: where each mix
    // overloads the team, and which activities it never held hours for.
    ReportBulletList cautions;
    for (const ScenarioSummary &s : summaries) {
        const std::size_t n = s.overloaded.size();
        if (n > 0) {
            cautions.items.push_back(
                fmt::format("{} overloads the team in {} {}: {} {}.",
                            s.kind == ScenarioSummary::Kind::Plan ? std::string("The plan")
                                                                  : "“" + s.name + "”",
                            n, n == 1 ? "week" : "weeks", n == 1 ? "week" : "weeks",
                            reportWeekRanges(s.overloaded)));
        }
        const std::size_t added = s.addedSince.size();
        if (added > 0) {
            cautions.items.push_back(fmt::format(
                "{} {} added since “{}” was saved {} {} planned hours in it: {}.", added,
                added == 1 ? "activity" : "activities", s.name, added == 1 ? "keeps" : "keep",
                added == 1 ? "its" : "their", reportQuotedList(s.addedSince, 12)));
        }
    }
    if (cautions.items.empty())
        section.blocks.push_back(paragraph("No mix overloads a week, and every stored scenario "
                                           "holds hours for every activity."));
    else
        section.blocks.push_back(std::move(cautions));
    if (proposal) {
        for (ReportBlock &block : proposalBlocks(context, *proposal))
            section.blocks.push_back(std::move(block));
    }
    return section;
}

ReportSection scheduleSection(const ReportContext &context) {
    ReportSection section{"schedule", "Week-by-week schedule", {}};
    const int weeks = context.projection.weeks;
    section.blocks.push_back(paragraph(fmt::format(
        "Every week of the campaign: the team's hours per track (setup included), the load "
        "against the capacity of {}, the cost and the expected return.{}",
        reportHours(context.campaign.capacityHoursPerWeek),
        weeks > scheduleChunkWeeks
            ? fmt::format(" The weeks come in blocks of {}, each with its subtotal.",
                          scheduleChunkWeeks)
            : std::string())));
    section.blocks.push_back(scheduleChart(context));
    double cumulative = 0.0;
    for (int first = 1; first <= weeks; first += scheduleChunkWeeks) {
        const int last = std::min(weeks, first + scheduleChunkWeeks - 1);
        if (weeks > scheduleChunkWeeks) {
            section.blocks.push_back(ReportSubheading{
                fmt::format("{} ({} to {})", capitalized(reportWeeks(first, last)),
                            isoDatePlusDays(context.campaign.startDate, 7 * (first - 1)),
                            isoDatePlusDays(context.campaign.startDate, 7 * last - 1))});
        }
        section.blocks.push_back(scheduleTable(context, first, last, cumulative));
    }
    return section;
}

ReportSection recommendationsSection(const ReportContext &context) {
    ReportSection section{"recommendations", "Risks and recommendations", {}};
    const auto &found = context.recommendations;
    if (found.empty()) {
        section.blocks.push_back(paragraph(
            "No rule finds a risk in this plan: the tracks fit the objective, the team's hours "
            "suffice every week and the returns rest on the campaign's own figures."));
        return section;
    }
    section.blocks.push_back(paragraph(
        "Each point below comes from a rule that turns the reference article into numbers; the "
        "article's point is named in brackets."));
    auto lists = recommendationLists(found);
    if (!lists[0].items.empty()) {
        section.blocks.push_back(ReportSubheading{"Risks"});
        section.blocks.push_back(std::move(lists[0]));
    }
    if (!lists[1].items.empty()) {
        section.blocks.push_back(ReportSubheading{"Recommendations"});
        section.blocks.push_back(std::move(lists[1]));
    }
    return section;
}

} // namespace castnet::core
