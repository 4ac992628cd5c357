// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QValueAxis;
QT_END_NAMESPACE

namespace castnet::ui::charts {

// 0 … a round number above `maximum` (0 … 1 when there is nothing to show),
// with as many decimals in the labels as the range needs.
void setNiceRange(QValueAxis &axis, double maximum);

// Ticks on whole weeks for an axis over weeks 1 … `weeks`: every week for a
// short campaign, every 2, 4, 13 or 26 weeks for longer ones.
int weekTickInterval(int weeks);

} // namespace castnet::ui::charts
