// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "core/analysis/response_parameters.h"
#include "core/domain/activity.h"

namespace castnet::core {

// The plan's output hours per week: o(t) of DESIGN §5, constant over the
// active weeks clipped to the campaign.
struct PlannedOutput {
    double weeklyOutputHours = 0.0;
    int firstWeek = 1;
    int lastWeek = 0; // lastWeek < firstWeek: never active

    double at(int week) const {
        return week >= firstWeek && week <= lastWeek ? weeklyOutputHours : 0.0;
    }
};

PlannedOutput plannedOutput(const Activity &activity, int campaignWeeks);

// The re-forecast of one activity's total return (DESIGN §12), in three
// parts. Weeks 1 … K are the actual weeks (K = actualOutput.size()).
struct Reforecast {
    double measured = 0.0;       // results recorded in weeks <= K
    double modelledToDate = 0.0; // §5 return of weeks <= K without a result, from actual output
    double modelledAhead = 0.0; // weeks K + 1 … W: plan output on the carry-over the actuals built

    double total() const { return measured + modelledToDate + modelledAhead; }
};

// `results` has one entry per actual week (std::nullopt: not measured).
// When `weekly` is given it receives the W weekly figures the total sums:
// the measured result where there is one, else the modelled return.
Reforecast reforecast(std::span<const double> actualOutput,
                      std::span<const std::optional<double>> results, const PlannedOutput &plan,
                      const ResolvedResponse &response, int campaignWeeks,
                      std::vector<double> *weekly = nullptr);

// The same with the results as doubles, NaN where not measured.
Reforecast reforecast(std::span<const double> actualOutput, std::span<const double> results,
                      const PlannedOutput &plan, const ResolvedResponse &response,
                      int campaignWeeks, std::vector<double> *weekly = nullptr);

} // namespace castnet::core
