// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include "core/actuals/actual.h"
#include "core/domain/activity.h"
#include "core/domain/campaign.h"

namespace castnet::core {

// One activity's actuals as dense series over weeks 1 … K (week t at index
// t − 1). Weeks without a row hold 0 and no result.
struct ActualWeeks {
    std::vector<double> hours;      // recurring team hours
    std::vector<double> setupHours; //
    std::vector<double> cost;       // currency units
    std::vector<double> output;     // output hours from actuals (DESIGN §12)
    std::vector<std::optional<double>> result;

    int measuredWeeks() const;
};

// One ActualWeeks per activity, in the activities' order, over weeks
// 1 … asOfWeek. Rows for the same activity and week add up (a result is
// measured when any of them is); rows for another activity or a later week
// are left out. The output of a week is hours ÷ (1 − automation_saving) for
// an automated activity on the media track, else the hours (§5 inverted).
std::vector<ActualWeeks> actualWeeks(const Campaign &campaign,
                                     const std::vector<Activity> &activities,
                                     const std::vector<Actual> &actuals, int asOfWeek);

} // namespace castnet::core
