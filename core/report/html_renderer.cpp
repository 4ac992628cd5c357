// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/html_renderer.h"

#include <regex>
#include <variant>

#include <fmt/format.h>

namespace castnet::core {

namespace {

// Inline, so the page needs nothing else. Fonts with wide coverage first:
// DejaVu for Latin, Greek and Cyrillic, Noto CJK for Chinese and Japanese.
constexpr std::string_view styleSheet = R"(
:root { color-scheme: light; --media: #1f77b4; --networking: #e8711a; --rule: #d5d9de; }
body { font-family: "DejaVu Sans", "Noto Sans", "Noto Sans CJK SC", "Segoe UI", Arial, sans-serif;
  color: #1d2329; background: #fff; max-width: 62rem; margin: 0 auto; padding: 2rem 1.5rem 4rem;
  line-height: 1.45; font-size: 15px; }
header.title-page { border-bottom: 3px solid var(--media); margin-bottom: 2rem; padding-bottom: 1rem; }
h1 { font-size: 1.9rem; margin: 0 0 .3rem; overflow-wrap: anywhere; }
.subtitle { font-size: 1.2rem; color: #4a5560; margin: 0 0 1rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1.2rem; margin: 0; }
dl.facts dt { font-weight: bold; } dl.facts dd { margin: 0; overflow-wrap: anywhere; }
nav.contents ol { columns: 2; padding-left: 1.4rem; }
h2 { font-size: 1.45rem; border-bottom: 1px solid var(--rule); padding-bottom: .25rem; margin-top: 2.4rem; }
h3 { font-size: 1.1rem; margin-top: 1.6rem; }
p.note { font-size: .85rem; color: #4a5560; font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 1.2rem; font-size: .8rem; }
caption { caption-side: top; text-align: left; font-style: italic; color: #4a5560; padding-bottom: .3rem; }
th, td { border-bottom: 1px solid var(--rule); padding: .3rem .45rem; vertical-align: top;
  text-align: left; overflow-wrap: anywhere; }
th { background: #eef1f4; font-weight: bold; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: bold; border-top: 1.5px solid #8a949e; }
thead { display: table-header-group; }
figure.chart { margin: 1.2rem 0 2rem; }
figure.chart svg { display: block; width: 100%; height: auto; max-width: 100%; }
figure.chart figcaption { margin: 0 0 .5rem; }
details summary { cursor: pointer; color: #4a5560; font-size: .85rem; margin-top: .4rem; }
footer { margin-top: 3rem; color: #6b7680; font-size: .8rem; }
@media print { body { max-width: none; padding: 0; } section { break-before: page; }
  tr, figure { break-inside: avoid; } details { display: block; } }
)";

class HtmlWriter {
public:
    explicit HtmlWriter(const ChartSvgSource &chartSvg, const ReportUnits &units)
        : m_chartSvg(chartSvg)
        , m_units(units) {}

    std::string take() { return std::move(m_out); }

    void head(const ReportTitlePage &page) {
        m_out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                 "<meta name=\"generator\" content=\"Castnet\">\n<title>" +
                 escapeHtml(page.title) + "</title>\n<style>" + std::string(styleSheet) +
                 "</style>\n</head>\n<body>\n";
    }

    void title(const ReportTitlePage &page) {
        m_out += "<header class=\"title-page\">\n<h1>" + escapeHtml(page.title) + "</h1>\n";
        if (!page.subtitle.empty())
            m_out += "<p class=\"subtitle\">" + escapeHtml(page.subtitle) + "</p>\n";
        m_out += "<dl class=\"facts\">\n";
        for (const ReportFact &fact : page.facts) {
            m_out +=
                "<dt>" + escapeHtml(fact.label) + "</dt><dd>" + escapeHtml(fact.value) + "</dd>\n";
        }
        m_out += "</dl>\n</header>\n";
    }

    void contents(const std::vector<ReportSection> &sections) {
        m_out += "<nav class=\"contents\" "
                 "aria-label=\"Contents\">\n<p><strong>Contents</strong></p>\n<ol>\n";
        for (const ReportSection &section : sections) {
            m_out += "<li><a href=\"#" + escapeHtml(section.id) + "\">" +
                     escapeHtml(section.title) + "</a></li>\n";
        }
        m_out += "</ol>\n</nav>\n";
    }

    void section(const ReportSection &section) {
        m_out += "<section id=\"" + escapeHtml(section.id) + "\">\n<h2>" +
                 escapeHtml(section.title) + "</h2>\n";
        for (const ReportBlock &block : section.blocks)
            std::visit([this](const auto &b) { write(b); }, block);
        m_out += "</section>\n";
    }

    void foot() { m_out += "<footer>Made with Castnet.</footer>\n</body>\n</html>\n"; }

private:
    void write(const ReportParagraph &p) {
        m_out += p.style == ReportParagraph::Style::Note ? "<p class=\"note\">" : "<p>";
        m_out += escapeHtml(p.text) + "</p>\n";
    }

    void write(const ReportSubheading &h) { m_out += "<h3>" + escapeHtml(h.text) + "</h3>\n"; }

    void write(const ReportBulletList &list) {
        m_out += "<ul>\n";
        for (const std::string &item : list.items)
            m_out += "<li>" + escapeHtml(item) + "</li>\n";
        m_out += "</ul>\n";
    }

    void write(const ReportTable &table) {
        m_out += "<table>\n";
        if (!table.caption.empty())
            m_out += "<caption>" + escapeHtml(table.caption) + "</caption>\n";
        m_out += "<thead><tr>";
        for (const ReportColumn &column : table.columns)
            m_out += cell("th", column, column.title);
        m_out += "</tr></thead>\n<tbody>\n";
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            const bool total = r < table.totalRows.size() && table.totalRows[r];
            m_out += total ? "<tr class=\"total\">" : "<tr>";
            for (std::size_t c = 0; c < table.columns.size(); ++c)
                m_out +=
                    cell("td", table.columns[c], c < table.rows[r].size() ? table.rows[r][c] : "");
            m_out += "</tr>\n";
        }
        m_out += "</tbody>\n</table>\n";
    }

    void write(const ReportChart &chart) {
        const std::string svg = m_chartSvg ? inlineSvg(m_chartSvg(chart, m_units)) : std::string();
        m_out += "<figure class=\"chart\">\n<figcaption><strong>" + escapeHtml(chart.title) +
                 ".</strong> " + escapeHtml(chart.caption) + "</figcaption>\n";
        if (svg.empty()) {
            write(chart.figures);
        } else {
            m_out += svg + "\n<details><summary>Figures</summary>\n";
            write(chart.figures);
            m_out += "</details>\n";
        }
        m_out += "</figure>\n";
    }

    static std::string cell(std::string_view tag, const ReportColumn &column,
                            const std::string &text) {
        const bool number = column.align == ReportColumn::Align::Right;
        return fmt::format("<{0}{1}>{2}</{0}>", tag, number ? " class=\"num\"" : "",
                           escapeHtml(text));
    }

    const ChartSvgSource &m_chartSvg;
    const ReportUnits &m_units;
    std::string m_out;
};

} // namespace

std::string escapeHtml(std::string_view text) {
    std::string escaped;
    escaped.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
        switch (c) {
        case '&':
            escaped += "&amp;";
            break;
        case '<':
            escaped += "&lt;";
            break;
        case '>':
            escaped += "&gt;";
            break;
        case '"':
            escaped += "&quot;";
            break;
        case '\'':
            escaped += "&#39;";
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

std::string inlineSvg(std::string_view svgDocument) {
    const std::size_t start = svgDocument.find("<svg");
    if (start == std::string_view::npos)
        return {};
    std::string svg(svgDocument.substr(start));
    static const std::regex namespaces(R"re(\s+xmlns(:\w+)?="[^"]*")re");
    const std::size_t tagEnd = svg.find('>');
    const std::string openTag = std::regex_replace(svg.substr(0, tagEnd), namespaces, "");
    svg = openTag + svg.substr(tagEnd);
    while (!svg.empty() && (svg.back() == '\n' || svg.back() == ' '))
        svg.pop_back();
    return svg;
}

std::string renderHtml(const Report &report, const ChartSvgSource &chartSvg) {
    HtmlWriter writer(chartSvg, report.units);
    writer.head(report.titlePage);
    writer.title(report.titlePage);
    writer.contents(report.sections);
    for (const ReportSection &section : report.sections)
        writer.section(section);
    writer.foot();
    return writer.take();
}

} // namespace castnet::core
