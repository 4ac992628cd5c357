// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>

#include "core/domain/activity.h"
#include "core/domain/enums.h"

namespace castnet::core {

// The response parameters an activity's projection actually uses: its own
// value where it sets one, else its effective track's default (DESIGN §5).
// The *IsDefault flags let the GUI and the report say when a figure rests on
// an uncalibrated default, above all the default R.
struct ResolvedResponse {
    double maxWeeklyReturn = 0.0;     // R >= 0, in the campaign's return unit per week
    double halfSaturationHours = 1.0; // gamma > 0, output hours per week at R / 2
    double shape = 1.0;               // s > 0
    double carryover = 0.0;           // theta in [0, 1)

    bool maxWeeklyReturnIsDefault = false;
    bool halfSaturationHoursIsDefault = false;
    bool shapeIsDefault = false;
    bool carryoverIsDefault = false;

    friend bool operator==(const ResolvedResponse &, const ResolvedResponse &) = default;
};

// The track defaults of DESIGN §5, every flag set:
// media      theta 0.3, s 1.0, gamma 6, R 100;
// networking theta 0.8, s 1.5, gamma 3, R 100.
ResolvedResponse trackDefaults(Track track);

// Fills each blank parameter from `effectiveTrack`'s default.
ResolvedResponse resolveResponse(const ResponseParameters &parameters, Track effectiveTrack);

// (gamma / A)^s given ratio = gamma / A. The track default shapes (1 and 1.5)
// and other common ones avoid pow(), which dominates the cost of a large
// projection.
inline double hillTerm(double ratio, double shape) {
    if (shape == 1.0)
        return ratio;
    if (shape == 1.5)
        return ratio * std::sqrt(ratio);
    if (shape == 2.0)
        return ratio * ratio;
    if (shape == 0.5)
        return std::sqrt(ratio);
    return std::pow(ratio, shape);
}

// Hill saturation y = R / (1 + (gamma / A)^s) for A > 0, and 0 for A <= 0.
// This is the overflow-safe form of R·A^s / (A^s + gamma^s): a huge A gives R,
// a tiny A gives 0, never NaN. `adstock` is in output hours per week. Every
// part of Castnet (projection, charts, optimizer) uses this one function so
// that their figures agree; it is inline because the projection calls it for
// every activity and week.
inline double weeklyReturn(const ResolvedResponse &response, double adstock) {
    if (!(adstock > 0.0))
        return 0.0;
    const double term = hillTerm(response.halfSaturationHours / adstock, response.shape);
    return response.maxWeeklyReturn / (1.0 + term);
}

// One week of the normalised geometric adstock of DESIGN §5:
// A(t) = (1 − theta)·o(t) + theta·A(t − 1). The plan's projection, the
// re-forecast from actuals and the calibration walk the same recursion.
inline double nextAdstock(double carryover, double previous, double output) {
    return (1.0 - carryover) * output + carryover * previous;
}

// Weeks of constant output until the adstock reaches 90 % of that output:
// ceil(ln 0.1 / ln theta), and 1 when theta = 0.
int maturityWeeks(double carryover);

} // namespace castnet::core
