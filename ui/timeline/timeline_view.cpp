// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/timeline_view.h"

#include <algorithm>
#include <cmath>

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include "core/analysis/projection.h"
#include "core/domain/week_dates.h"
#include "core/text/week_label.h"
#include "ui/charts/chart_style.h"
#include "ui/common/string_conversion.h"

namespace castnet::ui {

namespace {

using charts::alertColor;
using charts::trackColor;
using charts::trackTitle;

constexpr double weekZoomWidth = 44.0;
constexpr double monthZoomWidth = 12.0;
constexpr int barInset = 4;    // between a bar and its row's edges
constexpr int edgeGrip = 6;    // pixels at each end that take the end, not the body
constexpr int loadGap = 26;    // headroom above the load bars for the overload mark and today
constexpr int headerLine = 16; // each of the header's three lines

constexpr std::array<const char *, 12> monthNames{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::chrono::sys_days systemToday() {
    return std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
}

std::chrono::year_month_day dayOf(std::chrono::sys_days day) {
    return std::chrono::year_month_day{day};
}

QColor textOn(const QColor &fill) {
    return qGray(fill.rgb()) > 150 ? QColor(Qt::black) : QColor(Qt::white);
}

QString hours(double value) {
    return QLocale().toString(value, 'f', 1) + QStringLiteral(" h");
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent) {
    setObjectName(QStringLiteral("timelineView"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true); // the cursor shows what a press would take
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    horizontalScrollBar()->setSingleStep(static_cast<int>(weekZoomWidth));
    verticalScrollBar()->setSingleStep(rowHeight);
}

TimelineView::~TimelineView() = default;

void TimelineView::showCampaign(const core::Campaign &campaign,
                                const std::vector<core::Activity> &activities,
                                const std::vector<int> &shownRows) {
    // The effective track and the weekly series come from the projection
    // the charts use; only the series are needed here.
    const auto projection = core::project(campaign, activities, {.marginalReturns = false});
    m_rows.clear();
    m_rows.reserve(shownRows.size());
    for (int index : shownRows) {
        if (index < 0 || static_cast<std::size_t>(index) >= activities.size())
            continue;
        const auto &activity = activities[static_cast<std::size_t>(index)];
        const auto title = toQString(activity.title);
        m_rows.push_back({activity.id, toQString(activity.channel) + QStringLiteral(": ") + title,
                          title, activity.startWeek, activity.endWeek,
                          projection.activities[static_cast<std::size_t>(index)].track});
    }
    m_weeks = campaign.weeks;
    m_startDate = campaign.startDate;
    m_start = core::parseIsoDate(campaign.startDate);
    m_capacity = projection.capacityHoursPerWeek;
    for (auto track : {core::Track::Media, core::Track::Networking})
        m_effort[core::trackIndex(track)] = projection.track(track).effort;
    m_overloadWeeks = projection.overloadWeeks;
    m_overloaded.assign(static_cast<std::size_t>(std::max(m_weeks, 0)), false);
    for (int week : m_overloadWeeks)
        if (week >= 1 && week <= m_weeks)
            m_overloaded[static_cast<std::size_t>(week - 1)] = true;
    double peak = m_capacity;
    for (std::size_t t = 0; t < projection.weeklyEffort.size(); ++t)
        peak = std::max(peak, projection.weeklyEffort[t]);
    m_loadScale = peak > 0.0 ? peak * 1.1 : 1.0;
    // A refresh during a drag (another window's change) drops the drag: the
    // rows it pointed at may be gone.
    m_drag.reset();
    m_dragRow = -1;
    updateScrollBars();
    viewport()->update();
}

void TimelineView::clear() {
    m_rows.clear();
    m_weeks = 0;
    m_startDate.clear();
    m_start.reset();
    m_effort = {};
    m_capacity = 0.0;
    m_overloadWeeks.clear();
    m_overloaded.clear();
    m_drag.reset();
    m_dragRow = -1;
    updateScrollBars();
    viewport()->update();
}

void TimelineView::setZoom(TimelineZoom zoom) {
    if (zoom == m_zoom)
        return;
    // Keep the week at the left edge where it is.
    const double firstWeek = horizontalScrollBar()->value() / weekWidth();
    m_zoom = zoom;
    updateScrollBars();
    horizontalScrollBar()->setValue(static_cast<int>(std::lround(firstWeek * weekWidth())));
    viewport()->update();
}

void TimelineView::setToday(std::chrono::sys_days today) {
    m_today = today;
    viewport()->update();
}

double TimelineView::weekWidth() const {
    return m_zoom == TimelineZoom::Weeks ? weekZoomWidth : monthZoomWidth;
}

// --- geometry -------------------------------------------------------------------------------

int TimelineView::rowsAreaHeight() const {
    return std::max(0, viewport()->height() - headerHeight - loadHeight);
}

QRect TimelineView::rowsArea() const {
    return {labelWidth, headerHeight, std::max(0, viewport()->width() - labelWidth),
            rowsAreaHeight()};
}

QRect TimelineView::loadArea() const {
    return {labelWidth, viewport()->height() - loadHeight,
            std::max(0, viewport()->width() - labelWidth), loadHeight};
}

double TimelineView::weekLeft(double week) const {
    return labelWidth + (week - 1.0) * weekWidth() - horizontalScrollBar()->value();
}

int TimelineView::weekAtX(int x) const {
    return static_cast<int>(std::floor((x - weekLeft(1)) / weekWidth())) + 1;
}

QRect TimelineView::barRect(int row, int startWeek, int endWeek) const {
    const int left = static_cast<int>(std::lround(weekLeft(startWeek)));
    const int right = static_cast<int>(std::lround(weekLeft(endWeek + 1)));
    const int top = headerHeight + row * rowHeight - verticalScrollBar()->value() + barInset;
    return {left, top, std::max(right - left, 1), rowHeight - 2 * barInset};
}

QRect TimelineView::barRect(int row) const {
    if (row < 0 || static_cast<std::size_t>(row) >= m_rows.size())
        return {};
    const auto &shown = m_rows[static_cast<std::size_t>(row)];
    return barRect(row, shown.startWeek, shown.endWeek);
}

QRect TimelineView::loadColumnRect(int week) const {
    const QRect area = loadArea();
    const int left = static_cast<int>(std::lround(weekLeft(week)));
    const int right = static_cast<int>(std::lround(weekLeft(week + 1)));
    return {left, area.top(), right - left, area.height()};
}

int TimelineView::todayX() const {
    if (!m_start)
        return -1;
    const auto days = (m_today.value_or(systemToday()) - *m_start).count();
    return static_cast<int>(std::lround(weekLeft(1.0 + static_cast<double>(days) / 7.0)));
}

std::optional<TimelineView::Hit> TimelineView::hitBar(QPoint pos) const {
    if (!rowsArea().contains(pos))
        return std::nullopt;
    const int row = (pos.y() - headerHeight + verticalScrollBar()->value()) / rowHeight;
    const QRect bar = barRect(row);
    if (bar.isNull() || !bar.contains(pos))
        return std::nullopt;
    // Short bars keep a body to take: the grips shrink with the bar.
    const int grip = std::min(edgeGrip, bar.width() / 4);
    if (pos.x() < bar.left() + grip)
        return Hit{row, BarPart::StartEdge};
    if (pos.x() > bar.right() - grip)
        return Hit{row, BarPart::EndEdge};
    return Hit{row, BarPart::Body};
}

void TimelineView::updateScrollBars() {
    const int contentWidth = static_cast<int>(std::ceil(m_weeks * weekWidth())) + 24;
    const int shownWidth = std::max(0, viewport()->width() - labelWidth);
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - shownWidth));
    horizontalScrollBar()->setPageStep(shownWidth);
    const int contentHeight = static_cast<int>(m_rows.size()) * rowHeight;
    verticalScrollBar()->setRange(0, std::max(0, contentHeight - rowsAreaHeight()));
    verticalScrollBar()->setPageStep(rowsAreaHeight());
}

void TimelineView::resizeEvent(QResizeEvent *event) {
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void TimelineView::scrollContentsBy(int /*dx*/, int /*dy*/) {
    viewport()->update();
}

// --- text -----------------------------------------------------------------------------------

int TimelineView::weeksInMonthFrom(int week) const {
    if (!m_start)
        return 0;
    const auto month = dayOf(core::weekDates(*m_start, week).first).month();
    int weeks = 1;
    while (week + weeks <= m_weeks &&
           dayOf(core::weekDates(*m_start, week + weeks).first).month() == month)
        ++weeks;
    return weeks;
}

QString TimelineView::barToolTip(const Row &row) const {
    return tr("%1\n%2 to %3\n%4")
        .arg(row.label, toQString(core::weekLabel(m_startDate, row.startWeek)),
             toQString(core::weekLabel(m_startDate, row.endWeek)), trackTitle(row.track));
}

QString TimelineView::loadToolTip(int week) const {
    const auto index = static_cast<std::size_t>(week - 1);
    const double media = m_effort[0].size() > index ? m_effort[0][index] : 0.0;
    const double networking = m_effort[1].size() > index ? m_effort[1][index] : 0.0;
    QString text =
        tr("%1\n%2 of %3 capacity (media %4, networking %5)")
            .arg(toQString(core::weekLabel(m_startDate, week)), hours(media + networking),
                 hours(m_capacity), hours(media), hours(networking));
    if (m_overloaded[index])
        text += tr("\nOverloaded: more hours than the team has");
    return text;
}

// --- events ---------------------------------------------------------------------------------

bool TimelineView::viewportEvent(QEvent *event) {
    if (event->type() != QEvent::ToolTip)
        return QAbstractScrollArea::viewportEvent(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const QPoint pos = help->pos();
    const int week = weekAtX(pos.x());
    QString text;
    if (const auto hit = hitBar(pos))
        text = barToolTip(m_rows[static_cast<std::size_t>(hit->row)]);
    else if (pos.x() >= labelWidth && week >= 1 && week <= m_weeks &&
             (pos.y() < headerHeight || loadArea().contains(pos)))
        text = pos.y() < headerHeight ? toQString(core::weekLabel(m_startDate, week))
                                      : loadToolTip(week);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, viewport());
    return true;
}

void TimelineView::mousePressEvent(QMouseEvent *event) {
    const auto hit = event->button() == Qt::LeftButton ? hitBar(event->position().toPoint())
                                                       : std::optional<Hit>{};
    if (!hit) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const auto &row = m_rows[static_cast<std::size_t>(hit->row)];
    m_drag = TimelineDrag{row.id, hit->part, row.startWeek, row.endWeek, 0};
    m_dragRow = hit->row;
    m_pressX = event->position().toPoint().x();
    QToolTip::hideText();
    if (hit->part == BarPart::Body)
        viewport()->setCursor(Qt::ClosedHandCursor);
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event) {
    const QPoint pos = event->position().toPoint();
    if (!m_drag) {
        const auto hit = hitBar(pos);
        viewport()->setCursor(!hit                         ? Qt::ArrowCursor
                              : hit->part == BarPart::Body ? Qt::OpenHandCursor
                                                           : Qt::SizeHorCursor);
        return;
    }
    const int moved = weeksMoved(pos.x() - m_pressX, weekWidth());
    if (moved == m_drag->movedWeeks)
        return;
    // Only the dragged row and its neighbourhood change.
    const QRect before = barRect(m_dragRow, m_drag->shownStartWeek(), m_drag->shownEndWeek());
    m_drag->movedWeeks = moved;
    const QRect after = barRect(m_dragRow, m_drag->shownStartWeek(), m_drag->shownEndWeek());
    viewport()->update(QRect(0, before.top() - barInset, viewport()->width(), rowHeight)
                           .united(after.adjusted(-2, -barInset, 2, barInset)));
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event) {
    if (!m_drag || event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    const auto drag = *m_drag;
    // The bar goes back to its stored weeks; a stored change comes back
    // through the workspace and moves it for good.
    m_drag.reset();
    m_dragRow = -1;
    viewport()->unsetCursor();
    viewport()->update();
    if (drag.changesWeeks())
        emit weeksRequested(drag.activity, drag.shownStartWeek(), drag.shownEndWeek());
}

void TimelineView::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Escape && m_drag) {
        m_drag.reset();
        m_dragRow = -1;
        viewport()->unsetCursor();
        viewport()->update();
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void TimelineView::showRefusal(core::ActivityId activity, const QString &reason) {
    const auto found = std::find_if(m_rows.begin(), m_rows.end(),
                                    [activity](const Row &row) { return row.id == activity; });
    if (found == m_rows.end() || !isVisible())
        return;
    const QRect bar = barRect(static_cast<int>(found - m_rows.begin()));
    QToolTip::showText(viewport()->mapToGlobal(bar.bottomLeft()), reason, viewport(), bar);
}

// --- painting -------------------------------------------------------------------------------

void TimelineView::paintEvent(QPaintEvent *event) {
    QPainter painter(viewport());
    painter.fillRect(event->rect(), palette().base());
    painter.setClipRect(event->rect());
    paintGrid(painter);
    paintBars(painter);
    paintLoad(painter);
    paintToday(painter);
    paintLabels(painter);
    paintHeader(painter);
}

void TimelineView::paintGrid(QPainter &painter) const {
    const QRect area = rowsArea().united(loadArea());
    painter.save();
    painter.setClipRect(area, Qt::IntersectClip);
    // Alternate rows, as a table does, so a bar is read against its label.
    const int first = verticalScrollBar()->value() / rowHeight;
    const int last = std::min(static_cast<int>(m_rows.size()) - 1,
                              (verticalScrollBar()->value() + rowsAreaHeight()) / rowHeight);
    QRect rows = rowsArea();
    for (int row = first; row <= last; ++row) {
        if (row % 2 == 1) {
            const int top = headerHeight + row * rowHeight - verticalScrollBar()->value();
            painter.fillRect(QRect(0, top, viewport()->width(), rowHeight),
                             palette().alternateBase());
        }
    }
    // Weeks past the campaign's end are greyed: bars may not go there.
    const int end = static_cast<int>(std::lround(weekLeft(m_weeks + 1)));
    if (end < area.right())
        painter.fillRect(QRect(end, area.top(), area.right() - end + 1, area.height()),
                         palette().window());
    QColor line = palette().color(QPalette::Mid);
    line.setAlpha(70);
    painter.setPen(line);
    const int firstWeek = std::max(1, weekAtX(labelWidth));
    const int lastWeek = std::min(m_weeks + 1, weekAtX(viewport()->width()) + 1);
    for (int week = firstWeek; week <= lastWeek; ++week) {
        const bool monthStart = m_start && week > 1 &&
                                dayOf(core::weekDates(*m_start, week).first).month() !=
                                    dayOf(core::weekDates(*m_start, week - 1).first).month();
        if (m_zoom == TimelineZoom::Months && !monthStart && week != m_weeks + 1)
            continue;
        const int x = static_cast<int>(std::lround(weekLeft(week)));
        painter.drawLine(x, rows.top(), x, area.bottom());
    }
    painter.restore();
}

void TimelineView::paintBars(QPainter &painter) const {
    painter.save();
    painter.setClipRect(rowsArea(), Qt::IntersectClip);
    painter.setRenderHint(QPainter::Antialiasing);
    const int first = verticalScrollBar()->value() / rowHeight;
    const int last = std::min(static_cast<int>(m_rows.size()) - 1,
                              (verticalScrollBar()->value() + rowsAreaHeight()) / rowHeight);
    for (int row = first; row <= last; ++row) {
        const auto &shown = m_rows[static_cast<std::size_t>(row)];
        const bool dragged = m_drag && row == m_dragRow;
        const QRect rect =
            dragged ? barRect(row, m_drag->shownStartWeek(), m_drag->shownEndWeek()) : barRect(row);
        paintBar(painter, shown, rect, dragged);
    }
    painter.restore();
}

void TimelineView::paintBar(QPainter &painter, const Row &row, QRect rect, bool dragged) const {
    QColor fill = trackColor(row.track, palette());
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawRoundedRect(rect, 3, 3);
    QString text = row.title;
    if (dragged) {
        // Where it would land, and whether the campaign has those weeks.
        const int start = m_drag->shownStartWeek();
        const int end = m_drag->shownEndWeek();
        const bool fits = start >= 1 && end <= m_weeks && start <= end;
        painter.setBrush(Qt::NoBrush);
        QPen outline(fits ? palette().color(QPalette::Text) : alertColor(palette()), 2);
        if (!fits)
            outline.setStyle(Qt::DashLine);
        painter.setPen(outline);
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3);
        text = tr("wk %1 – wk %2").arg(start).arg(end);
    }
    if (rect.width() < 24)
        return;
    painter.setPen(textOn(fill));
    const QRect inner = rect.adjusted(6, 0, -4, 0);
    painter.drawText(inner, Qt::AlignVCenter | Qt::AlignLeft,
                     painter.fontMetrics().elidedText(text, Qt::ElideRight, inner.width()));
}

void TimelineView::paintLabels(QPainter &painter) const {
    const QRect column(0, headerHeight, labelWidth, rowsAreaHeight());
    painter.save();
    painter.setClipRect(column, Qt::IntersectClip);
    painter.fillRect(column, palette().window());
    painter.setPen(palette().color(QPalette::WindowText));
    const int first = verticalScrollBar()->value() / rowHeight;
    const int last = std::min(static_cast<int>(m_rows.size()) - 1,
                              (verticalScrollBar()->value() + rowsAreaHeight()) / rowHeight);
    const auto &metrics = painter.fontMetrics();
    for (int row = first; row <= last; ++row) {
        const int top = headerHeight + row * rowHeight - verticalScrollBar()->value();
        const QRect cell(8, top, labelWidth - 14, rowHeight);
        painter.drawText(cell, Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(m_rows[static_cast<std::size_t>(row)].label,
                                            Qt::ElideRight, cell.width()));
    }
    painter.restore();
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(labelWidth - 1, 0, labelWidth - 1, viewport()->height());
}

void TimelineView::paintHeader(QPainter &painter) const {
    const QRect header(0, 0, viewport()->width(), headerHeight);
    painter.fillRect(header, palette().window());
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(8, 0, labelWidth - 14, headerHeight), Qt::AlignVCenter | Qt::AlignLeft,
                     tr("Activity"));
    painter.save();
    painter.setClipRect(QRect(labelWidth, 0, viewport()->width() - labelWidth, headerHeight),
                        Qt::IntersectClip);
    const int firstWeek = std::max(1, weekAtX(labelWidth));
    const int lastWeek = std::min(m_weeks, weekAtX(viewport()->width()));
    // Week numbers, and in week zoom the first day of each; fewer of them
    // when the weeks are narrow.
    const int every = std::max(1, static_cast<int>(std::ceil(32.0 / weekWidth())));
    const auto &metrics = painter.fontMetrics();
    std::optional<unsigned> previousMonth;
    if (m_start && firstWeek > 1)
        previousMonth = unsigned(dayOf(core::weekDates(*m_start, firstWeek - 1).first).month());
    for (int week = firstWeek; week <= lastWeek; ++week) {
        const int x = static_cast<int>(std::lround(weekLeft(week)));
        const int width = static_cast<int>(std::lround(weekWidth()));
        if (m_start) {
            const auto first = dayOf(core::weekDates(*m_start, week).first);
            const unsigned month = unsigned(first.month());
            if (previousMonth != month) {
                // The month a week starts in names the weeks that follow.
                const QString name = QString::fromLatin1(monthNames[month - 1]);
                const QString withYear = name + QStringLiteral(" %1").arg(int(first.year()));
                // Up to the next month's name; in month zoom a month is narrow.
                const int room = static_cast<int>(weeksInMonthFrom(week) * weekWidth()) - 4;
                const bool yearShown =
                    (month == 1 || !previousMonth) && metrics.horizontalAdvance(withYear) <= room;
                if (yearShown || metrics.horizontalAdvance(name) <= room)
                    painter.drawText(QPoint(x + 3, headerLine - 4), yearShown ? withYear : name);
                painter.drawLine(x, 2, x, headerLine);
                previousMonth = month;
            }
            if (m_zoom == TimelineZoom::Weeks)
                painter.drawText(QRect(x, 2 * headerLine, width, headerLine), Qt::AlignCenter,
                                 QString::number(unsigned(first.day())));
        }
        if ((week - 1) % every == 0)
            painter.drawText(
                QRect(x, headerLine,
                      std::max(width, metrics.horizontalAdvance(QStringLiteral("wk 52"))),
                      headerLine),
                Qt::AlignVCenter |
                    (m_zoom == TimelineZoom::Weeks ? Qt::AlignHCenter : Qt::AlignLeft),
                m_zoom == TimelineZoom::Weeks ? tr("wk %1").arg(week) : QString::number(week));
        if (week - 1 < static_cast<int>(m_overloaded.size()) &&
            m_overloaded[static_cast<std::size_t>(week - 1)])
            painter.fillRect(QRect(x, headerHeight - 3, width, 3), alertColor(palette()));
    }
    painter.restore();
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(0, headerHeight - 1, viewport()->width(), headerHeight - 1);
}

void TimelineView::paintLoad(QPainter &painter) const {
    const QRect area = loadArea();
    painter.fillRect(QRect(0, area.top(), viewport()->width(), area.height()), palette().window());
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(0, area.top(), viewport()->width(), area.top());
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(8, area.top() + 4, labelWidth - 14, headerLine),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("Weekly load"));
    const int barSpace = area.height() - loadGap - 4;
    const auto yOf = [&](double value) {
        return area.bottom() - static_cast<int>(std::lround(value / m_loadScale * barSpace));
    };
    painter.save();
    painter.setClipRect(area, Qt::IntersectClip);
    const int firstWeek = std::max(1, weekAtX(labelWidth));
    const int lastWeek = std::min(m_weeks, weekAtX(viewport()->width()));
    QColor band = alertColor(palette());
    band.setAlpha(45);
    for (int week = firstWeek; week <= lastWeek; ++week) {
        const auto index = static_cast<std::size_t>(week - 1);
        const QRect column = loadColumnRect(week);
        if (m_overloaded[index]) {
            painter.fillRect(column, band);
            painter.fillRect(QRect(column.left(), column.top() + 1, column.width(), 4),
                             alertColor(palette()));
        }
        // Media at the bottom, networking on top, as the weekly effort chart stacks them.
        const QRect slot = column.adjusted(column.width() / 6, 0, -column.width() / 6, 0);
        double below = 0.0;
        for (auto track : {core::Track::Media, core::Track::Networking}) {
            const auto &series = m_effort[core::trackIndex(track)];
            const double value = index < series.size() ? series[index] : 0.0;
            const int top = yOf(below + value);
            const int bottom = yOf(below);
            if (bottom > top)
                painter.fillRect(QRect(slot.left(), top, std::max(slot.width(), 1), bottom - top),
                                 trackColor(track, palette()));
            below += value;
        }
    }
    painter.restore();
    // The capacity across every week, labelled in the label column.
    if (m_capacity > 0.0 && m_weeks > 0) {
        const int y = yOf(m_capacity);
        QPen pen(alertColor(palette()), 1, Qt::DashLine);
        painter.setPen(pen);
        const int right = std::min(area.right(), static_cast<int>(weekLeft(m_weeks + 1)));
        painter.drawLine(std::max(labelWidth, static_cast<int>(weekLeft(1))), y, right, y);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(8, y - headerLine / 2, labelWidth - 14, headerLine),
                         Qt::AlignRight | Qt::AlignVCenter,
                         tr("capacity %1").arg(hours(m_capacity)));
    }
}

void TimelineView::paintToday(QPainter &painter) const {
    const int x = todayX();
    if (x < labelWidth || x > viewport()->width() || m_weeks <= 0)
        return;
    if (x > weekLeft(m_weeks + 1) || x < weekLeft(1))
        return;
    const QColor colour = palette().color(QPalette::Highlight);
    painter.setPen(QPen(colour, 2));
    painter.drawLine(x, headerHeight, x, viewport()->height());
    // The tag sits in the headroom of the load area, where it hides no bar's label.
    const QString text = tr("today");
    const auto &metrics = painter.fontMetrics();
    const QRect tag(x, loadArea().top() + 6, metrics.horizontalAdvance(text) + 8, metrics.height());
    painter.fillRect(tag, colour);
    painter.setPen(palette().color(QPalette::HighlightedText));
    painter.drawText(tag, Qt::AlignCenter, text);
}

} // namespace castnet::ui
