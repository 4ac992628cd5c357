// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/project_output.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <span>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/text_table.h"
#include "core/text/display_number.h"
#include "core/text/number_format.h"
#include "core/text/week_label.h"

namespace castnet::cli {

using core::Activity;
using core::ActivityProjection;
using core::ActivityWarning;
using core::Campaign;
using core::displayNumber;
using core::DisplayStyle;
using core::Projection;
using core::toString;
using core::Track;
using core::TrackProjection;
using core::weekDateRange;

namespace {

nlohmann::json series(std::span<const double> values) {
    return nlohmann::json(std::vector<double>(values.begin(), values.end()));
}

nlohmann::json trackJson(const TrackProjection &track) {
    return {{"effort", series(track.effort)},  {"cost", series(track.cost)},
            {"return", series(track.returns)}, {"total_effort", track.totalEffort},
            {"total_cost", track.totalCost},   {"total_return", track.totalReturn}};
}

// A JSON value as nlohmann's dump(2) writes it, every line after the first
// indented by `indent` more spaces, so that pieces written one after the
// other read as one document dumped whole.
std::string indented(const nlohmann::json &value, std::size_t indent) {
    const std::string text = value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    const std::string pad(indent, ' ');
    for (char c : text) {
        out += c;
        if (c == '\n')
            out += pad;
    }
    return out;
}

std::string orDash(const std::optional<double> &value, int decimals) {
    return value ? displayNumber(*value, DisplayStyle::fixed(decimals)) : std::string("-");
}

// Each week with its dates: "3 (16 Mar – 22 Mar), 5 (30 Mar – 5 Apr)".
std::string weekList(const Campaign &campaign, const std::vector<int> &weeks) {
    std::string text;
    for (const int week : weeks) {
        const std::string dates = weekDateRange(campaign.startDate, week);
        text += (text.empty() ? "" : ", ") + std::to_string(week) +
                (dates.empty() ? std::string() : " (" + dates + ")");
    }
    return text;
}

std::string trackTable(const Campaign &campaign, const Projection &projection) {
    using Align = TextTable::Align;
    TextTable table({{"track"},
                     {"activities", Align::Right},
                     {"effort h", Align::Right},
                     {"cost " + campaign.currency, Align::Right},
                     {"return " + campaign.returnUnit, Align::Right},
                     {"per hour", Align::Right}});
    for (const TrackProjection &track : projection.tracks) {
        table.addRow({std::string(toString(track.track)), std::to_string(track.activityCount),
                      displayNumber(track.totalEffort, DisplayStyle::fixed(1)),
                      displayNumber(track.totalCost, DisplayStyle::fixed(2)),
                      displayNumber(track.totalReturn, DisplayStyle::fixed(1)),
                      orDash(track.returnPerHour, 2)});
    }
    table.addRow({"total", std::to_string(projection.activities.size()),
                  displayNumber(projection.totalEffort, DisplayStyle::fixed(1)),
                  displayNumber(projection.totalCost, DisplayStyle::fixed(2)),
                  displayNumber(projection.totalReturn, DisplayStyle::fixed(1)),
                  orDash(projection.returnPerHour, 2)});
    return table.render();
}

std::string activityTable(const Projection &projection, const std::vector<Activity> &activities) {
    using Align = TextTable::Align;
    TextTable table({{"id", Align::Right},
                     {"title"},
                     {"track"},
                     {"effort h", Align::Right},
                     {"return", Align::Right},
                     {"per hour", Align::Right},
                     {"maturity wk", Align::Right},
                     {"marginal", Align::Right}});
    for (const ActivityProjection &a : projection.activities) {
        const Activity &activity = activities[a.index];
        table.addRow({std::to_string(a.id.value()), activity.title, std::string(toString(a.track)),
                      displayNumber(a.totalEffort, DisplayStyle::fixed(1)),
                      displayNumber(a.totalReturn, DisplayStyle::fixed(1)),
                      orDash(a.returnPerHour, 2), std::to_string(a.maturityWeeks),
                      displayNumber(a.marginalReturn, DisplayStyle::fixed(2))});
    }
    return table.render();
}

} // namespace

void writeProjectionJson(std::FILE *out, const Campaign &campaign,
                         const std::vector<Activity> &activities) {
    // One activity at a time: activities saturate separately, so each one's
    // projection alone is its part of the campaign's, and the tracks' series
    // add up in activity order as project() adds them. The document is the
    // one nlohmann's dump(2) writes of the whole (keys in order), written
    // piece by piece.
    const std::size_t weeks = static_cast<std::size_t>(std::max(campaign.weeks, 0));
    std::array<TrackProjection, 2> tracks;
    for (Track track : {Track::Media, Track::Networking}) {
        TrackProjection &t = tracks[core::trackIndex(track)];
        t.track = track;
        t.effort.assign(weeks, 0.0);
        t.cost.assign(weeks, 0.0);
        t.returns.assign(weeks, 0.0);
    }
    std::fputs(activities.empty() ? "{\n  \"activities\": []" : "{\n  \"activities\": [", out);
    std::vector<Activity> one(1);
    for (std::size_t i = 0; i < activities.size(); ++i) {
        one[0] = activities[i];
        const Projection alone = core::project(campaign, one);
        const ActivityProjection &a = alone.activities[0];
        const nlohmann::json row = {{"id", a.id},
                                    {"title", activities[i].title},
                                    {"track", toString(a.track)},
                                    {"effort", series(a.effort)},
                                    {"return", series(a.returns)},
                                    {"total_effort", a.totalEffort},
                                    {"total_return", a.totalReturn},
                                    {"maturity_weeks", a.maturityWeeks},
                                    {"marginal_return", a.marginalReturn}};
        std::fputs(i == 0 ? "\n    " : ",\n    ", out);
        std::fputs(indented(row, 4).c_str(), out);
        TrackProjection &track = tracks[core::trackIndex(a.track)];
        for (std::size_t t = 0; t < weeks; ++t) {
            track.effort[t] += a.effort[t];
            track.cost[t] += a.cost[t];
            track.returns[t] += a.returns[t];
        }
    }
    if (!activities.empty())
        std::fputs("\n  ]", out);
    double total = 0.0;
    for (TrackProjection &track : tracks) {
        for (std::size_t t = 0; t < weeks; ++t) {
            track.totalEffort += track.effort[t];
            track.totalCost += track.cost[t];
            track.totalReturn += track.returns[t];
        }
        total += track.totalReturn;
    }
    const nlohmann::json trackObject = {{"media", trackJson(tracks[0])},
                                        {"networking", trackJson(tracks[1])}};
    std::fputs(fmt::format(",\n  \"total_return\": {},\n  \"tracks\": {},\n  \"weeks\": {}\n}}\n",
                           nlohmann::json(total).dump(), indented(trackObject, 2),
                           nlohmann::json(static_cast<int>(weeks)).dump())
                   .c_str(),
               out);
}

std::string projectionTable(const Campaign &campaign, const Projection &projection,
                            const std::vector<Activity> &activities) {
    std::string out =
        fmt::format("{} — {} weeks, capacity {} h/week\n\n", campaign.name, projection.weeks,
                    displayNumber(campaign.capacityHoursPerWeek, DisplayStyle::fixed(1)));
    out += trackTable(campaign, projection) + "\n" + activityTable(projection, activities);
    if (!projection.overloadWeeks.empty()) {
        out += fmt::format("\nOver capacity in {} weeks: {}\n", projection.overloadWeeks.size(),
                           weekList(campaign, projection.overloadWeeks));
    }
    for (const ActivityWarning &warning : projection.warnings())
        out += "Warning: " + warning.message + "\n";
    if (projection.restsOnDefaultReturn) {
        out += "Note: some returns rest on the default, uncalibrated max_weekly_return; set it "
               "per activity from your analytics.\n";
    }
    return out;
}

} // namespace castnet::cli
