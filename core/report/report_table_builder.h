// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/report/report_model.h"

namespace castnet::core {

// Small helpers that keep the section builders readable.

inline ReportColumn textColumn(std::string title, double weight = 1.0) {
    return {std::move(title), ReportColumn::Align::Left, weight};
}

inline ReportColumn figureColumn(std::string title, double weight = 1.0) {
    return {std::move(title), ReportColumn::Align::Right, weight};
}

inline ReportTable makeTable(std::vector<ReportColumn> columns, std::string caption = {}) {
    ReportTable table;
    table.caption = std::move(caption);
    table.columns = std::move(columns);
    return table;
}

inline void addRow(ReportTable &table, std::vector<std::string> cells, bool total = false) {
    cells.resize(table.columns.size());
    table.rows.push_back(std::move(cells));
    table.totalRows.push_back(total);
}

inline ReportParagraph paragraph(std::string text) {
    return {std::move(text), ReportParagraph::Style::Body};
}

inline ReportParagraph note(std::string text) {
    return {std::move(text), ReportParagraph::Style::Note};
}

} // namespace castnet::core
