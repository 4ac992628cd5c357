// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/domain/error.h"
#include "core/domain/ids.h"
#include "core/domain/money.h"

namespace castnet::core {

struct Campaign;

// What happened to one activity in one campaign week (DESIGN §12). A week
// without a row is a week in which the activity did not run: 0 hours and no
// measured result. A plain record: storage, import and the window pass it as
// it is.
struct Actual {
    ActivityId activityId{};
    int week = 1;                 // campaign week, 1-based
    double hours = 0.0;           // recurring hours the team spent, >= 0
    double setupHours = 0.0;      // >= 0
    Cents cost;                   // >= 0
    std::optional<double> result; // >= 0 in the return unit; blank = not measured
    std::string note;

    friend bool operator==(const Actual &, const Actual &) = default;
};

// One activity's week, naming an actual to remove (undo of an import).
struct ActualWeek {
    ActivityId activityId{};
    int week = 1;

    friend bool operator==(const ActualWeek &, const ActualWeek &) = default;
};

// Checks every field and the week against the campaign's length. The error's
// field is the actuals CSV column ("setup_hours").
Result<void> validate(const Actual &actual, const Campaign &campaign);

// K of DESIGN §12: the last week with any actual, 0 when there is none.
int asOfWeek(const std::vector<Actual> &actuals);

} // namespace castnet::core
