// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include "core/error.h"
#include "core/report/report_model.h"

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace castnet::ui {

// The report as a PDF on A4 or Letter (report.paper): a title page with the
// contents, each top-level section from a new page, tables that continue
// on the next page under a repeated header row, the charts as vector
// graphics, real (extractable) text in fonts with wide coverage, and
// "Page N of M" on every page. Needs a QApplication, since the charts are
// drawn by the Qt Charts widgets.
core::Result<void> writeReportPdf(const core::Report &report, QIODevice &device);

} // namespace castnet::ui
