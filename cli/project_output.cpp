// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/project_output.h"

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

std::string projectionJson(const Projection &projection, const std::vector<Activity> &activities) {
    nlohmann::json rows = nlohmann::json::array();
    for (const ActivityProjection &a : projection.activities) {
        rows.push_back({{"id", a.id},
                        {"title", activities[a.index].title},
                        {"track", toString(a.track)},
                        {"effort", series(a.effort)},
                        {"return", series(a.returns)},
                        {"total_effort", a.totalEffort},
                        {"total_return", a.totalReturn},
                        {"maturity_weeks", a.maturityWeeks},
                        {"marginal_return", a.marginalReturn}});
    }
    const nlohmann::json document = {
        {"weeks", projection.weeks},
        {"tracks",
         {{"media", trackJson(projection.track(Track::Media))},
          {"networking", trackJson(projection.track(Track::Networking))}}},
        {"activities", std::move(rows)},
        {"total_return", projection.totalReturn}};
    return document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
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
