// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "core/domain/activity_field.h"
#include "core/domain/error.h"

namespace castnet::ui {

// What a number field takes: a range, whole numbers only or at most so many
// decimals (-1: any).
struct NumberBounds {
    double min = 0.0;
    double max = 0.0; // 1e12 or more: no upper bound
    bool minExclusive = false;
    bool maxExclusive = false;
    bool whole = false;
    int decimals = -1;

    static NumberBounds from(const core::NumberRule &rule);
};

// The bounds in words, to follow "must be": "a number from 0 to 168",
// "a whole number from 1 to 12", "a number from 0 to below 1".
QString boundsInWords(const NumberBounds &bounds);

// Reads a number as typed in the window (DESIGN §8): digits with a dot or
// the locale's decimal separator, nothing else. A thousands separator,
// letters, a value out of bounds or with too many decimals are refused with
// the field's label and the bounds in words, never clamped, rounded or
// stripped: "Hours each must be a number from 0 to 168, not "-2"".
core::Result<double> readTypedNumber(const QString &label, const QString &typed,
                                     const NumberBounds &bounds);

// The number as the window writes it: a dot, the shortest exact form,
// whole numbers in full ("100000").
QString writtenNumber(double value);

} // namespace castnet::ui
