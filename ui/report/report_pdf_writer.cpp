// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/report_pdf_writer.h"

#include <variant>

#include <QCoreApplication>
#include <QFileDevice>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include "ui/common/string_conversion.h"
#include "ui/report/pdf_page_flow.h"
#include "ui/report/pdf_table.h"
#include "ui/report/report_chart.h"

namespace castnet::ui {

namespace {

// Device units are 1/96 inch: the charts lay their text out at that
// resolution, so their fonts keep their size against their shapes when
// scaled onto the page. Coordinates stay fractional, so nothing is lost.
constexpr int resolution = reportResolution;

constexpr double pt(double points) {
    return points * resolution / 72.0;
}

constexpr double mm(double millimetres) {
    return millimetres * resolution / 25.4;
}

const QColor textColour(0x1d2329);
const QColor mutedColour(0x5a6570);
const QColor ruleColour(0xc3cad1);
const QColor accentColour(0x1f77b4);

// DejaVu covers Latin, Greek and Cyrillic; Noto CJK the Chinese and
// Japanese titles. Emoji fall back to whatever font has them, if any.
QFont reportFont(double points, bool bold = false, bool italic = false) {
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC"),
                      QStringLiteral("Noto Sans"), QStringLiteral("Noto Color Emoji")});
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setItalic(italic);
    font.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: a reader copying "Effort" from the PDF gets "ff", not "ﬀ".
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

struct Fonts {
    QFont title = reportFont(24.0, true);
    QFont subtitle = reportFont(14.0);
    QFont heading = reportFont(16.0, true);
    QFont subheading = reportFont(11.5, true);
    QFont body = reportFont(9.5);
    QFont bodyBold = reportFont(9.5, true);
    QFont note = reportFont(8.5, false, true);
    QFont chartTitle = reportFont(10.5, true);
    QFont footer = reportFont(7.5);
};

PdfTableStyle tableStyle(const Fonts &fonts, double points) {
    return {reportFont(points), reportFont(points, true), fonts.note, textColour, mutedColour,
            ruleColour,         QColor(0xeef1f4),         pt(3.5),    pt(2.2)};
}

// Lays the report's content out on the flow, section by section.
class ReportLayout {
public:
    ReportLayout(const core::Report &report, PdfPageFlow &flow)
        : m_report(report)
        , m_flow(flow)
        , m_sectionPages(std::make_shared<std::vector<int>>(report.sections.size(), 0)) {}

    void layout() {
        titlePage();
        for (std::size_t i = 0; i < m_report.sections.size(); ++i) {
            // The first section leaves the title page; the others follow on
            // the same page while a third of it is left, so no page stays
            // half empty.
            if (i == 0 || m_flow.spaceLeft() < m_flow.content().height() / 3.0)
                m_flow.newPage();
            else
                m_flow.skip(pt(18));
            const TextBox heading = box(m_report.sections[i].title, m_fonts.heading);
            // A heading is kept with what follows it.
            m_flow.ensure(heading.height + pt(8) + keptWithHeading());
            (*m_sectionPages)[i] = m_flow.page();
            section(m_report.sections[i]);
        }
    }

private:
    TextBox box(const std::string &text, const QFont &font, double indent = 0.0,
                Qt::Alignment alignment = Qt::AlignLeft) const {
        return layoutText(toQString(text), font, m_flow.width() - indent, m_flow.device(),
                          alignment);
    }

    // What must fit below a heading on its page: a few lines of text or the
    // top of a table.
    static double keptWithHeading() { return pt(70); }

    void titlePage() {
        const core::ReportTitlePage &page = m_report.titlePage;
        // A long title wraps in a smaller size and starts higher, so that
        // the facts and the contents still fit on the title page.
        TextBox title = box(page.title, m_fonts.title);
        double top = mm(34);
        if (title.lineCount() > 2) {
            title = box(page.title, reportFont(18.0, true));
            top = mm(14);
        }
        m_flow.place(top, [](QPainter &) {});
        m_flow.text(title);
        m_flow.skip(pt(4));
        m_flow.text(box(page.subtitle, m_fonts.subtitle), 0.0, mutedColour);
        m_flow.skip(pt(10));
        m_flow.place(pt(2), [width = m_flow.width()](QPainter &painter) {
            painter.fillRect(QRectF(0, 0, width, pt(2)), accentColour);
        });
        m_flow.skip(pt(14));
        facts(page.facts);
        m_flow.skip(pt(22));
        contents();
    }

