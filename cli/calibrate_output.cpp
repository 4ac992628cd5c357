// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/calibrate_output.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/text_table.h"
#include "core/text/display_number.h"
#include "core/text/number_format.h"
#include "core/text/one_line_message.h"

namespace castnet::cli {

using core::Band;
using core::DisplayStyle;
using core::ParameterBand;
using core::ResponseParameter;

using core::Activity;
using core::ActivityCalibration;
using core::displayNumber;
using core::FitQuality;
using core::oneLineMessage;

namespace {

nlohmann::json orNull(const std::optional<double> &value) {
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json bandJson(const Band &band) {
    return nlohmann::json::array({band.p10, band.p50, band.p90});
}

nlohmann::json activityJson(const ActivityCalibration &c, const Activity &activity) {
    nlohmann::json fitted = nlohmann::json::array();
    for (const ResponseParameter parameter : c.fitted)
        fitted.push_back(csvName(parameter));
    nlohmann::json intervals = nlohmann::json::object();
    for (const ParameterBand &interval : c.intervals)
        intervals[std::string(csvName(interval.parameter))] = bandJson(interval.band);
    nlohmann::json holdout = nullptr;
    if (c.holdout) {
        holdout = {{"weeks", c.holdout->weeks},
                   {"nrmse", orNull(c.holdout->nrmse)},
                   {"mape", orNull(c.holdout->mape)}};
    }
    const std::optional<FitQuality> &q = c.quality;
    return {{"id", c.id},
            {"title", activity.title},
            {"weeks_with_results", c.weeksWithResults},
            {"fitted", std::move(fitted)},
            {"reason", c.reason ? nlohmann::json(*c.reason) : nlohmann::json(nullptr)},
            {"parameters",
             {{"max_weekly_return", c.parameters.maxWeeklyReturn},
              {"half_saturation_hours", c.parameters.halfSaturationHours},
              {"shape", c.parameters.shape},
              {"carryover", c.parameters.carryover}}},
            {"sse", q ? nlohmann::json(q->sse) : nlohmann::json(nullptr)},
            {"r2", q ? orNull(q->r2) : nlohmann::json(nullptr)},
            {"nrmse", q ? orNull(q->nrmse) : nlohmann::json(nullptr)},
            {"mape", q ? orNull(q->mape) : nlohmann::json(nullptr)},
            {"holdout", std::move(holdout)},
            {"intervals", std::move(intervals)},
            {"forecast_total_return",
             c.forecastBand ? bandJson(*c.forecastBand)
                            : nlohmann::json::array({c.forecastTotalReturn, c.forecastTotalReturn,
                                                     c.forecastTotalReturn})}};
}

std::string orDash(const std::optional<double> &value, int decimals) {
    return value ? displayNumber(*value, DisplayStyle::fixed(decimals)) : std::string("-");
}

std::string fittedText(const ActivityCalibration &c) {
    std::string text;
    for (const ResponseParameter parameter : c.fitted)
        text += (text.empty() ? "" : ", ") + std::string(csvName(parameter));
    return text.empty() ? std::string("nothing") : text;
}

} // namespace

std::string calibrationJson(const std::vector<ActivityCalibration> &calibrations,
                            const std::vector<Activity> &activities, bool applied) {
    nlohmann::json list = nlohmann::json::array();
    for (std::size_t i = 0; i < calibrations.size(); ++i)
        list.push_back(activityJson(calibrations[i], activities[i]));
    const nlohmann::json out = {{"applied", applied}, {"activities", std::move(list)}};
    return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string calibrationTable(const std::vector<ActivityCalibration> &calibrations,
                             const std::vector<Activity> &activities, bool applied) {
    using Align = TextTable::Align;
    TextTable table({{"id", Align::Right},
                     {"title"},
                     {"weeks", Align::Right},
                     {"fitted"},
                     {"R", Align::Right},
                     {"gamma h", Align::Right},
                     {"shape", Align::Right},
                     {"theta", Align::Right},
                     {"R2", Align::Right},
                     {"NRMSE", Align::Right},
                     {"forecast P10", Align::Right},
                     {"P50", Align::Right},
                     {"P90", Align::Right}});
    std::string reasons;
    for (std::size_t i = 0; i < calibrations.size(); ++i) {
        const ActivityCalibration &c = calibrations[i];
        const Band band = c.forecastBand.value_or(
            Band{c.forecastTotalReturn, c.forecastTotalReturn, c.forecastTotalReturn});
        const std::optional<FitQuality> &q = c.quality;
        table.addRow({std::to_string(c.id.value()), oneLineMessage(activities[i].title),
                      std::to_string(c.weeksWithResults), fittedText(c),
                      displayNumber(c.parameters.maxWeeklyReturn, DisplayStyle::fixed(2)),
                      displayNumber(c.parameters.halfSaturationHours, DisplayStyle::fixed(2)),
                      displayNumber(c.parameters.shape, DisplayStyle::fixed(2)),
                      displayNumber(c.parameters.carryover, DisplayStyle::fixed(2)),
                      q ? orDash(q->r2, 2) : "-", q ? orDash(q->nrmse, 2) : "-",
                      displayNumber(band.p10, DisplayStyle::fixed(1)),
                      displayNumber(band.p50, DisplayStyle::fixed(1)),
                      displayNumber(band.p90, DisplayStyle::fixed(1))});
        if (c.reason)
            reasons += fmt::format("  #{} {}: {}\n", c.id, oneLineMessage(activities[i].title),
                                   oneLineMessage(*c.reason));
    }
    std::string out = table.render();
    if (!reasons.empty())
        out += "\nNot fitted, or not all\n" + reasons;
    out += applied ? "\nApplied: the fitted values are now the activities' response parameters.\n"
                   : "\nNothing was changed; --apply writes the fitted values.\n";
    return out;
}

} // namespace castnet::cli
