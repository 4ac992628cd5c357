// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QWidget>

#include "core/domain/activity.h"
#include "core/domain/campaign.h"
#include "core/domain/ids.h"

class QButtonGroup;
class QLabel;

namespace castnet::ui {

class TimelineView;

// The Timeline tab: the zoom (weeks or months) over the timeline, and
// under it the reason the last drag was refused.
class TimelinePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelinePage)

public:
    explicit TimelinePage(QWidget *parent = nullptr);
    ~TimelinePage() override;

    TimelineView *view() const { return m_view; }

    void showCampaign(const core::Campaign &campaign, const std::vector<core::Activity> &activities,
                      const std::vector<int> &shownRows);
    void clear();

    // At the bar and on the message line; the next accepted drag clears it.
    void showRefusal(core::ActivityId activity, const QString &reason);
    void clearRefusal();
    QString refusal() const;

signals:
    // A bar was dragged onto other weeks.
    void weeksRequested(castnet::core::ActivityId activity, int startWeek, int endWeek);

private:
    TimelineView *m_view = nullptr;
    QButtonGroup *m_zoom = nullptr;
    QLabel *m_refusal = nullptr;
};

} // namespace castnet::ui
