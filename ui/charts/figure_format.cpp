// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/figure_format.h"

#include <string>

#include <QLocale>

#include "core/text/display_number.h"
#include "core/text/number_format.h"
#include "ui/common/string_conversion.h"

namespace castnet::ui::charts {

namespace {

// core::displayNumber() decides the figure: its decimals, rounding and
// sign. This only writes those same digits in the user's locale, whose
// digits, point and grouping Qt knows: the figure read back is the nearest
// double to a text of at most 15 significant digits, so printing it with
// as many decimals gives the same digits again.
QString localized(double value, const core::DisplayStyle &style) {
    const std::string text = core::displayNumber(value, style);
    const std::optional<double> figure = core::parseDouble(text);
    if (!figure)
        return toQString(text); // the text for no figure
    const std::size_t point = text.find('.');
    const int decimals = point == std::string::npos ? 0 : static_cast<int>(text.size() - point - 1);
    return QLocale().toString(*figure, 'f', decimals);
}

} // namespace

QString formatNumber(double value) {
    return localized(value, core::DisplayStyle::chart(value));
}

QString formatHours(double hours) {
    return formatNumber(hours) + QStringLiteral(" h");
}

QString formatHoursPerWeek(double hours) {
    return formatNumber(hours) + QStringLiteral(" h/week");
}

QString formatMoney(double units, const QString &currency) {
    return localized(units, core::DisplayStyle::chartMoney(units)) + QLatin1Char(' ') + currency;
}

QString formatAmount(double value, const QString &unit) {
    return formatNumber(value) + QLatin1Char(' ') + unit;
}

QString formatShare(double share) {
    const double percent = share * 100.0;
    return localized(percent, core::DisplayStyle::chartPercent(percent)) + QStringLiteral(" %");
}

QString formatPerHour(const std::optional<double> &value, const QString &unit) {
    if (!value)
        return QStringLiteral("—");
    return formatNumber(*value) + QLatin1Char(' ') + unit + QStringLiteral("/h");
}

} // namespace castnet::ui::charts
