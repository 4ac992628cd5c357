// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/timeline_drag.h"

#include <cmath>

namespace castnet::ui {

int TimelineDrag::shownStartWeek() const {
    return part == BarPart::EndEdge ? startWeek : startWeek + movedWeeks;
}

int TimelineDrag::shownEndWeek() const {
    return part == BarPart::StartEdge ? endWeek : endWeek + movedWeeks;
}

int weeksMoved(double pixels, double weekWidth) {
    if (weekWidth <= 0.0)
        return 0;
    return static_cast<int>(std::lround(pixels / weekWidth));
}

} // namespace castnet::ui
