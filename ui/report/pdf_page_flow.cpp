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

namespace {

// Where a zero-width space may go without splitting a character: not before
// the second half of a surrogate pair, nor before a combining mark.
bool startsCharacter(QChar c) {
    const QChar::Category category = c.category();
    return !c.isLowSurrogate() && category != QChar::Mark_NonSpacing &&
           category != QChar::Mark_SpacingCombining && category != QChar::Mark_Enclosing;
}

// QTextLayout looks for a break opportunity from the start of each line to
// the end of its word, so a word thousands of characters long is laid out in
// quadratic time (a 1.6 MB title took 113 s). A zero-width space after every
// 64 characters of such a word gives each line a break nearby; it draws
// nothing, and words of ordinary length are left exactly as they are.
QString withBreakOpportunities(const QString &text) {
    constexpr qsizetype longestRun = 64;
    const auto breaksRun = [](QChar c) { return c.isSpace() || c == QChar(0x200B); };
    qsizetype run = 0;
    bool needed = false;
    for (const QChar c : text) {
        run = breaksRun(c) ? 0 : run + 1;
        if (run > longestRun) {
            needed = true;
            break;
        }
    }
    if (!needed)
        return text;
    QString out;
    out.reserve(text.size() + text.size() / longestRun + 1);
    run = 0;
    for (const QChar c : text) {
        if (breaksRun(c)) {
            run = 0;
        } else if (run >= longestRun && startsCharacter(c)) {
            out.append(QChar(0x200B));
            run = 0;
        }
        out.append(c);
        ++run;
    }
    return out;
}

} // namespace

TextBox layoutText(const QString &text, const QFont &font, double width, QPaintDevice &device,
                   Qt::Alignment alignment, double spacing) {
    auto layout = std::make_shared<QTextLayout>(withBreakOpportunities(text), font, &device);
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
