// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/typed_number.h"

#include <cmath>

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include "core/text/number_format.h"
#include "ui/common/string_conversion.h"

namespace castnet::ui {

namespace {

constexpr double unbounded = 1e12;

QString tr(const char *text) {
    return QCoreApplication::translate("castnet::ui::TypedNumber", text);
}

// The typed text with the locale's decimal separator as a dot; any other
// character stays and is refused by the pattern.
QString withDot(const QString &text) {
    const auto decimal = QLocale().decimalPoint();
    if (decimal == QStringLiteral("."))
        return text;
    auto plain = text;
    plain.replace(decimal, QStringLiteral("."));
    return plain;
}

// Trailing zeros do not count: "1.50" has the one decimal of 1.5.
int decimalsOf(QString plain) {
    const auto dot = plain.indexOf(u'.');
    if (dot < 0)
        return 0;
    while (plain.endsWith(u'0'))
        plain.chop(1);
    return static_cast<int>(plain.size() - dot - 1);
}

bool within(const NumberBounds &bounds, double value) {
    const bool aboveMin = bounds.minExclusive ? value > bounds.min : value >= bounds.min;
    const bool belowMax =
        bounds.max >= unbounded || (bounds.maxExclusive ? value < bounds.max : value <= bounds.max);
    return aboveMin && belowMax;
}

} // namespace

NumberBounds NumberBounds::from(const core::NumberRule &rule) {
    return NumberBounds{rule.min, rule.max, rule.minExclusive, rule.maxExclusive, rule.integer};
}

QString boundsInWords(const NumberBounds &bounds) {
    const auto min = writtenNumber(bounds.min);
    const auto max = writtenNumber(bounds.max);
    QString words;
    if (bounds.whole)
        words = tr("a whole number from %1 to %2").arg(min, max);
    else if (bounds.max >= unbounded)
        words = bounds.minExclusive ? tr("a number above %1").arg(min)
                                    : tr("a number of at least %1").arg(min);
    else if (bounds.maxExclusive)
        words = tr("a number from %1 to below %2").arg(min, max);
    else if (bounds.minExclusive)
        words = tr("a number above %1, up to %2").arg(min, max);
    else
        words = tr("a number from %1 to %2").arg(min, max);
    if (bounds.decimals >= 0 && !bounds.whole)
        words += QCoreApplication::translate("castnet::ui::TypedNumber",
                                             " with at most %n decimals", nullptr, bounds.decimals);
    return words;
}

core::Result<double> readTypedNumber(const QString &label, const QString &typed,
                                     const NumberBounds &bounds) {
    const auto text = typed.trimmed();
    const auto refuse = [&] {
        return core::fail(
            toStdString(tr("%1 must be %2, not \"%3\"").arg(label, boundsInWords(bounds), text)),
            toStdString(label));
    };
    static const QRegularExpression number(QStringLiteral("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$"));
    auto plain = withDot(text);
    if (!number.match(plain).hasMatch())
        return refuse();
    if (plain.endsWith(u'.'))
        plain.chop(1); // "5." is 5
    const auto value = core::parseDouble(toStdString(plain));
    if (!value || !within(bounds, *value))
        return refuse();
    if (bounds.whole && *value != std::floor(*value))
        return refuse();
    if (bounds.decimals >= 0 && decimalsOf(plain) > bounds.decimals)
        return refuse();
    return *value;
}

QString writtenNumber(double value) {
    // The shortest form writes 100000 as "1e+05", which no one types.
    if (std::abs(value) < 1e15 && value == std::trunc(value))
        return QString::number(static_cast<qint64>(value));
    return toQString(core::formatDouble(value));
}

} // namespace castnet::ui
