// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/number_entry.h"

#include <algorithm>
#include <cmath>

#include <QKeyEvent>

#include "ui/common/string_conversion.h"

namespace castnet::ui {

NumberEntry::NumberEntry(QWidget *parent)
    : QLineEdit(parent) {
    setText(writtenNumber(m_value));
    connect(this, &QLineEdit::editingFinished, this, &NumberEntry::readTyped);
}

void NumberEntry::setLabel(const QString &label) {
    m_label = label;
}

void NumberEntry::setBounds(const NumberBounds &bounds) {
    m_bounds = bounds;
    setToolTip(tr("%1: %2").arg(m_label, boundsInWords(bounds)));
}

void NumberEntry::setSingleStep(double step) {
    m_step = step;
}

void NumberEntry::setValue(double value) {
    // setText() would move the cursor of a field being typed in.
    if (text() != writtenNumber(value))
        setText(writtenNumber(value));
    if (value == m_value)
        return;
    m_value = value;
    emit valueChanged(value);
}

void NumberEntry::readTyped() {
    if (text() == writtenNumber(m_value))
        return;
    const auto typed = readTypedNumber(m_label, text(), m_bounds);
    if (!typed) {
        setText(writtenNumber(m_value)); // the old value stays
        emit refused(toQString(typed.error().message));
        return;
    }
    setValue(*typed);
}

void NumberEntry::step(int steps) {
    const auto typed = readTypedNumber(m_label, text(), m_bounds);
    if (!typed)
        return;
    // Kept to the step's decimals: 0.4 + 0.05 is 0.45, not 0.45000000000000001.
    const auto written = writtenNumber(m_step);
    const auto dot = written.indexOf(u'.');
    const auto scale = std::pow(10.0, dot < 0 ? 0 : written.size() - dot - 1);
    auto next = std::round((*typed + steps * m_step) * scale) / scale;
    // A step stops at the bounds; only typed values are refused there.
    if (!m_bounds.minExclusive)
        next = std::max(next, m_bounds.min);
    if (!m_bounds.maxExclusive && m_bounds.max < 1e12)
        next = std::min(next, m_bounds.max);
    if (readTypedNumber(m_label, writtenNumber(next), m_bounds))
        setValue(next);
}

void NumberEntry::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) {
        step(event->key() == Qt::Key_Up ? 1 : -1);
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace castnet::ui
