// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/pdf_table.h"

#include <algorithm>
#include <numeric>

#include <QPainter>
#include <QTextLayout>

#include "ui/common/string_conversion.h"

namespace castnet::ui {

namespace {

// Text spacing in cells: tighter than in paragraphs.
constexpr double cellSpacing = 1.12;

struct Row {
    std::vector<TextBox> cells;
    double height = 0.0;
    bool header = false;
    bool total = false;
};

Qt::Alignment alignmentOf(const core::ReportColumn &column) {
    return column.align == core::ReportColumn::Align::Right ? Qt::AlignRight : Qt::AlignLeft;
}

Row layoutRow(const std::vector<std::string> &cells, const core::ReportTable &table,
              const std::vector<double> &widths, const QFont &font, const PdfTableStyle &style,
              QPaintDevice &device) {
    Row row;
    row.cells.reserve(widths.size());
    for (std::size_t c = 0; c < widths.size(); ++c) {
        const QString text = c < cells.size() ? toQString(cells[c]) : QString();
        row.cells.push_back(layoutText(text, font, std::max(1.0, widths[c] - 2 * style.padX),
                                       device, alignmentOf(table.columns[c]), cellSpacing));
        row.height = std::max(row.height, row.cells.back().height);
    }
    row.height += 2 * style.padY;
    return row;
}

PdfPageFlow::Paint paintRow(std::shared_ptr<const Row> row, std::vector<double> widths,
                            const PdfTableStyle &style) {
    return [row = std::move(row), widths = std::move(widths), style](QPainter &painter) {
        const double total = std::accumulate(widths.begin(), widths.end(), 0.0);
        if (row->header)
            painter.fillRect(QRectF(0, 0, total, row->height), style.headerFill);
        painter.setPen(QPen(style.rule, row->total ? 1.0 : 0.5));
        if (row->total)
            painter.drawLine(QPointF(0, 0), QPointF(total, 0));
        painter.setPen(QPen(style.rule, 0.5));
        painter.drawLine(QPointF(0, row->height), QPointF(total, row->height));
        painter.setPen(style.text);
        double x = 0.0;
        for (std::size_t c = 0; c < widths.size(); ++c) {
            row->cells[c].layout->draw(&painter, QPointF(x + style.padX, style.padY));
            x += widths[c];
        }
    };
}

} // namespace

namespace {

// Each column from `low` towards `high`, sharing `width` − Σlow by how much
// each would grow: the classic automatic table layout, one level at a time.
std::vector<double> grow(const std::vector<double> &low, const std::vector<double> &high,
                         double width) {
    const double sumLow = std::accumulate(low.begin(), low.end(), 0.0);
    const double sumHigh = std::accumulate(high.begin(), high.end(), 0.0);
    std::vector<double> widths(low.size(), 0.0);
    for (std::size_t c = 0; c < low.size(); ++c) {
        widths[c] = sumHigh > sumLow
                        ? low[c] + (width - sumLow) * (high[c] - low[c]) / (sumHigh - sumLow)
                        : low[c] + (width - sumLow) * low[c] / sumLow;
    }
    return widths;
}

} // namespace

std::vector<double> tableColumnWidths(const core::ReportTable &table, double width,
                                      const PdfTableStyle &style, QPaintDevice &device) {
    const std::size_t count = table.columns.size();
    // One unit of slack keeps a word that just fits from wrapping.
    const double padding = 2 * style.padX + 1.0;
    // least: the longest word of a column, header included; cells: its widest
    // cell on one line; header: its header on one line too. A header may wrap
    // when the cells leave no room for it.
    std::vector<double> least(count, 0.0);
    std::vector<double> cells(count, 0.0);
    std::vector<double> header(count, 0.0);
    for (std::size_t c = 0; c < count; ++c) {
        const QString title = toQString(table.columns[c].title);
        least[c] = longestWordWidth(title, style.bold, device) + padding;
        cells[c] = least[c];
        header[c] = textWidth(title, style.bold, device) + padding;
    }
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const QFont &font =
            r < table.totalRows.size() && table.totalRows[r] ? style.bold : style.body;
        for (std::size_t c = 0; c < count && c < table.rows[r].size(); ++c) {
            const QString text = toQString(table.rows[r][c]);
            cells[c] = std::max(cells[c], textWidth(text, font, device) + padding);
            least[c] = std::max(least[c], longestWordWidth(text, font, device) + padding);
        }
    }
    for (std::size_t c = 0; c < count; ++c)
        header[c] = std::max(header[c], cells[c]);
    const auto sum = [](const std::vector<double> &v) {
        return std::accumulate(v.begin(), v.end(), 0.0);
    };
    if (sum(header) <= width)
        return grow(header, header, width); // everything on one line, the rest shared
    if (sum(cells) <= width)
        return grow(cells, header, width); // cells on one line, headers wrap evenly
    if (sum(least) <= width)
        return grow(least, cells, width); // long cells wrap, by how long they are
    std::vector<double> widths(count, 0.0);
    for (std::size_t c = 0; c < count; ++c)
        widths[c] = width * least[c] / sum(least); // words break inside
    return widths;
}

void flowTable(PdfPageFlow &flow, const core::ReportTable &table, const PdfTableStyle &style) {
    QPaintDevice &device = flow.device();
    const std::vector<double> widths = tableColumnWidths(table, flow.width(), style, device);
    std::vector<std::string> titles;
    for (const core::ReportColumn &column : table.columns)
        titles.push_back(column.title);
    auto header =
        std::make_shared<Row>(layoutRow(titles, table, widths, style.bold, style, device));
    header->header = true;

    TextBox caption;
    if (!table.caption.empty())
        caption = layoutText(toQString(table.caption), style.caption, flow.width(), device);
    // The caption, the header and the first row stay together.
    std::shared_ptr<const Row> first;
    if (!table.rows.empty()) {
        const bool total = !table.totalRows.empty() && table.totalRows[0];
        first = std::make_shared<Row>(layoutRow(table.rows[0], table, widths,
                                                total ? style.bold : style.body, style, device));
        std::const_pointer_cast<Row>(first)->total = total;
    }
    flow.ensure(caption.height + header->height + (first ? first->height : 0.0));
    if (caption.layout)
        flow.text(caption, 0.0, style.muted);
    flow.place(header->height, paintRow(header, widths, style));

    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        std::shared_ptr<const Row> row = first;
        if (r > 0) {
            const bool total = r < table.totalRows.size() && table.totalRows[r];
            auto laid = std::make_shared<Row>(layoutRow(
                table.rows[r], table, widths, total ? style.bold : style.body, style, device));
            laid->total = total;
            row = std::move(laid);
        }
        if (row->height > flow.spaceLeft()) {
            flow.newPage();
            flow.place(header->height, paintRow(header, widths, style));
        }
        flow.place(row->height, paintRow(row, widths, style));
    }
}

} // namespace castnet::ui
