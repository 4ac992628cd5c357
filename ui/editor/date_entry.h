// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLineEdit>

namespace castnet::ui {

// A date field: an ISO date (2026-03-01) typed as a whole, or picked from
// the calendar behind its button. A typed date replaces the whole date; it
// is read when the field is left or Enter is pressed. A text that is no
// date is never stored: the field shows its date again and refused() says
// why.
class DateEntry final : public QLineEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateEntry)

public:
    explicit DateEntry(QWidget *parent = nullptr);

    // The field's name in messages: "Start date".
    void setLabel(const QString &label);

    QDate date() const { return m_date; }
    // Shows the date; dateChanged() when it differs.
    void setDate(const QDate &date);

signals:
    void dateChanged(const QDate &date);
    void refused(const QString &reason);

private:
    void readTyped();
    void showCalendar();

    QString m_label;
    QDate m_date;
};

} // namespace castnet::ui
