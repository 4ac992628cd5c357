// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/compare_output.h"

#include <functional>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/text_table.h"
#include "core/text/display_number.h"
#include "core/text/number_format.h"

namespace castnet::cli {

using core::Campaign;
using core::Comparison;
using core::displayNumber;
using core::DisplayStyle;
using core::MixBreakdown;
using core::MixFigures;
using core::ScenarioColumn;
using core::toString;
using core::Track;

namespace {

nlohmann::json orNull(const std::optional<double> &value) {
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json figuresJson(const MixFigures &f) {
    return {{"activity_count", f.activities},
            {"total_effort", f.effort},
            {"total_cost", f.cost},
            {"total_return", f.returns},
            {"return_per_hour", orNull(f.returnPerHour)},
            {"return_per_currency_unit", orNull(f.returnPerCurrencyUnit)},
            {"maturity_weeks", orNull(f.maturityWeeks)}};
}

nlohmann::json breakdownJson(const MixBreakdown &b) {
    nlohmann::json json = figuresJson(b.total);
    json["tracks"] = {{"media", figuresJson(b.track(Track::Media))},
                      {"networking", figuresJson(b.track(Track::Networking))}};
    nlohmann::json channels = nlohmann::json::object();
    for (const auto &[channel, figures] : b.channels)
        channels[channel] = figuresJson(figures);
    json["channels"] = std::move(channels);
    return json;
}

// One row of the readable table: a label and how to read the figure.
struct Row {
    std::string label;
    std::function<std::optional<double>(const MixBreakdown &)> figure;
    int decimals = 1;
};

std::string cell(const std::optional<double> &value, int decimals) {
    return value ? displayNumber(*value, DisplayStyle::fixed(decimals)) : std::string("-");
}

std::string signedCell(const std::optional<double> &value, int decimals) {
    if (!value)
        return "-";
    std::string text = displayNumber(*value, DisplayStyle::fixed(decimals));
    return text.find_first_not_of("0.") == std::string::npos || text.front() == '-' ? text
                                                                                    : "+" + text;
}

std::string render(const Comparison &comparison, const std::vector<Row> &rows,
                   const std::string &heading) {
    using Align = TextTable::Align;
    std::vector<TextTable::Column> columns{{heading}};
    for (std::size_t c = 0; c < comparison.columns.size(); ++c) {
        columns.push_back({comparison.columns[c].name, Align::Right});
        if (c > 0)
            columns.push_back({"change", Align::Right});
    }
    TextTable table(std::move(columns));
    for (const Row &row : rows) {
        std::vector<std::string> cells{row.label};
        for (std::size_t c = 0; c < comparison.columns.size(); ++c) {
            const ScenarioColumn &column = comparison.columns[c];
            cells.push_back(cell(row.figure(column.figures), row.decimals));
            if (c > 0)
                cells.push_back(signedCell(row.figure(column.difference), row.decimals));
        }
        table.addRow(std::move(cells));
    }
    return table.render();
}

using Pick = std::function<const MixFigures &(const MixBreakdown &)>;

// The rows of one group: effort, cost, return and what they give.
std::vector<Row> groupRows(const Campaign &campaign, const std::string &prefix, const Pick &pick,
                           bool full) {
    auto value = [pick](double MixFigures::*member) {
        return [pick, member](const MixBreakdown &b) -> std::optional<double> {
            return pick(b).*member;
        };
    };
    auto optional = [pick](std::optional<double> MixFigures::*member) {
        return [pick, member](const MixBreakdown &b) { return pick(b).*member; };
    };
    std::vector<Row> rows{
        {prefix + "effort h", value(&MixFigures::effort), 1},
        {prefix + "cost " + campaign.currency, value(&MixFigures::cost), 2},
        {prefix + "return", value(&MixFigures::returns), 1},
        {prefix + "return per hour", optional(&MixFigures::returnPerHour), 2},
    };
    if (full) {
        rows.push_back(
            {prefix + "activities with effort",
             [pick](const MixBreakdown &b) -> std::optional<double> { return pick(b).activities; },
             0});
        rows.push_back({prefix + "return per " + campaign.currency,
                        optional(&MixFigures::returnPerCurrencyUnit), 3});
        rows.push_back({prefix + "maturity weeks", optional(&MixFigures::maturityWeeks), 1});
    }
    return rows;
}

} // namespace

std::string comparisonJson(const Comparison &comparison) {
    nlohmann::json scenarios = nlohmann::json::array();
    for (const ScenarioColumn &column : comparison.columns) {
        nlohmann::json json = breakdownJson(column.figures);
        json["name"] = column.name;
        json["difference"] = breakdownJson(column.difference);
        scenarios.push_back(std::move(json));
    }
    const nlohmann::json document = {{"scenarios", std::move(scenarios)}};
    return document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string comparisonTable(const Campaign &campaign, const Comparison &comparison) {
    std::string out =
        fmt::format("{} — {} scenarios side by side; \"change\" is the difference "
                    "to \"{}\". Returns in {}, effort and cost over the campaign.\n\n",
                    campaign.name, comparison.columns.size(), comparison.columns.front().name,
                    campaign.returnUnit);
    out += render(comparison,
                  groupRows(
                      campaign, "", [](const MixBreakdown &b) -> auto & { return b.total; }, true),
                  "campaign");
    std::vector<Row> tracks;
    for (Track track : {Track::Media, Track::Networking}) {
        auto rows = groupRows(
            campaign, std::string(toString(track)) + " ",
            [track](const MixBreakdown &b) -> auto & { return b.track(track); }, true);
        tracks.insert(tracks.end(), rows.begin(), rows.end());
    }
    out += '\n';
    out += render(comparison, tracks, "track");
    std::vector<Row> channels;
    for (const auto &entry : comparison.columns.front().figures.channels) {
        const std::string channel = entry.first;
        auto rows = groupRows(
            campaign, channel + ": ",
            [channel](const MixBreakdown &b) -> auto & { return b.channels.at(channel); }, false);
        channels.insert(channels.end(), rows.begin(), rows.end());
    }
    if (!channels.empty()) {
        out += '\n';
        out += render(comparison, channels, "channel");
    }
    return out;
}

} // namespace castnet::cli
