// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/actuals/calibration_record.h"
#include "core/actuals/calibration_result.h"
#include "core/domain/error.h"

namespace castnet::core {

// How every back end stores a calibration record's lists in text columns,
// so that a file and a server hold the same words and a copy between them
// reads back equal.

// "max_weekly_return,carryover": the fitted parameters by their CSV names.
std::string fittedNames(const std::vector<ResponseParameter> &fitted);
// The parameter a CSV name stands for, if any.
std::optional<ResponseParameter> parameterNamed(std::string_view name);
// Intervals as "name p10 p50 p90" lines, numbers written to round-trip.
std::string intervalsText(const std::vector<ParameterBand> &intervals);

// The reverse of the two above; `location` names the workspace in the
// error when a stored text cannot be read.
Result<std::vector<ParameterBand>> readIntervals(std::string_view text, std::string_view location);
Result<std::vector<ResponseParameter>> readFitted(std::string_view text, std::string_view location);

} // namespace castnet::core
