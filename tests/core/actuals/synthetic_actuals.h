// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/actuals/calibration.h"
#include "core/analysis/response_parameters.h"

namespace castnet::core::testing {

// A deterministic generator for synthetic actuals (SplitMix64 and
// Box-Muller), so that every run and platform sees the same data.
class SyntheticRandom {
public:
    explicit SyntheticRandom(std::uint64_t seed)
        : m_state(seed) {}

    double uniform() { // in [0, 1)
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return static_cast<double>((z ^ (z >> 31)) >> 11) * 0x1.0p-53;
    }
    double normal() {
        const double u = 1.0 - uniform();
        const double v = uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * v);
    }

private:
    std::uint64_t m_state;
};

// Weeks 1 … weeks of actual output drawn from [low, high] hours, results from
// `truth`'s curve plus normal noise of `noise` (clipped at 0, as results
// are), every week measured. The plan goes on for `ahead` more weeks at
// `plannedOutput` hours; the start parameters are `start`.
inline CalibrationInput syntheticInput(const ResolvedResponse &truth, const ResolvedResponse &start,
                                       int weeks, double low, double high, double noise,
                                       std::uint64_t seed, int ahead = 0,
                                       double plannedOutput = 0.0) {
    SyntheticRandom random(seed);
    CalibrationInput input;
    input.start = start;
    input.campaignWeeks = weeks + ahead;
    input.plan = {plannedOutput, weeks + 1, weeks + ahead};
    double adstock = 0.0;
    for (int t = 0; t < weeks; ++t) {
        const double output = low + (high - low) * random.uniform();
        adstock = nextAdstock(truth.carryover, adstock, output);
        const double result = weeklyReturn(truth, adstock) + noise * random.normal();
        input.actualOutput.push_back(output);
        input.results.push_back(std::max(0.0, result));
    }
    return input;
}

inline ResolvedResponse response(double maxReturn, double carryover, double halfSaturation,
                                 double shape) {
    ResolvedResponse r;
    r.maxWeeklyReturn = maxReturn;
    r.carryover = carryover;
    r.halfSaturationHours = halfSaturation;
    r.shape = shape;
    return r;
}

} // namespace castnet::core::testing
