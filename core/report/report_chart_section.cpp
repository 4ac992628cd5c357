// SPDX-License-Identifier: GPL-3.0-or-later
// The "effort against expected returns" section: the four charts of DESIGN
// §5, each with a caption that reads it and a table of its figures.
#include <algorithm>
#include <numeric>

#include <fmt/format.h>

#include "core/report/report_chart_data.h"
#include "core/report/report_sections.h"
#include "core/report/report_table_builder.h"
#include "core/report/report_text.h"

namespace castnet::core {

namespace {

ReportChart chart(const ReportContext &context, ReportChartKind kind, std::string title,
                  std::string caption, ReportTable figures) {
    return {kind, std::move(title), std::move(caption), context.charts, std::move(figures)};
}

std::string curveLabel(const ResponseCurve &curve) {
    return curve.track ? reportTrackTitle(*curve.track) : curve.label;
}

void addCurveRow(ReportTable &table, const ResponseCurve &curve, bool total) {
    addRow(
        table,
        {curveLabel(curve), std::to_string(curve.activityCount),
         reportNumber(curve.plan.effortHours, 1),
         reportNumber(curve.plan.weeklyReturn, 1) + (curve.restsOnDefaultReturn ? "\u00A0†" : ""),
         reportNumber(curve.ceiling, 1),
         curve.ceiling > 0.0 ? reportShare(curve.plan.weeklyReturn / curve.ceiling) : "–"},
        total);
}

ReportChart responseCurves(const ReportContext &context) {
    const ChartData &data = *context.charts;
    const std::string &unit = context.campaign.returnUnit;
    ReportTable table = makeTable(
        {textColumn("Curve", 2.0), figureColumn("Activities"), figureColumn("Plan effort (h/week)"),
         figureColumn("Plan return (" + unit + "/week)", 1.3),
         figureColumn("Ceiling (" + unit + "/week)", 1.3), figureColumn("Plan at % of ceiling")});
    for (const ResponseCurve &curve : data.trackCurves)
        addCurveRow(table, curve, true);
    for (const ResponseCurve &curve : data.channelCurves)
        addCurveRow(table, curve, false);
    const ResponseCurve &media = data.trackCurves[trackIndex(Track::Media)];
    const ResponseCurve &networking = data.trackCurves[trackIndex(Track::Networking)];
    std::string caption = fmt::format(
        "The weekly return each track reaches once its effort has matured, for a steady weekly "
        "effort; the dot marks today's plan. Media bends from the first hour, networking rises in "
        "an S once relationships form. Today media spends {} a week for {} a week, networking {} "
        "for {}.",
        reportHours(media.plan.effortHours), reportAmount(media.plan.weeklyReturn, unit),
        reportHours(networking.plan.effortHours), reportAmount(networking.plan.weeklyReturn, unit));
    if (data.channelCurves.size() > reportCurveChannels) {
        caption += fmt::format(" Thin lines: the {} channels with the largest return; the "
                               "table lists all {}.",
                               reportCurveChannels, data.channelCurves.size());
    } else if (!data.channelCurves.empty()) {
        caption += " Thin lines: the channels.";
    }
    return chart(context, ReportChartKind::ResponseCurves, "Response curves: effort against return",
                 std::move(caption), std::move(table));
}

std::vector<int> milestoneWeeks(int weeks) {
    std::vector<int> milestones;
    const int step = std::max(1, (weeks + 7) / 8);
    for (int week = step; week < weeks; week += step)
        milestones.push_back(week);
    if (weeks > 0)
        milestones.push_back(weeks);
    return milestones;
}

ReportChart cumulativeReturn(const ReportContext &context) {
    const ChartData &data = *context.charts;
    const auto &media = data.cumulativeReturn[trackIndex(Track::Media)];
    const auto &networking = data.cumulativeReturn[trackIndex(Track::Networking)];
    ReportTable table = makeTable({textColumn("Up to week"), figureColumn("Media"),
                                   figureColumn("Networking"), figureColumn("Both tracks")});
    for (const int week : milestoneWeeks(data.weeks)) {
        const auto at = static_cast<std::size_t>(week - 1);
        const double m = at < media.size() ? media[at] : 0.0;
        const double n = at < networking.size() ? networking[at] : 0.0;
        addRow(
            table,
            {std::to_string(week), reportNumber(m, 1), reportNumber(n, 1), reportNumber(m + n, 1)},
            week == data.weeks);
    }
    const double mediaTotal = media.empty() ? 0.0 : media.back();
    const double networkingTotal = networking.empty() ? 0.0 : networking.back();
    std::string caption = fmt::format(
        "Expected return summed week after week, per track: media climbs at once, networking "
        "picks up as relationships mature and keeps earning after its activities end. By the "
        "last week media reaches {} and networking {}.",
        reportAmount(mediaTotal, context.campaign.returnUnit),
        reportAmount(networkingTotal, context.campaign.returnUnit));
    return chart(context, ReportChartKind::CumulativeReturn, "Cumulative expected return",
                 std::move(caption), std::move(table));
}

ReportChart weeklyEffort(const ReportContext &context) {
    const ChartData &data = *context.charts;
    const auto &media = data.weeklyEffort[trackIndex(Track::Media)];
    const auto &networking = data.weeklyEffort[trackIndex(Track::Networking)];
    std::vector<double> both(media.size());
    for (std::size_t i = 0; i < both.size(); ++i)
        both[i] = media[i] + (i < networking.size() ? networking[i] : 0.0);
    const auto average = [&](const std::vector<double> &series) {
        return series.empty() ? 0.0
                              : std::accumulate(series.begin(), series.end(), 0.0) /
                                    static_cast<double>(series.size());
    };
    const auto busiest = std::max_element(both.begin(), both.end());
    const std::size_t busiestIndex = busiest == both.end() ? 0 : busiest - both.begin();
    const auto at = [&](const std::vector<double> &series) {
        return busiestIndex < series.size() ? series[busiestIndex] : 0.0;
    };
    ReportTable table = makeTable({textColumn("Weekly effort (h)", 1.6), figureColumn("Media"),
                                   figureColumn("Networking"), figureColumn("Both tracks")});
    addRow(table, {"Average week", reportNumber(average(media), 1),
                   reportNumber(average(networking), 1), reportNumber(average(both), 1)});
    if (!both.empty()) {
        addRow(table,
               {fmt::format("Busiest week ({})", busiestIndex + 1), reportNumber(at(media), 1),
                reportNumber(at(networking), 1), reportNumber(at(both), 1)});
    }
    addRow(table, {"Capacity", "", "", reportNumber(data.capacityHoursPerWeek, 1)}, true);
    std::string caption = fmt::format(
        "Each week's effort, media stacked under networking, against the team's capacity of {} "
        "a week. {}",
        reportHours(data.capacityHoursPerWeek),
        data.overloadWeeks.empty()
            ? std::string("No week goes over it.")
            : fmt::format("{} {} over it: {}.", data.overloadWeeks.size(),
                          data.overloadWeeks.size() == 1 ? "week goes" : "weeks go",
                          reportWeekRanges(data.overloadWeeks)));
    return chart(context, ReportChartKind::WeeklyEffort, "Weekly effort against capacity",
                 std::move(caption), std::move(table));
}

ReportTable splitTable(const std::string &what, const Split &effort, const Split &returns,
                       const std::string &unit) {
    ReportTable table = makeTable(
        {textColumn(what, 2.0), figureColumn("Effort (h)"), figureColumn("Share of effort"),
         figureColumn("Return (" + unit + ")", 1.2), figureColumn("Share of return")});
    // Rows follow the return split; the effort split holds the same labels.
    for (const Slice &slice : returns.slices) {
        const auto match = std::find_if(effort.slices.begin(), effort.slices.end(),
                                        [&](const Slice &s) { return s.label == slice.label; });
        const double hours = match == effort.slices.end() ? 0.0 : match->value;
        const double share = match == effort.slices.end() ? 0.0 : match->share;
        addRow(table,
               {slice.track ? reportTrackTitle(*slice.track) : slice.label, reportNumber(hours, 1),
                reportShare(share), reportNumber(slice.value, 1), reportShare(slice.share)});
    }
    return table;
}

ReportChart trackSplit(const ReportContext &context) {
    const ChartData &data = *context.charts;
    const Slice &media = data.effortByTrack.slices.at(trackIndex(Track::Media));
    const Slice &mediaReturn = data.returnByTrack.slices.at(trackIndex(Track::Media));
    std::string caption = fmt::format(
        "The effort and the expected return, each split between the tracks. Media takes {} of "
        "the effort for {} of the return.",
        reportShare(media.share), reportShare(mediaReturn.share));
    return chart(
        context, ReportChartKind::TrackSplit, "Split between the tracks", std::move(caption),
        splitTable("Track", data.effortByTrack, data.returnByTrack, context.campaign.returnUnit));
}

ReportChart channelSplit(const ReportContext &context) {
    const ChartData &data = *context.charts;
    std::string caption = "Each channel's share of the effort beside its share of the expected "
                          "return, largest return first.";
    if (!data.returnByChannel.slices.empty()) {
        const Slice &top = data.returnByChannel.slices.front();
        caption +=
            fmt::format(" “{}” leads with {} of the return.", top.label, reportShare(top.share));
    }
    if (data.returnByChannel.slices.size() > reportSplitChannels) {
        caption += fmt::format(" The drawing folds all but the first {} channels into one bar; "
                               "the table lists every channel.",
                               reportSplitChannels - 1);
    }
    return chart(context, ReportChartKind::ChannelSplit, "Split between the channels",
                 std::move(caption),
                 splitTable("Channel", data.effortByChannel, data.returnByChannel,
                            context.campaign.returnUnit));
}

} // namespace

ReportChart scenarioChart(const ReportContext &context) {
    const Campaign &c = context.campaign;
    ReportTable table =
        makeTable({textColumn("Mix", 1.8), figureColumn("Return (" + c.returnUnit + ")", 1.2),
                   figureColumn("Effort (h)"), figureColumn("Weeks over capacity")});
    std::vector<ReportMixBar> bars;
    for (const ScenarioSummary &s : context.scenarioSummaries) {
        const std::string name =
            s.kind == ScenarioSummary::Kind::Plan ? std::string("plan") : s.name;
        bars.push_back({name, s.returns, s.effort, s.overloadWeeks});
        addRow(table, {name, reportNumber(s.returns, 1), reportNumber(s.effort, 1),
                       std::to_string(s.overloadWeeks)});
    }
    ReportChart drawn = chart(context, ReportChartKind::Scenarios, "The mixes side by side",
                              "Each mix's expected return over the campaign beside the team's "
                              "hours it takes; a mix that overloads weeks says how many.",
                              std::move(table));
    drawn.data = nullptr;
    drawn.mixes = std::move(bars);
    return drawn;
}

ReportChart scheduleChart(const ReportContext &context) {
    const Campaign &c = context.campaign;
    const Projection &p = context.projection;
    auto gantt = std::make_shared<ReportGantt>();
    gantt->startDate = c.startDate;
    gantt->weeks = p.weeks;
    gantt->capacity = c.capacityHoursPerWeek;
    gantt->load = p.weeklyEffort;
    ReportTable table = makeTable({textColumn("Activity", 2.2), textColumn("Track", 1.2),
                                   textColumn("Weeks", 0.8), textColumn("Dates", 1.8)});
    for (const ActivityProjection &a : p.activities) {
        const Activity &activity = context.activities[a.index];
        gantt->rows.push_back(
            {activity.channel + ": " + activity.title, a.track, a.firstWeek, a.lastWeek});
        const bool runs = a.activeWeeks() > 0;
        addRow(table,
               {activity.channel + ": " + activity.title, reportTrackTitle(a.track),
                runs ? fmt::format("{}–{}", a.firstWeek, a.lastWeek) : "–",
                runs ? fmt::format("{} to {}", isoDatePlusDays(c.startDate, 7 * (a.firstWeek - 1)),
                                   isoDatePlusDays(c.startDate, 7 * a.lastWeek - 1))
                     : "never runs"});
    }
    std::string caption = fmt::format(
        "Which activity runs when: a bar per activity across the campaign's weeks, coloured by "
        "track; under the bars, each week's hours (setup included) against the capacity of {}.",
        reportHours(c.capacityHoursPerWeek));
    if (!p.overloadWeeks.empty()) {
        const std::size_t n = p.overloadWeeks.size();
        caption += fmt::format(" {} {} over it ({} {}), drawn in red.", n,
                               n == 1 ? "week goes" : "weeks go", n == 1 ? "week" : "weeks",
                               reportWeekRanges(p.overloadWeeks));
    }
    ReportChart drawn =
        chart(context, ReportChartKind::Schedule, "Schedule", std::move(caption), std::move(table));
    drawn.data = nullptr;
    drawn.gantt = std::move(gantt);
    return drawn;
}

ReportSection chartsSection(const ReportContext &context) {
    ReportSection section{"charts", "Effort against expected returns", {}};
    section.blocks.push_back(paragraph(
        "Four views of what the team's hours are expected to bring: the response curves, the "
        "return over time, the effort week by week, and the split between tracks and channels."));
    section.blocks.push_back(responseCurves(context));
    section.blocks.push_back(cumulativeReturn(context));
    section.blocks.push_back(weeklyEffort(context));
    section.blocks.push_back(trackSplit(context));
    section.blocks.push_back(channelSplit(context));
    if (context.charts->trackCurves[0].restsOnDefaultReturn ||
        context.charts->trackCurves[1].restsOnDefaultReturn)
        section.blocks.push_back(
            note("† Rests on Castnet's default assumption of what an activity can return at "
                 "most in a week, not on the brand's own results."));
    return section;
}

} // namespace castnet::core
