// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/axis_range.h"

#include <QValueAxis>

namespace castnet::ui::charts {

void setNiceRange(QValueAxis &axis, double maximum) {
    const double top = maximum > 0.0 ? maximum * 1.05 : 1.0;
    axis.setRange(0.0, top);
    axis.applyNiceNumbers();
    const double span = axis.max() - axis.min();
    if (span >= 10.0)
        axis.setLabelFormat(QStringLiteral("%.0f"));
    else if (span >= 1.0)
        axis.setLabelFormat(QStringLiteral("%.1f"));
    else
        axis.setLabelFormat(QStringLiteral("%.2f"));
}

int weekTickInterval(int weeks) {
    if (weeks <= 13)
        return 1;
    if (weeks <= 26)
        return 2;
    if (weeks <= 60)
        return 4;
    if (weeks <= 130)
        return 13;
    return 26;
}

} // namespace castnet::ui::charts
