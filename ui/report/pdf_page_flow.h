// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

QT_BEGIN_NAMESPACE
class QPaintDevice;
class QPainter;
class QTextLayout;
QT_END_NAMESPACE

namespace castnet::ui {

// Text laid out to a width, ready to draw; its lines may be drawn one by
// one so that a paragraph can continue on the next page.
struct TextBox {
    std::shared_ptr<QTextLayout> layout;
    double height = 0.0;

    int lineCount() const;
    double lineTop(int line) const;
    double lineBottom(int line) const;
};

// Lays `text` out to `width` device units in `font` on `device`; spacing
// multiplies the natural line height.
TextBox layoutText(const QString &text, const QFont &font, double width, QPaintDevice &device,
                   Qt::Alignment alignment = Qt::AlignLeft, double spacing = 1.2);

// The natural width of `text` on one line, and of its longest word.
double textWidth(const QString &text, const QFont &font, QPaintDevice &device);
double longestWordWidth(const QString &text, const QFont &font, QPaintDevice &device);

// Content flowing down pages: each call places something below the last
// one, starting a new page when it does not fit. Drawing is deferred into
// per-page lists, so that the page count is known before anything is
// painted ("Page N of M"). Units are the device's.
class PdfPageFlow {
public:
    using Paint = std::function<void(QPainter &)>;

    PdfPageFlow(QPaintDevice &device, const QRectF &content);

    QPaintDevice &device() const { return m_device; }
    const QRectF &content() const { return m_content; }
    double width() const { return m_content.width(); }
    double left() const { return m_content.left(); }
    double y() const { return m_y; }
    double spaceLeft() const { return m_content.bottom() - m_y; }
    bool atPageTop() const { return m_y <= m_content.top(); }
    int pageCount() const { return static_cast<int>(m_pages.size()); }
    int page() const { return pageCount() - 1; } // 0-based

    void newPage();
    // Starts a new page unless `height` fits below (or the page is empty).
    void ensure(double height);
    // Vertical space, dropped at the top of a page.
    void skip(double height);
    // Reserves `height` at the current position and paints there.
    void place(double height, Paint paint);
    // A paragraph at `indent` from the left, split between pages by line.
    void text(const TextBox &box, double indent = 0.0, QColor colour = QColor());

    void paintPage(QPainter &painter, int page) const;

private:
    QPaintDevice &m_device;
    QRectF m_content;
    double m_y = 0.0;
    std::vector<std::vector<Paint>> m_pages;
};

} // namespace castnet::ui
