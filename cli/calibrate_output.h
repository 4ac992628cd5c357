// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "core/actuals/calibration_result.h"
#include "core/domain/activity.h"

namespace castnet::cli {

// `castnet calibrate --json` (DESIGN §13): {"applied", "activities": [{"id",
// "title", "weeks_with_results", "fitted", "reason", "parameters", "sse",
// "r2", "nrmse", "mape", "holdout", "intervals", "forecast_total_return"}]}.
// `activities[i]` is the activity calibrations[i] belongs to.
std::string calibrationJson(const std::vector<core::ActivityCalibration> &calibrations,
                            const std::vector<core::Activity> &activities, bool applied);

// The same as a readable table, with the reasons below it.
std::string calibrationTable(const std::vector<core::ActivityCalibration> &calibrations,
                             const std::vector<core::Activity> &activities, bool applied);

} // namespace castnet::cli
