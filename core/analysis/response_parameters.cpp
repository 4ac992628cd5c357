// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/response_parameters.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace castnet::core {

namespace {

double pick(const std::optional<double> &own, double fallback, bool &isDefault) {
    isDefault = !own.has_value();
    return own.value_or(fallback);
}

} // namespace

ResolvedResponse trackDefaults(Track track) {
    ResolvedResponse response;
    if (track == Track::Media) {
        // Media acts fast and fades fast; returns diminish from the first hour.
        response.carryover = 0.3;
        response.shape = 1.0;
        response.halfSaturationHours = 6.0;
    } else {
        // Networking builds up slowly and lasts (high carry-over) and stays
        // small until relationships form (S-shaped).
        response.carryover = 0.8;
        response.shape = 1.5;
        response.halfSaturationHours = 3.0;
    }
    response.maxWeeklyReturn = 100.0;
    response.maxWeeklyReturnIsDefault = true;
    response.halfSaturationHoursIsDefault = true;
    response.shapeIsDefault = true;
    response.carryoverIsDefault = true;
    return response;
}

ResolvedResponse resolveResponse(const ResponseParameters &parameters, Track effectiveTrack) {
    const ResolvedResponse defaults = trackDefaults(effectiveTrack);
    ResolvedResponse response;
    response.maxWeeklyReturn = pick(parameters.maxWeeklyReturn, defaults.maxWeeklyReturn,
                                    response.maxWeeklyReturnIsDefault);
    response.halfSaturationHours =
        pick(parameters.halfSaturationHours, defaults.halfSaturationHours,
             response.halfSaturationHoursIsDefault);
    response.shape = pick(parameters.shape, defaults.shape, response.shapeIsDefault);
    response.carryover =
        pick(parameters.carryover, defaults.carryover, response.carryoverIsDefault);
    return response;
}

int maturityWeeks(double carryover) {
    if (!(carryover > 0.0))
        return 1;
    if (!(carryover < 1.0))
        return INT_MAX;
    const double weeks = std::log(0.1) / std::log(carryover);
    // ln 0.1 / ln 0.1 is exactly 1, but a theta such as sqrt(0.1) lands a hair
    // above a whole number; that hair must not cost a whole week.
    const double rounded = std::ceil(weeks - 1e-9);
    if (rounded >= static_cast<double>(INT_MAX))
        return INT_MAX;
    return std::max(1, static_cast<int>(rounded));
}

} // namespace castnet::core
