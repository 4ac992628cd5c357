// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/date_entry.h"

#include <QAction>
#include <QCalendarWidget>
#include <QIcon>
#include <QMenu>
#include <QStyle>
#include <QWidgetAction>

namespace castnet::ui {

namespace {

QString isoText(const QDate &date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

DateEntry::DateEntry(QWidget *parent)
    : QLineEdit(parent) {
    setPlaceholderText(QStringLiteral("2026-03-01"));
    auto *calendar =
        addAction(QIcon::fromTheme(QStringLiteral("view-calendar"),
                                   style()->standardIcon(QStyle::SP_FileDialogContentsView)),
                  QLineEdit::TrailingPosition);
    calendar->setText(tr("Pick from the calendar"));
    calendar->setToolTip(calendar->text());
    connect(calendar, &QAction::triggered, this, &DateEntry::showCalendar);
    connect(this, &QLineEdit::editingFinished, this, &DateEntry::readTyped);
}

void DateEntry::setLabel(const QString &label) {
    m_label = label;
}

void DateEntry::setDate(const QDate &date) {
    if (text() != isoText(date))
        setText(isoText(date));
    if (date == m_date)
        return;
    m_date = date;
    emit dateChanged(date);
}

void DateEntry::readTyped() {
    const auto typed = text().trimmed();
    if (typed == isoText(m_date))
        return;
    const auto date = QDate::fromString(typed, Qt::ISODate);
    if (!date.isValid()) {
        setText(isoText(m_date)); // the old date stays
        emit refused(tr("%1 must be a date such as 2026-03-01, not \"%2\"").arg(m_label, typed));
        return;
    }
    setDate(date);
}

void DateEntry::showCalendar() {
    QMenu popup(this);
    auto *calendar = new QCalendarWidget(&popup);
    calendar->setSelectedDate(m_date.isValid() ? m_date : QDate::currentDate());
    auto *holder = new QWidgetAction(&popup);
    holder->setDefaultWidget(calendar);
    popup.addAction(holder);
    connect(calendar, &QCalendarWidget::clicked, &popup, [this, &popup](const QDate &date) {
        popup.close();
        setDate(date);
    });
    popup.exec(mapToGlobal(rect().bottomLeft()));
}

} // namespace castnet::ui
