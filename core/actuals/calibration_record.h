// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/actuals/calibration_result.h"
#include "core/domain/activity.h"
#include "core/domain/ids.h"

namespace castnet::core {

// A calibration as the workspace keeps it once applied (DESIGN §13): which
// activity, when, from how many weeks of results, what was fitted to which
// values, and how well.
struct CalibrationRecord {
    ActivityId activityId{};
    std::string calibratedAt; // UTC, ISO 8601
    int weeksWithResults = 0;
    std::vector<ResponseParameter> fitted;
    // The fitted values; a parameter not fitted is std::nullopt and applying
    // the calibration leaves it as the activity has it.
    ResponseParameters parameters;
    FitQuality quality;
    std::optional<HoldoutQuality> holdout;
    std::vector<ParameterBand> intervals;
    std::optional<Band> forecastBand;
};

// The record of an applied calibration; `calibration.applied()` must hold.
CalibrationRecord calibrationRecord(const ActivityCalibration &calibration,
                                    std::string calibratedAt);

// The time now as the workspace writes it: "2026-12-04T03:27:53Z".
std::string utcTimestamp();

} // namespace castnet::core
