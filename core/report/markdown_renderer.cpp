// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/markdown_renderer.h"

#include <cctype>
#include <variant>

#include <fmt/format.h>

namespace castnet::core {

namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Whether `text` from `at` on looks like "&amp;" or "&#39;": Markdown would
// turn it into the character.
bool startsEntity(std::string_view text, std::size_t at) {
    std::size_t i = at + 1;
    if (i < text.size() && text[i] == '#')
        ++i;
    const std::size_t nameStart = i;
    while (i < text.size() && std::isalnum(static_cast<unsigned char>(text[i])))
        ++i;
    return i > nameStart && i < text.size() && text[i] == ';';
}

// The text with line breaks as spaces and no leading blanks (four of them
// would start a code block).
std::string oneLine(std::string_view text) {
    std::string line;
    line.reserve(text.size());
    for (const char c : text)
        line += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    const std::size_t start = line.find_first_not_of(' ');
    return start == std::string::npos ? std::string() : line.substr(start);
}

// The index of the character that, escaped, keeps the line from starting a
// block: the marker itself, or the . or ) after a number.
std::size_t blockMarker(const std::string &line) {
    if (line.empty())
        return std::string::npos;
    if (std::string_view("#-+=>").find(line[0]) != std::string_view::npos)
        return 0;
    std::size_t i = 0;
    while (i < line.size() && isDigit(line[i]))
        ++i;
    if (i > 0 && i < line.size() && (line[i] == '.' || line[i] == ')') &&
        (i + 1 == line.size() || line[i + 1] == ' '))
        return i;
    return std::string::npos;
}

// The anchor that common Markdown viewers give a heading: lower case,
// blanks as hyphens, other punctuation dropped.
std::string headingSlug(std::string_view title) {
    std::string slug;
    for (const char c : title) {
        const auto u = static_cast<unsigned char>(c);
        if (c >= 'A' && c <= 'Z')
            slug += static_cast<char>(c - 'A' + 'a');
        else if (std::isalnum(u) || c == '-' || u >= 0x80)
            slug += c;
        else if (c == ' ')
            slug += '-';
    }
    return slug;
}

class MarkdownWriter {
public:
    std::string take() { return std::move(m_out); }

    void title(const ReportTitlePage &page) {
        m_out += "# " + escapeMarkdown(page.title) + "\n\n";
        if (!page.subtitle.empty())
            m_out += "**" + escapeMarkdown(page.subtitle) + "**\n\n";
        for (const ReportFact &fact : page.facts)
            m_out +=
                "- **" + escapeMarkdown(fact.label) + ":** " + escapeMarkdown(fact.value) + "\n";
        m_out += "\n";
    }

    void contents(const std::vector<ReportSection> &sections) {
        m_out += "**Contents**\n\n";
        for (std::size_t i = 0; i < sections.size(); ++i) {
            m_out += fmt::format("{}. [{}](#{})\n", i + 1, escapeMarkdown(sections[i].title),
                                 headingSlug(sections[i].title));
        }
        m_out += "\n";
    }

    void section(const ReportSection &section) {
        m_out += "## " + escapeMarkdown(section.title) + "\n\n";
        for (const ReportBlock &block : section.blocks)
            std::visit([this](const auto &b) { write(b); }, block);
    }

private:
    void write(const ReportParagraph &p) {
        const std::string text = escapeMarkdown(p.text);
        m_out += p.style == ReportParagraph::Style::Note ? "*" + text + "*\n\n" : text + "\n\n";
    }

    void write(const ReportSubheading &h) { m_out += "### " + escapeMarkdown(h.text) + "\n\n"; }

    void write(const ReportBulletList &list) {
        for (const std::string &item : list.items)
            m_out += "- " + escapeMarkdown(item) + "\n";
        m_out += "\n";
    }

    void write(const ReportTable &table) {
        // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) about
        // a literal + a temporary string.
        if (!table.caption.empty()) {
            m_out += '*';
            m_out += escapeMarkdown(table.caption);
            m_out += "*\n\n";
        }
        std::string header = "|";
        std::string rule = "|";
        for (const ReportColumn &column : table.columns) {
            header += ' ';
            header += escapeMarkdown(column.title);
            header += " |";
            rule += column.align == ReportColumn::Align::Right ? " ---: |" : " :--- |";
        }
        m_out += header + "\n" + rule + "\n";
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            const bool total = r < table.totalRows.size() && table.totalRows[r];
            m_out += "|";
            for (const std::string &cell : table.rows[r]) {
                const std::string text = escapeMarkdown(cell);
                m_out += " " + (total && !text.empty() ? "**" + text + "**" : text) + " |";
            }
            m_out += "\n";
        }
        m_out += "\n";
    }

    void write(const ReportChart &chart) {
        m_out += "**Chart: " + escapeMarkdown(chart.title) + ".** " +
                 escapeMarkdown(chart.caption) + "\n\n";
        write(chart.figures);
    }

    std::string m_out;
};

} // namespace

// Whether line[i] is what makes a viewer that links bare addresses (GitHub's
// autolinks) turn user text into a link: the ':' of "scheme://", the '.'
// of a "www." or the '@' of an e-mail address. An escaped one shows the same
// character and links nothing.
bool autolinkTrigger(const std::string &line, std::size_t i) {
    const char c = line[i];
    if (c == ':')
        return line.compare(i, 3, "://") == 0 && i > 0 &&
               std::isalpha(static_cast<unsigned char>(line[i - 1]));
    if (c == '.') {
        if (i < 3)
            return false;
        const std::string www = line.substr(i - 3, 3);
        const bool startsWord = i == 3 || !std::isalnum(static_cast<unsigned char>(line[i - 4]));
        return startsWord && (www == "www" || www == "WWW");
    }
    return c == '@';
}

std::string escapeMarkdown(std::string_view text) {
    const std::string line = oneLine(text);
    const std::size_t marker = blockMarker(line);
    std::string escaped;
    escaped.reserve(line.size() + 8);
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        const bool special = std::string_view("\\`*_[]<>|~").find(c) != std::string_view::npos;
        if (special || i == marker || (c == '&' && startsEntity(line, i)) ||
            autolinkTrigger(line, i))
            escaped += '\\';
        escaped += c;
    }
    return escaped;
}

std::string renderMarkdown(const Report &report) {
    MarkdownWriter writer;
    writer.title(report.titlePage);
    writer.contents(report.sections);
    for (const ReportSection &section : report.sections)
        writer.section(section);
    std::string out = writer.take();
    out += "---\n\n*Made with Castnet.*\n";
    return out;
}

} // namespace castnet::core
