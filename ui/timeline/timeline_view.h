// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include <QAbstractScrollArea>
#include <QRect>
#include <QString>

#include "core/domain/activity.h"
#include "core/domain/campaign.h"
#include "core/domain/enums.h"
#include "core/domain/ids.h"
#include "ui/timeline/timeline_drag.h"

class QPainter;

namespace castnet::ui {

enum class TimelineZoom { Weeks, Months };

// The Timeline tab's chart (DESIGN §14): one row per activity with a bar
// from its start week to its end week, coloured by its track; under the
// rows the campaign's weekly load (recurring and setup hours of both
// tracks against the capacity, overloaded weeks marked); week dates in the
// header and today's line. It is painted, not built from a widget per bar,
// and paints only the rows in sight, so a campaign of 1,000 activities
// drags as smoothly as one of ten.
//
// It holds no workspace: a drag ends in weeksRequested(), whoever edits
// the workspace answers, and a refused request is shown with
// showRefusal() while the bar is back where it was.
class TimelineView final : public QAbstractScrollArea {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    static constexpr int labelWidth = 220;
    static constexpr int headerHeight = 48;
    static constexpr int rowHeight = 24;
    static constexpr int loadHeight = 104;

    struct Row {
        core::ActivityId id;
        QString label; // "channel: title"
        QString title;
        int startWeek = 1;
        int endWeek = 1;
        core::Track track = core::Track::Media;
    };

    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    // Rows for activities[shownRows[0]], activities[shownRows[1]], … in
    // that order; the load is the whole campaign's, whatever is shown,
    // since the capacity is the whole team's.
    void showCampaign(const core::Campaign &campaign, const std::vector<core::Activity> &activities,
                      const std::vector<int> &shownRows);
    void clear();

    void setZoom(TimelineZoom zoom);
    TimelineZoom zoom() const { return m_zoom; }
    // The day of today's line; the system's date unless set.
    void setToday(std::chrono::sys_days today);

    // The refusal of the last drag, at the bar (a tooltip) and kept for
    // the page's message line.
    void showRefusal(core::ActivityId activity, const QString &reason);

    const std::vector<Row> &rows() const { return m_rows; }
    const std::vector<int> &overloadWeeks() const { return m_overloadWeeks; }
    int weeks() const { return m_weeks; }
    double weekWidth() const;
    // Where things are, in viewport coordinates (for tests and tooltips):
    // the bar of the shown row, and a week's column of the load area.
    QRect barRect(int row) const;
    QRect loadColumnRect(int week) const;
    int todayX() const;

signals:
    // A drag ended on other weeks than the bar had.
    void weeksRequested(castnet::core::ActivityId activity, int startWeek, int endWeek);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Hit {
        int row = -1;
        BarPart part = BarPart::Body;
    };

    void updateScrollBars();
    int rowsAreaHeight() const;
    QRect rowsArea() const;
    QRect loadArea() const;
    double weekLeft(double week) const; // viewport x of the left edge of `week`
    QRect barRect(int row, int startWeek, int endWeek) const;
    std::optional<Hit> hitBar(QPoint pos) const;
    int weekAtX(int x) const;
    // Weeks from `week` whose first day is in the same month as its own.
    int weeksInMonthFrom(int week) const;
    QString barToolTip(const Row &row) const;
    QString loadToolTip(int week) const;

    void paintGrid(QPainter &painter) const;
    void paintBars(QPainter &painter) const;
    void paintBar(QPainter &painter, const Row &row, QRect rect, bool dragged) const;
    void paintLabels(QPainter &painter) const;
    void paintHeader(QPainter &painter) const;
    void paintLoad(QPainter &painter) const;
    void paintToday(QPainter &painter) const;

    std::vector<Row> m_rows;
    int m_weeks = 0;
    std::string m_startDate;
    std::optional<std::chrono::sys_days> m_start;
    std::array<std::vector<double>, 2> m_effort; // per track, week t at t − 1
    double m_capacity = 0.0;
    std::vector<int> m_overloadWeeks;
    std::vector<bool> m_overloaded; // week t at t − 1
    double m_loadScale = 1.0;       // hours at the top of the load area

    TimelineZoom m_zoom = TimelineZoom::Weeks;
    std::optional<std::chrono::sys_days> m_today;
    std::optional<TimelineDrag> m_drag;
    int m_dragRow = -1;
    int m_pressX = 0;
};

} // namespace castnet::ui
