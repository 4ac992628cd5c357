// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actuals/reforecast.h"

#include <algorithm>
#include <cmath>

namespace castnet::core {

PlannedOutput plannedOutput(const Activity &activity, int campaignWeeks) {
    PlannedOutput plan;
    plan.weeklyOutputHours = activity.cadencePerWeek * activity.hoursPerOccurrence;
    plan.firstWeek = std::max(activity.startWeek, 1);
    plan.lastWeek = std::min(activity.endWeek, campaignWeeks);
    return plan;
}

namespace {

std::optional<double> resultOf(const std::optional<double> &value) {
    return value;
}

std::optional<double> resultOf(double value) {
    return std::isnan(value) ? std::nullopt : std::optional<double>(value);
}

template<class Result>
Reforecast walk(std::span<const double> actualOutput, std::span<const Result> results,
                const PlannedOutput &plan, const ResolvedResponse &response, int campaignWeeks,
                std::vector<double> *weekly) {
    const int actualWeeks = static_cast<int>(std::min(actualOutput.size(), results.size()));
    const int weeks = std::max(campaignWeeks, actualWeeks);
    if (weekly)
        weekly->assign(static_cast<std::size_t>(weeks), 0.0);
    Reforecast out;
    // The adstock runs through every actual week, measured or not: a week's
    // result does not reset the carry-over the work built.
    double adstock = 0.0;
    for (int t = 0; t < actualWeeks; ++t) {
        const std::size_t i = static_cast<std::size_t>(t);
        adstock = nextAdstock(response.carryover, adstock, actualOutput[i]);
        double value = 0.0;
        if (const std::optional<double> result = resultOf(results[i])) {
            value = *result;
            out.measured += value;
        } else {
            value = weeklyReturn(response, adstock);
            out.modelledToDate += value;
        }
        if (weekly)
            (*weekly)[i] = value;
    }
    for (int t = actualWeeks; t < weeks; ++t) {
        adstock = nextAdstock(response.carryover, adstock, plan.at(t + 1));
        const double value = weeklyReturn(response, adstock);
        out.modelledAhead += value;
        if (weekly)
            (*weekly)[static_cast<std::size_t>(t)] = value;
    }
    return out;
}

} // namespace

Reforecast reforecast(std::span<const double> actualOutput,
                      std::span<const std::optional<double>> results, const PlannedOutput &plan,
                      const ResolvedResponse &response, int campaignWeeks,
                      std::vector<double> *weekly) {
    return walk(actualOutput, results, plan, response, campaignWeeks, weekly);
}

Reforecast reforecast(std::span<const double> actualOutput, std::span<const double> results,
                      const PlannedOutput &plan, const ResolvedResponse &response,
                      int campaignWeeks, std::vector<double> *weekly) {
    return walk(actualOutput, results, plan, response, campaignWeeks, weekly);
}

} // namespace castnet::core
