// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/pdf_page_flow.h"

#include <algorithm>

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace castnet::ui {

int TextBox::lineCount() const {
    return layout ? layout->lineCount() : 0;
}

double TextBox::lineTop(int line) const {
    return layout->lineAt(line).y();
}

double TextBox::lineBottom(int line) const {
    return line + 1 < lineCount() ? lineTop(line + 1) : height;
}

TextBox layoutText(const QString &text, const QFont &font, double width, QPaintDevice &device,
                   Qt::Alignment alignment, double spacing) {
    auto layout = std::make_shared<QTextLayout>(text, font, &device);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // Unhinted advances: the PDF is scaled, so pixel-rounded widths would
    // show as uneven letter spacing.
    option.setUseDesignMetrics(true);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    double y = 0.0;
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0.0, y));
        y += line.height() * spacing;
    }
    layout->endLayout();
    return {std::move(layout), y};
}

namespace {

// Measured as layoutText() lays out: with design metrics.
QTextOption designMetrics() {
    QTextOption option;
    option.setUseDesignMetrics(true);
    return option;
}

} // namespace

double textWidth(const QString &text, const QFont &font, QPaintDevice &device) {
    return QFontMetricsF(font, &device).horizontalAdvance(text, designMetrics());
}

double longestWordWidth(const QString &text, const QFont &font, QPaintDevice &device) {
    const QFontMetricsF metrics(font, &device);
    const QTextOption option = designMetrics();
    double longest = 0.0;
    qsizetype start = 0;
    // Only words longer (in characters) than the longest so far can be
    // wider, give or take the glyphs; measuring those alone keeps long
    // reason cells cheap.
    qsizetype longestChars = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != QLatin1Char(' '))
            continue;
        const qsizetype length = i - start;
        if (length > 0 && length + 2 > longestChars) {
            longest = std::max(longest, metrics.horizontalAdvance(text.mid(start, length), option));
            longestChars = std::max(longestChars, length);
        }
        start = i + 1;
    }
    return longest;
}

PdfPageFlow::PdfPageFlow(QPaintDevice &device, const QRectF &content)
    : m_device(device)
    , m_content(content) {
    newPage();
}

void PdfPageFlow::newPage() {
    m_pages.emplace_back();
    m_y = m_content.top();
}

void PdfPageFlow::ensure(double height) {
    if (height > spaceLeft() && !atPageTop())
        newPage();
}

void PdfPageFlow::skip(double height) {
    if (atPageTop())
        return;
    m_y = std::min(m_y + height, m_content.bottom());
}

void PdfPageFlow::place(double height, Paint paint) {
    ensure(height);
    const QPointF origin(m_content.left(), m_y);
    m_pages.back().push_back([origin, paint = std::move(paint)](QPainter &painter) {
        painter.save();
        painter.translate(origin);
        paint(painter);
        painter.restore();
    });
    m_y += height;
}

void PdfPageFlow::text(const TextBox &box, double indent, QColor colour) {
    const auto layout = box.layout;
    const auto draw = [layout, indent, colour](int first, int last, double top) {
        return [=](QPainter &painter) {
            if (colour.isValid())
                painter.setPen(colour);
            for (int line = first; line < last; ++line)
                layout->lineAt(line).draw(&painter, QPointF(indent, -top));
        };
    };
    int first = 0;
    while (first < box.lineCount()) {
        // As many lines as fit on this page; at least one on an empty page.
        int last = first;
        const double top = box.lineTop(first);
        while (last < box.lineCount() && box.lineBottom(last) - top <= spaceLeft())
            ++last;
        if (last == first) {
            if (!atPageTop()) {
                newPage();
                continue;
            }
            last = first + 1;
        }
        const double height = box.lineBottom(last - 1) - top;
        place(height, draw(first, last, top));
        first = last;
    }
}

void PdfPageFlow::paintPage(QPainter &painter, int page) const {
    for (const Paint &paint : m_pages[static_cast<std::size_t>(page)])
        paint(painter);
}

} // namespace castnet::ui
