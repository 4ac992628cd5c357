// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/progress_output.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/text_table.h"
#include "core/text/display_number.h"
#include "core/text/number_format.h"
#include "core/text/one_line_message.h"

namespace castnet::cli {

using core::ActivityProgress;
using core::Campaign;
using core::DisplayStyle;
using core::Progress;
using core::ProgressTotals;
using core::ReturnComparison;
using core::Track;
using core::WeeklyComparison;

using core::displayNumber;
using core::displayPercent;
using core::oneLineMessage;
using core::toString;

namespace {

nlohmann::json series(std::span<const double> values) {
    return nlohmann::json(std::vector<double>(values.begin(), values.end()));
}

nlohmann::json orNull(const std::optional<double> &value) {
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json measuredSeries(const ReturnComparison &returns) {
    nlohmann::json values = nlohmann::json::array();
    for (std::size_t i = 0; i < returns.actual.size(); ++i)
        values.push_back(orNull(returns.measured(i)));
    return values;
}

// The fields an activity and a track share.
nlohmann::json comparisonJson(const WeeklyComparison &effort, const WeeklyComparison &cost,
                              const ReturnComparison &returns, double forecast, double baseline) {
    return {
        {"planned_effort", series(effort.planned)},    {"actual_effort", series(effort.actual)},
        {"planned_cost", series(cost.planned)},        {"actual_cost", series(cost.actual)},
        {"planned_return", series(returns.planned)},   {"actual_return", measuredSeries(returns)},
        {"variance_effort", effort.variance},          {"variance_cost", cost.variance},
        {"variance_return", orNull(returns.variance)}, {"index_return", orNull(returns.index)},
        {"forecast_total_return", forecast},           {"baseline_total_return", baseline}};
}

nlohmann::json totalsJson(const ProgressTotals &totals) {
    return comparisonJson(totals.effort, totals.cost, totals.returns, totals.forecastTotalReturn,
                          totals.baselineTotalReturn);
}

std::string indexText(const std::optional<double> &index) {
    return index ? displayPercent(*index) : std::string("-");
}

TextTable comparisonTable(const std::string &first, const Campaign &campaign) {
    using Align = TextTable::Align;
    return TextTable({{first},
                      {"effort h plan", Align::Right},
                      {"actual", Align::Right},
                      {"cost " + campaign.currency + " plan", Align::Right},
                      {"actual", Align::Right},
                      {"return plan", Align::Right},
                      {"measured", Align::Right},
                      {"index", Align::Right},
                      {"forecast", Align::Right},
                      {"baseline", Align::Right}});
}

std::vector<std::string> comparisonCells(std::string first, const WeeklyComparison &effort,
                                         const WeeklyComparison &cost,
                                         const ReturnComparison &returns, double forecast,
                                         double baseline) {
    return {std::move(first),
            displayNumber(effort.plannedTotal, DisplayStyle::fixed(1)),
            displayNumber(effort.actualTotal, DisplayStyle::fixed(1)),
            displayNumber(cost.plannedTotal, DisplayStyle::fixed(2)),
            displayNumber(cost.actualTotal, DisplayStyle::fixed(2)),
            displayNumber(returns.plannedInMeasuredWeeks, DisplayStyle::fixed(1)),
            returns.measuredWeeks > 0 ? displayNumber(returns.actualTotal, DisplayStyle::fixed(1))
                                      : std::string("-"),
            indexText(returns.index),
            displayNumber(forecast, DisplayStyle::fixed(1)),
            displayNumber(baseline, DisplayStyle::fixed(1))};
}

} // namespace

std::string progressJson(const Progress &progress, const std::optional<std::string> &baseline) {
    nlohmann::json activities = nlohmann::json::array();
    for (const ActivityProgress &a : progress.activities) {
        nlohmann::json entry = {{"id", a.id}, {"title", a.title}, {"track", toString(a.track)}};
        entry.update(comparisonJson(a.effort, a.cost, a.returns, a.forecastTotalReturn,
                                    a.baselineTotalReturn));
        activities.push_back(std::move(entry));
    }
    const nlohmann::json out = {
        {"as_of_week", progress.asOfWeek},
        {"baseline", baseline ? nlohmann::json(*baseline) : nlohmann::json(nullptr)},
        {"tracks",
         {{"media", totalsJson(progress.track(Track::Media))},
          {"networking", totalsJson(progress.track(Track::Networking))}}},
        {"activities", std::move(activities)},
        {"forecast_total_return", progress.campaign.forecastTotalReturn},
        {"baseline_total_return", progress.campaign.baselineTotalReturn}};
    return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string progressTable(const Progress &progress, const Campaign &campaign,
                          const std::optional<std::string> &baseline) {
    std::string out =
        fmt::format("Progress of \"{}\" as of week {} of {}, against {}.\n"
                    "Returns are compared over the weeks with a measured result; forecast is the "
                    "re-forecast total return, baseline the baseline's.\n\n",
                    oneLineMessage(campaign.name), progress.asOfWeek, campaign.weeks,
                    baseline ? fmt::format("baseline \"{}\"", oneLineMessage(*baseline))
                             : std::string("the plan (no baseline saved)"));
    if (progress.asOfWeek == 0)
        out += "No actuals yet: the re-forecast is the plan's projection.\n\n";
    TextTable tracks = comparisonTable("track", campaign);
    for (const Track track : {Track::Media, Track::Networking}) {
        const ProgressTotals &t = progress.track(track);
        tracks.addRow(comparisonCells(std::string(toString(track)), t.effort, t.cost, t.returns,
                                      t.forecastTotalReturn, t.baselineTotalReturn));
    }
    const ProgressTotals &c = progress.campaign;
    tracks.addRow(comparisonCells("total", c.effort, c.cost, c.returns, c.forecastTotalReturn,
                                  c.baselineTotalReturn));
    out += tracks.render() + "\n";
    TextTable activities = comparisonTable("activity", campaign);
    for (const ActivityProgress &a : progress.activities) {
        std::string name = fmt::format("#{} {}", a.id, oneLineMessage(a.title));
        if (!a.inPlan)
            name += " (deleted)";
        activities.addRow(comparisonCells(std::move(name), a.effort, a.cost, a.returns,
                                          a.forecastTotalReturn, a.baselineTotalReturn));
    }
    out += activities.render();
    return out;
}

} // namespace castnet::cli
