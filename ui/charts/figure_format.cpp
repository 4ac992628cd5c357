// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/figure_format.h"

#include <cmath>

#include <QLocale>

namespace castnet::ui::charts {

namespace {

int decimalsFor(double value) {
    const double magnitude = std::abs(value);
    if (magnitude >= 100.0 || magnitude == 0.0)
        return 0;
    if (magnitude >= 10.0)
        return 1;
    return 2;
}

// Drops trailing zeros of the decimals ("12.50" -> "12.5", "3.00" -> "3").
QString withoutTrailingZeros(QString text, const QLocale &locale) {
    const QString point = locale.decimalPoint();
    if (!text.contains(point))
        return text;
    while (text.endsWith(locale.zeroDigit()))
        text.chop(1);
    if (text.endsWith(point))
        text.chop(point.size());
    return text;
}

} // namespace

QString formatNumber(double value) {
    if (!std::isfinite(value))
        return QStringLiteral("—");
    const QLocale locale;
    const QString text =
        withoutTrailingZeros(locale.toString(value, 'f', decimalsFor(value)), locale);
    // -0 after rounding reads as a sign error to a marketer.
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

QString formatHours(double hours) {
    return formatNumber(hours) + QStringLiteral(" h");
}

QString formatHoursPerWeek(double hours) {
    return formatNumber(hours) + QStringLiteral(" h/week");
}

QString formatMoney(double units, const QString &currency) {
    const QLocale locale;
    const bool wholeUnits = std::abs(units - std::round(units)) < 0.005;
    const int decimals = std::abs(units) >= 1000.0 || wholeUnits ? 0 : 2;
    return locale.toString(units, 'f', decimals) + QLatin1Char(' ') + currency;
}

QString formatAmount(double value, const QString &unit) {
    return formatNumber(value) + QLatin1Char(' ') + unit;
}

QString formatShare(double share) {
    const double percent = share * 100.0;
    const QLocale locale;
    const int decimals = percent > 0.0 && percent < 1.0 ? 1 : 0;
    return locale.toString(percent, 'f', decimals) + QStringLiteral(" %");
}

QString formatPerHour(const std::optional<double> &value, const QString &unit) {
    if (!value)
        return QStringLiteral("—");
    return formatNumber(*value) + QLatin1Char(' ') + unit + QStringLiteral("/h");
}

} // namespace castnet::ui::charts
