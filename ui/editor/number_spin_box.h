// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDoubleSpinBox>

namespace castnet::ui {

// A QDoubleSpinBox that reads and writes numbers with a dot whatever the
// locale, in the shortest form ("2.5", not "2,50"), so what the user types
// means what the CSV means.
class NumberSpinBox final : public QDoubleSpinBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberSpinBox)

public:
    explicit NumberSpinBox(QWidget *parent = nullptr);

    QString textFromValue(double value) const override;
    double valueFromText(const QString &text) const override;
    QValidator::State validate(QString &text, int &pos) const override;
    void fixup(QString &input) const override;
};

} // namespace castnet::ui