    void facts(const std::vector<core::ReportFact> &facts) {
        const double labelWidth = mm(42);
        for (const core::ReportFact &fact : facts) {
            const TextBox label =
                layoutText(toQString(fact.label), m_fonts.bodyBold, labelWidth, m_flow.device());
            const TextBox value = box(fact.value, m_fonts.body, labelWidth);
            const double height = std::max(label.height, value.height) + pt(3);
            m_flow.place(height, [label, value, labelWidth](QPainter &painter) {
                painter.setPen(mutedColour);
                label.layout->draw(&painter, QPointF(0, 0));
                painter.setPen(textColour);
                value.layout->draw(&painter, QPointF(labelWidth, 0));
            });
        }
    }

    void contents() {
        m_flow.text(box("Contents", m_fonts.subheading));
        m_flow.skip(pt(4));
        const double width = m_flow.width();
        for (std::size_t i = 0; i < m_report.sections.size(); ++i) {
            const TextBox entry =
                box(std::to_string(i + 1) + "   " + m_report.sections[i].title, m_fonts.body);
            m_flow.place(entry.height + pt(2), [entry, width, i, pages = m_sectionPages,
                                                font = m_fonts.body](QPainter &painter) {
                painter.setPen(textColour);
                entry.layout->draw(&painter, QPointF(0, 0));
                painter.setFont(font);
                painter.drawText(QRectF(0, 0, width, entry.height), Qt::AlignRight | Qt::AlignTop,
                                 QString::number((*pages)[i] + 1));
            });
        }
    }

    void section(const core::ReportSection &section) {
        m_flow.text(box(section.title, m_fonts.heading));
        m_flow.place(pt(8), [width = m_flow.width()](QPainter &painter) {
            painter.fillRect(QRectF(0, pt(2), width, pt(1.2)), accentColour);
        });
        for (const core::ReportBlock &block : section.blocks)
            std::visit([this](const auto &b) { write(b); }, block);
    }

    void write(const core::ReportParagraph &paragraph) {
        const bool isNote = paragraph.style == core::ReportParagraph::Style::Note;
        m_flow.text(box(paragraph.text, isNote ? m_fonts.note : m_fonts.body), 0.0,
                    isNote ? mutedColour : textColour);
        m_flow.skip(pt(7));
    }

    void write(const core::ReportSubheading &heading) {
        const TextBox text = box(heading.text, m_fonts.subheading);
        m_flow.skip(pt(5));
        // A heading never ends a page: some of what follows comes with it.
        m_flow.ensure(text.height + keptWithHeading());
        m_flow.text(text);
        m_flow.skip(pt(4));
    }

    void write(const core::ReportBulletList &list) {
        const double indent = pt(14);
        for (const std::string &item : list.items) {
            const TextBox text = box(item, m_fonts.body, indent);
            const double firstLine = text.lineCount() > 0 ? text.lineBottom(0) : 0.0;
            m_flow.ensure(firstLine);
            m_flow.place(0.0, [font = m_fonts.body](QPainter &painter) {
                painter.setFont(font);
                painter.setPen(accentColour);
                painter.drawText(QPointF(pt(3), QFontMetricsF(font, painter.device()).ascent()),
                                 QStringLiteral("•"));
            });
            m_flow.text(text, indent, textColour);
            m_flow.skip(pt(5));
        }
        m_flow.skip(pt(3));
    }

    void write(const core::ReportTable &table) {
        flowTable(m_flow, table, tableStyle(m_fonts, 8.0));
        m_flow.skip(pt(10));
    }

