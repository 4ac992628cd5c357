// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QDialog>

#include "core/domain/error.h"
#include "core/report/campaign_workbook.h"
#include "core/report/report_format.h"
#include "core/report/report_model.h"

class QComboBox;
class QTextBrowser;

namespace castnet::ui {

// File › Export Report…: shows the report of the current campaign for
// reading before it is written, lets the user pick the format and the paper
// size, and writes it through writeReport(), the code `castnet report` uses.
// The dialog shows the report's text and tables for reading; Print Preview
// shows the PDF's own pages, charts included.
class ReportExportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportExportDialog)

public:
    // `build` makes the report for a paper size (the report is rebuilt when
    // the paper changes, since page layout depends on it).
    using ReportBuilder = std::function<core::Report(core::PaperSize)>;

    ReportExportDialog(ReportBuilder build, QString suggestedName, QWidget *parent = nullptr);

    // Builds the campaign's workbook (DESIGN §16) when it is written.
    using WorkbookBuilder = std::function<core::Result<core::CampaignWorkbook>()>;

    // Offers the Excel workbook as a format; it is built from `build` when
    // the user exports it.
    void setWorkbookSource(WorkbookBuilder build);

    // The open workspace, which no export may replace.
    void setWorkspaceFile(QString path);

    // Writes the report in the chosen format to `path`; the workspace file
    // (by any name or link) is refused and left as it was.
    core::Result<void> writeTo(const QString &path);

private:
    void refreshPreview();
    void printPreview();
    void exportReport();
    core::ReportFormat format() const;
    core::PaperSize paper() const;

    ReportBuilder m_build;
    WorkbookBuilder m_buildWorkbook;
    QString m_suggestedName;
    QString m_workspaceFile;
    core::Report m_report;
    QComboBox *m_format = nullptr;
    QComboBox *m_paper = nullptr;
    QTextBrowser *m_preview = nullptr;
};

} // namespace castnet::ui
