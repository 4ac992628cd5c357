// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include "core/domain/error.h"
#include "core/report/report_model.h"

QT_BEGIN_NAMESPACE
class QIODevice;
class QPagedPaintDevice;
QT_END_NAMESPACE

namespace castnet::ui {

// The report as a PDF on A4 or Letter (report.paper): a title page with the
// contents, each top-level section from a new page, tables that continue
// on the next page under a repeated header row, the charts as vector
// graphics, real (extractable) text in fonts with wide coverage, and
// "Page N of M" on every page. Needs a QApplication, since the charts are
// drawn by the Qt Charts widgets.
core::Result<void> writeReportPdf(const core::Report &report, QIODevice &device);

// The same pages painted on any paged device: the PDF writer above, or a
// printer (the print preview of File › Export Report…). The device must
// have the report's resolution (reportResolution) and its page layout set
// by preparePages().
inline constexpr int reportResolution = 96;
void preparePages(QPagedPaintDevice &device, core::PaperSize paper);
core::Result<void> paintReport(const core::Report &report, QPagedPaintDevice &device);

} // namespace castnet::ui
