// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/text_table.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "core/text/one_line_message.h"

namespace castnet::cli {

namespace {

std::size_t codePoints(const std::string &text) {
    // Continuation bytes (10xxxxxx) do not start a code point.
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

std::string padded(const std::string &text, std::size_t width, TextTable::Align align) {
    const std::size_t length = codePoints(text);
    const std::string padding(width > length ? width - length : 0, ' ');
    return align == TextTable::Align::Left ? text + padding : padding + text;
}

// Table cells stay on one line whatever a title holds, and reach the
// terminal without a control character in them (core::oneLineMessage).
std::string oneLine(std::string text) {
    std::replace_if(
        text.begin(), text.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
    return core::oneLineMessage(text);
}

} // namespace

TextTable::TextTable(std::vector<Column> columns)
    : m_columns(std::move(columns)) {}

void TextTable::addRow(std::vector<std::string> cells) {
    cells.resize(m_columns.size());
    for (std::string &cell : cells)
        cell = oneLine(std::move(cell));
    m_rows.push_back(std::move(cells));
}

std::string TextTable::render() const {
    std::vector<std::size_t> widths;
    for (const Column &column : m_columns)
        widths.push_back(codePoints(column.title));
    for (const auto &row : m_rows) {
        for (std::size_t i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], codePoints(row[i]));
    }
    const auto renderLine = [&](const std::vector<std::string> &cells) {
        std::string line;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i > 0)
                line += "  ";
            line += padded(cells[i], widths[i], m_columns[i].align);
        }
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        return line + '\n';
    };
    std::vector<std::string> titles;
    std::string rule;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        titles.push_back(m_columns[i].title);
        rule += (i > 0 ? "  " : "") + std::string(widths[i], '-');
    }
    std::string out = renderLine(titles) + rule + '\n';
    for (const auto &row : m_rows)
        out += renderLine(row);
    return out;
}

} // namespace castnet::cli
