// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

#include "ui/editor/typed_number.h"

namespace castnet::ui {

// A number field of the campaign form. Every typed character stays as
// typed; the whole text is read with readTypedNumber() when the field is
// left or Enter is pressed. A value it refuses is never stored nor shown:
// the field shows its value again and refused() says why. Up and Down step
// by singleStep() within the bounds.
class NumberEntry final : public QLineEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberEntry)

public:
    explicit NumberEntry(QWidget *parent = nullptr);

    // The field's name in messages: "Capacity".
    void setLabel(const QString &label);
    void setBounds(const NumberBounds &bounds);
    void setSingleStep(double step);

    double value() const { return m_value; }
    // Shows the value; valueChanged() when it differs.
    void setValue(double value);

signals:
    void valueChanged(double value);
    void refused(const QString &reason);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void readTyped();
    void step(int steps);

    QString m_label;
    NumberBounds m_bounds;
    double m_step = 1.0;
    double m_value = 0.0;
};

} // namespace castnet::ui