    void write(const core::ReportChart &chart) {
        auto drawing = std::make_shared<ReportChartDrawing>(chart, m_report.units);
        const QSizeF natural = drawing->size();
        const TextBox title = box(chart.title, m_fonts.chartTitle);
        const TextBox caption = box(chart.caption, m_fonts.body);
        // Scaled to the width, or down to what a page holds with its caption.
        double width = m_flow.width();
        double height = width * natural.height() / natural.width();
        const double room = m_flow.content().height() - title.height - caption.height - pt(20);
        if (height > room) {
            width *= room / height;
            height = room;
        }
        // Rather than leave the rest of a page empty, a chart that nearly
        // fits below is drawn a little smaller there.
        const double below = m_flow.spaceLeft() - title.height - caption.height - pt(20);
        if (height > below && below >= 0.75 * height) {
            width *= below / height;
            height = below;
        }
        m_flow.skip(pt(6));
        m_flow.ensure(title.height + caption.height + pt(6) + height);
        m_flow.text(title);
        m_flow.skip(pt(2));
        m_flow.text(caption, 0.0, mutedColour);
        m_flow.skip(pt(6));
        const double x = (m_flow.width() - width) / 2.0;
        m_flow.place(height, [drawing, target = QRectF(x, 0, width, height)](QPainter &painter) {
            drawing->paint(painter, target);
        });
        m_flow.skip(pt(8));
        flowTable(m_flow, chart.figures, tableStyle(m_fonts, 7.5));
        m_flow.skip(pt(12));
    }

    const core::Report &m_report;
    PdfPageFlow &m_flow;
    Fonts m_fonts;
    std::shared_ptr<std::vector<int>> m_sectionPages;
};

void paintFooter(QPainter &painter, const QRectF &content, const QString &title, int page,
                 int pages, const QFont &font) {
    painter.save();
    const double top = content.bottom() + mm(7);
    painter.setPen(QPen(ruleColour, 0.5));
    painter.drawLine(QPointF(content.left(), top), QPointF(content.right(), top));
    painter.setFont(font);
    painter.setPen(mutedColour);
    const QRectF line(content.left(), top + pt(4), content.width(), pt(12));
    const QString number = QStringLiteral("Page %1 of %2").arg(page).arg(pages);
    const QFontMetricsF metrics(font, painter.device());
    const QString elided = metrics.elidedText(
        title, Qt::ElideRight, content.width() - metrics.horizontalAdvance(number) - pt(20));
    painter.drawText(line, Qt::AlignLeft | Qt::AlignTop, elided);
    painter.drawText(line, Qt::AlignRight | Qt::AlignTop, number);
    painter.restore();
}

QPageSize pageSize(core::PaperSize paper) {
    return QPageSize(paper == core::PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
}

} // namespace

void preparePages(QPagedPaintDevice &device, core::PaperSize paper) {
    device.setPageLayout(QPageLayout(pageSize(paper), QPageLayout::Portrait, QMarginsF()));
}

core::Result<void> paintReport(const core::Report &report, QPagedPaintDevice &device) {
    const QString title = toQString(report.titlePage.title);
    const QRectF page(0, 0, device.width(), device.height());
    const QRectF content = page.adjusted(mm(18), mm(16), -mm(18), -mm(20));
    PdfPageFlow flow(device, content);
    ReportLayout(report, flow).layout();

    QPainter painter;
    if (!painter.begin(&device))
        return core::failInternal("the report could not be started");
    const QFont footer = reportFont(7.5);
    for (int i = 0; i < flow.pageCount(); ++i) {
        if (i > 0 && !device.newPage())
            return core::failInternal("the report could not take another page");
        painter.setPen(textColour);
        flow.paintPage(painter, i);
        paintFooter(painter, content, title, i + 1, flow.pageCount(), footer);
    }
    if (!painter.end())
        return core::failInternal("the report could not be finished");
    return {};
}

core::Result<void> writeReportPdf(const core::Report &report, QIODevice &device) {
    QPdfWriter writer(&device);
    writer.setResolution(resolution);
    preparePages(writer, report.paper);
    writer.setTitle(toQString(report.titlePage.title));
    writer.setCreator(QStringLiteral("Castnet"));
    if (auto painted = paintReport(report, writer); !painted)
        return painted;
    // QPdfWriter does not report a failed write; the file does. Qt's text
    // for a short write is often "Unknown error", so say what it means.
    if (const auto *file = qobject_cast<QFileDevice *>(&device);
        file && file->error() != QFileDevice::NoError) {
        return core::fail(file->error() == QFileDevice::WriteError
                              ? std::string("writing failed; the disk may be full")
                              : toStdString(file->errorString()));
    }
    return {};
}

} // namespace castnet::ui
