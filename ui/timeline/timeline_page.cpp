// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/timeline_page.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/timeline/timeline_view.h"

namespace castnet::ui {

TimelinePage::TimelinePage(QWidget *parent)
    : QWidget(parent)
    , m_view(new TimelineView(this))
    , m_zoom(new QButtonGroup(this))
    , m_refusal(new QLabel(this)) {
    m_view->setAccessibleName(tr("Timeline of the campaign's activities"));
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 8, 0);
    bar->addWidget(new QLabel(tr("Zoom:"), this));
    const auto addZoom = [&](const QString &text, TimelineZoom zoom, const char *name) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setObjectName(QString::fromLatin1(name));
        button->setChecked(zoom == m_view->zoom());
        m_zoom->addButton(button, static_cast<int>(zoom));
        bar->addWidget(button);
    };
    addZoom(tr("&Weeks"), TimelineZoom::Weeks, "timelineWeeks");
    addZoom(tr("M&onths"), TimelineZoom::Months, "timelineMonths");
    bar->addStretch(1);
    bar->addWidget(new QLabel(tr("Drag a bar to move it, an end to change that week."), this));
    connect(m_zoom, &QButtonGroup::idClicked, this,
            [this](int id) { m_view->setZoom(static_cast<TimelineZoom>(id)); });

    m_refusal->setObjectName(QStringLiteral("timelineRefusal"));
    m_refusal->setWordWrap(true);
    QPalette warning = m_refusal->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_refusal->setPalette(warning);
    m_refusal->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_refusal);
    connect(m_view, &TimelineView::weeksRequested, this, &TimelinePage::weeksRequested);
}

TimelinePage::~TimelinePage() = default;

void TimelinePage::showCampaign(const core::Campaign &campaign,
                                const std::vector<core::Activity> &activities,
                                const std::vector<int> &shownRows) {
    m_view->showCampaign(campaign, activities, shownRows);
}

void TimelinePage::clear() {
    m_view->clear();
    clearRefusal();
}

void TimelinePage::showRefusal(core::ActivityId activity, const QString &reason) {
    m_refusal->setText(reason);
    m_refusal->show();
    m_view->showRefusal(activity, reason);
}

void TimelinePage::clearRefusal() {
    m_refusal->clear();
    m_refusal->hide();
}

QString TimelinePage::refusal() const {
    return m_refusal->text();
}

} // namespace castnet::ui
