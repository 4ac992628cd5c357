// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>

namespace castnet::ui::charts {

// Figures as the charts and the tracks view show them: core::displayNumber()'s
// chart styles (core/text/display_number.h), whose precision shrinks as the
// number grows (1,234 · 56.7 · 8.25) so that a column of figures stays
// readable, written in the user's locale. Display only: files never go
// through these (they use core's locale-independent text).

QString formatNumber(double value);
// "12.5 h"
QString formatHours(double hours);
// "12.5 h/week"
QString formatHoursPerWeek(double hours);
// "1,234.5 EUR"; always two decimals below 1,000 when there are cents.
QString formatMoney(double units, const QString &currency);
// "1,234 points"
QString formatAmount(double value, const QString &unit);
// "62 %", "0.4 %"
QString formatShare(double share);
// "9.8 points/h", or "—" when there is no figure.
QString formatPerHour(const std::optional<double> &value, const QString &unit);

} // namespace castnet::ui::charts
