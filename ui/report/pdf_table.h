// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QColor>
#include <QFont>

#include "core/report/report_model.h"
#include "ui/report/pdf_page_flow.h"

namespace castnet::ui {

struct PdfTableStyle {
    QFont body;
    QFont bold;
    QFont caption;
    QColor text;
    QColor muted;
    QColor rule;
    QColor headerFill;
    double padX = 0.0; // cell padding, device units
    double padY = 0.0;
};

// The widths of a table's columns, summing to `width`: every cell and
// header on one line when that fits; else cells on one line and headers
// wrapped; else every column at least its longest word, the rest shared by
// how much each column's text would like to grow.
std::vector<double> tableColumnWidths(const core::ReportTable &table, double width,
                                      const PdfTableStyle &style, QPaintDevice &device);

// Flows a table down the pages: rows never split, and a table that goes on
// to another page repeats its header row there.
void flowTable(PdfPageFlow &flow, const core::ReportTable &table, const PdfTableStyle &style);

} // namespace castnet::ui
