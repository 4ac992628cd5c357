// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ids.h"

namespace castnet::ui {

// Which part of a timeline bar the pointer took: the body moves the bar
// (same length), an end changes that week only.
enum class BarPart { Body, StartEdge, EndEdge };

// A bar being dragged: what was taken, and the weeks it had when taken.
// The pointer's travel is counted in whole weeks, so the bar only ever
// shows, and asks for, weeks that exist as numbers; whether the campaign
// has them is the command's to say.
struct TimelineDrag {
    core::ActivityId activity;
    BarPart part = BarPart::Body;
    int startWeek = 1; // as stored when the drag began
    int endWeek = 1;
    int movedWeeks = 0; // pointer travel so far

    int shownStartWeek() const;
    int shownEndWeek() const;
    bool changesWeeks() const { return movedWeeks != 0; }
};

// The whole weeks a pointer travel of `pixels` stands for, to the nearest
// week, at `weekWidth` pixels a week.
int weeksMoved(double pixels, double weekWidth);

} // namespace castnet::ui
