// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/report_chart_data.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

namespace castnet::core {

namespace {

// Keeps the slices whose labels are in `kept`, in their order, and sums the
// others into one last slice.
Split foldSplit(const Split &split, const std::set<std::string> &kept, const std::string &other) {
    Split folded;
    folded.total = split.total;
    Slice rest{other, std::nullopt, 0.0, 0.0};
    for (const Slice &slice : split.slices) {
        if (kept.contains(slice.label))
            folded.slices.push_back(slice);
        else
            rest.value += slice.value;
    }
    rest.share = split.total > 0.0 ? rest.value / split.total : 0.0;
    folded.slices.push_back(rest);
    return folded;
}

} // namespace

ChartData reportDrawing(const ChartData &data, std::size_t curveChannels,
                        std::size_t splitChannels) {
    ChartData drawing = data;
    if (drawing.channelCurves.size() > curveChannels)
        drawing.channelCurves.resize(curveChannels);
    const std::size_t channels = data.returnByChannel.slices.size();
    if (splitChannels < 2 || channels <= splitChannels)
        return drawing;
    // The return split decides which channels keep a bar of their own, so
    // both splits show the same channels.
    std::set<std::string> kept;
    for (std::size_t i = 0; i + 1 < splitChannels; ++i)
        kept.insert(data.returnByChannel.slices[i].label);
    const std::string other = fmt::format("Other channels ({})", channels - kept.size());
    drawing.returnByChannel = foldSplit(data.returnByChannel, kept, other);
    drawing.effortByChannel = foldSplit(data.effortByChannel, kept, other);
    return drawing;
}

} // namespace castnet::core
