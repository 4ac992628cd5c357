// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

#include "core/analysis/chart_data.h"

namespace castnet::core {

// A printed chart cannot scroll or hide curves as the window's can, so the
// report draws the channels with the largest return and folds the rest into
// one bar; its figures tables still list every channel.
inline constexpr std::size_t reportCurveChannels = 8; // channel curves on the response chart
inline constexpr std::size_t reportSplitChannels =
    16; // bars on the channel split, "others" included

// The chart data as the report draws it: the first `curveChannels` channel
// curves (they come largest return first), and the channel splits cut to
// `splitChannels` slices, the last one summing every channel past them
// ("Other channels (N)") with shares recomputed from the totals.
ChartData reportDrawing(const ChartData &data, std::size_t curveChannels = reportCurveChannels,
                        std::size_t splitChannels = reportSplitChannels);

} // namespace castnet::core
