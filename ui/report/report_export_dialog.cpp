// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/report_export_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "core/domain/try.h"
#include "core/exchange/file_io.h"
#include "core/report/workbook_writer.h"
#include "ui/common/last_folder.h"
#include "ui/common/string_conversion.h"
#include "ui/report/report_export.h"
#include "ui/report/report_pdf_writer.h"

namespace castnet::ui {

ReportExportDialog::ReportExportDialog(ReportBuilder build, QString suggestedName, QWidget *parent)
    : QDialog(parent)
    , m_build(std::move(build))
    , m_suggestedName(std::move(suggestedName)) {
    setWindowTitle(tr("Export Report"));
    resize(900, 720);

    m_format = new QComboBox(this);
    m_format->setAccessibleName(tr("Report format"));
    m_format->addItem(tr("PDF document"), int(core::ReportFormat::Pdf));
    m_format->addItem(tr("Web page (HTML)"), int(core::ReportFormat::Html));
    m_format->addItem(tr("Markdown"), int(core::ReportFormat::Markdown));
    m_paper = new QComboBox(this);
    m_paper->setAccessibleName(tr("Paper size"));
    m_paper->addItem(tr("A4"), int(core::PaperSize::A4));
    m_paper->addItem(tr("Letter"), int(core::PaperSize::Letter));
    connect(m_format, &QComboBox::currentIndexChanged, this,
            [this] { m_paper->setEnabled(format() == core::ReportFormat::Pdf); });
    connect(m_paper, &QComboBox::currentIndexChanged, this, &ReportExportDialog::refreshPreview);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Paper:"), m_paper);

    m_preview = new QTextBrowser(this);
    m_preview->setAccessibleName(tr("Report preview"));
    m_preview->setOpenLinks(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *preview = buttons->addButton(tr("Print Pre&view…"), QDialogButtonBox::ActionRole);
    connect(preview, &QPushButton::clicked, this, &ReportExportDialog::printPreview);
    auto *save = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, &ReportExportDialog::exportReport);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    refreshPreview();
}

core::ReportFormat ReportExportDialog::format() const {
    return static_cast<core::ReportFormat>(m_format->currentData().toInt());
}

core::PaperSize ReportExportDialog::paper() const {
    return static_cast<core::PaperSize>(m_paper->currentData().toInt());
}

void ReportExportDialog::refreshPreview() {
    m_report = m_build(paper());
    // Markdown is what QTextBrowser renders best: headings, lists and tables.
    const std::string text = renderReportText(m_report, core::ReportFormat::Markdown);
    m_preview->setMarkdown(toQString(text));
}

void ReportExportDialog::printPreview() {
    // The pages of the PDF, painted by the same code on the preview's printer.
    QPrintPreviewDialog dialog(this);
    dialog.setWindowTitle(tr("Report Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *printer) {
        printer->setResolution(reportResolution);
        preparePages(*printer, paper());
        if (auto painted = paintReport(m_report, *printer); !painted)
            QMessageBox::warning(this, tr("Report Preview"), toQString(painted.error().message));
    });
    dialog.exec();
}

void ReportExportDialog::setWorkbookSource(WorkbookBuilder build) {
    m_buildWorkbook = std::move(build);
    if (m_format->findData(int(core::ReportFormat::Xlsx)) < 0)
        m_format->addItem(tr("Excel workbook (XLSX)"), int(core::ReportFormat::Xlsx));
}

void ReportExportDialog::setWorkspaceFile(QString path) {
    m_workspaceFile = std::move(path);
}

core::Result<void> ReportExportDialog::writeTo(const QString &path) {
    CASTNET_TRY_VOID(core::refuseSameFile(toStdString(path), toStdString(m_workspaceFile), {}));
    if (format() == core::ReportFormat::Xlsx) {
        if (!m_buildWorkbook)
            return core::failInternal("this window has no workbook to write");
        CASTNET_TRY(const auto workbook, m_buildWorkbook());
        return core::writeWorkbook(workbook, toStdString(path));
    }
    return writeReport(m_report, format(), toStdString(path));
}

void ReportExportDialog::exportReport() {
    const core::ReportFormat chosen = format();
    const QString suffix = toQString(std::string(core::toString(chosen)));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report"), inLastFolder(m_suggestedName + QLatin1Char('.') + suffix),
        tr("Report (*.%1)").arg(suffix));
    if (path.isEmpty())
        return;
    rememberFolderOf(path);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = writeTo(path);
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(this, tr("Export Report"), toQString(written.error().message));
        return;
    }
    accept();
}

} // namespace castnet::ui
