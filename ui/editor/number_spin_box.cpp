// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/number_spin_box.h"

#include <algorithm>

#include "core/text/number_format.h"
#include "ui/common/string_conversion.h"

namespace castnet::ui {

namespace {

// The text between prefix/suffix, which QAbstractSpinBox hands over whole.
QString stripAffixes(const QDoubleSpinBox &box, QString text) {
    if (!box.prefix().isEmpty() && text.startsWith(box.prefix()))
        text.remove(0, box.prefix().size());
    if (!box.suffix().isEmpty() && text.endsWith(box.suffix()))
        text.chop(box.suffix().size());
    return text.trimmed();
}

} // namespace

NumberSpinBox::NumberSpinBox(QWidget *parent)
    : QDoubleSpinBox(parent) {
    setDecimals(6);
    setGroupSeparatorShown(false);
}

QString NumberSpinBox::textFromValue(double value) const {
    return toQString(core::formatDouble(value));
}

double NumberSpinBox::valueFromText(const QString &text) const {
    return core::parseDouble(toStdString(stripAffixes(*this, text))).value_or(minimum());
}

QValidator::State NumberSpinBox::validate(QString &text, int &) const {
    const auto number = stripAffixes(*this, text);
    if (number.isEmpty() || number == u'-' || number == u'+' || number.endsWith(u'.') ||
        number.endsWith(u'e', Qt::CaseInsensitive))
        return QValidator::Intermediate;
    const auto value = core::parseDouble(toStdString(number));
    if (!value)
        return QValidator::Invalid;
    // A value above the maximum may still become valid by deleting digits.
    if (*value < minimum() || *value > maximum())
        return QValidator::Intermediate;
    return QValidator::Acceptable;
}

void NumberSpinBox::fixup(QString &input) const {
    const auto value = core::parseDouble(toStdString(stripAffixes(*this, input)));
    if (value)
        input = textFromValue(std::clamp(*value, minimum(), maximum()));
}

} // namespace castnet::ui
