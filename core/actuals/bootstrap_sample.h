// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/actuals/calibration_result.h"

namespace castnet::core {

// The random draws of a bootstrap, the same on every platform and standard
// library (std::mt19937 is, but the std:: distributions are not): SplitMix64,
// seeded from the activity's uid so the same data always gives the same bands.
class BootstrapSample {
public:
    explicit BootstrapSample(std::string_view uid);

    // An index in [0, count).
    std::size_t index(std::size_t count);

private:
    std::uint64_t next();
    std::uint64_t m_state;
};

// P10, P50 and P90 of `values` with linear interpolation between order
// statistics (the usual "type 7" definition). `values` is reordered.
Band percentileBand(std::vector<double> &values);

} // namespace castnet::core
