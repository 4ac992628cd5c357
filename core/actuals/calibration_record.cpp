// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actuals/calibration_record.h"

#include <chrono>
#include <utility>

#include <fmt/chrono.h>
#include <fmt/format.h>

namespace castnet::core {

namespace {

double valueOf(const ResolvedResponse &response, ResponseParameter parameter) {
    switch (parameter) {
    case ResponseParameter::MaxWeeklyReturn:
        return response.maxWeeklyReturn;
    case ResponseParameter::HalfSaturationHours:
        return response.halfSaturationHours;
    case ResponseParameter::Shape:
        return response.shape;
    case ResponseParameter::Carryover:
        return response.carryover;
    }
    return 0.0;
}

std::optional<double> &slotOf(ResponseParameters &parameters, ResponseParameter parameter) {
    switch (parameter) {
    case ResponseParameter::MaxWeeklyReturn:
        return parameters.maxWeeklyReturn;
    case ResponseParameter::HalfSaturationHours:
        return parameters.halfSaturationHours;
    case ResponseParameter::Shape:
        return parameters.shape;
    case ResponseParameter::Carryover:
        break;
    }
    return parameters.carryover;
}

} // namespace

CalibrationRecord calibrationRecord(const ActivityCalibration &calibration,
                                    std::string calibratedAt) {
    CalibrationRecord record;
    record.activityId = calibration.id;
    record.calibratedAt = std::move(calibratedAt);
    record.weeksWithResults = calibration.weeksWithResults;
    record.fitted = calibration.fitted;
    for (const ResponseParameter parameter : calibration.fitted)
        slotOf(record.parameters, parameter) = valueOf(calibration.parameters, parameter);
    if (calibration.quality)
        record.quality = *calibration.quality;
    record.holdout = calibration.holdout;
    record.intervals = calibration.intervals;
    record.forecastBand = calibration.forecastBand;
    return record;
}

std::string utcTimestamp() {
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", now);
}

} // namespace castnet::core
