// SPDX-License-Identifier: GPL-3.0-or-later
#include <csignal>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli.h"

#ifdef CASTNET_WITH_GUI
#include <QApplication>

#include "ui/report/report_export.h"
#include "ui/window/gui_app.h"

namespace {

// PDF and HTML reports draw their charts with the window's Qt Charts code,
// which needs an application object but no display.
castnet::core::Result<void> writeReportWithCharts(const castnet::core::Report &report,
                                                  castnet::core::ReportFormat format,
                                                  const std::string &path) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt's notes about the environment (no XDG_RUNTIME_DIR, say) are not
    // the user's business; stderr keeps its one line for a failure.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtCriticalMsg || type == QtFatalMsg)
            std::fprintf(stderr, "castnet: %s\n", message.toStdString().c_str());
    });
    std::unique_ptr<QApplication> application;
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "castnet";
        static char *argv[] = {name, nullptr};
        application = std::make_unique<QApplication>(argc, argv);
    }
    return castnet::ui::writeReport(report, format, path);
}

} // namespace
#endif

int main(int argc, char **argv) {
    // Past the file size limit (ulimit -f) a write then fails with EFBIG,
    // which every writer reports and cleans up after, instead of the process
    // dying silently and leaving its temporary files.
    std::signal(SIGXFSZ, SIG_IGN);
    const std::vector<std::string> args(argv + 1, argv + argc);
    const castnet::cli::Invocation invocation = castnet::cli::invocationFor(args);
#ifdef CASTNET_WITH_GUI
    if (!invocation.gui)
        return castnet::cli::runCli(args, writeReportWithCharts);
    return castnet::ui::runGui(argc, argv, invocation.workspace);
#else
    if (!invocation.gui)
        return castnet::cli::runCli(args);
    std::fputs("castnet: this build has no GUI; run castnet --help for the subcommands\n", stderr);
    return castnet::cli::UserError;
#endif
}
