// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/gui_app.h"

#include <cstdio>

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QStandardPaths>
#include <QTimer>

#include "ui/common/string_conversion.h"
#include "ui/common/translations.h"
#include "ui/window/main_window.h"
#include "ui/window/setting_value.h"

namespace castnet::ui {

namespace {

// Qt aborts when no platform can start, so ask the environment first.
bool displayAvailable() {
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ||
           !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

QString defaultWorkspacePath() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/castnet/castnet.db");
}

// The workspace to open and how: the one asked for (created when missing),
// else the last one if it still exists, else the default, which starts with
// the demo brand.
std::pair<QString, MainWindow::OpenOptions>
startupWorkspace(const std::optional<std::string> &requested) {
    if (requested)
        return {toQString(*requested), {.createIfMissing = true, .demoIfNew = false}};
    const SettingValue<QString> lastWorkspace{QStringLiteral("workspace/last")};
    const auto last = lastWorkspace.get();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return {last, {}};
    const auto path = defaultWorkspacePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    return {path, {.createIfMissing = true, .demoIfNew = true}};
}

} // namespace

int runGui(int argc, char **argv, std::optional<std::string> workspacePath) {
    if (!displayAvailable()) {
        std::fputs("castnet: no display found; the headless subcommands are demo, import, "
                   "export, classify, project, compare, optimize, report, actuals, baseline, "
                   "progress, calibrate, server, copy (see castnet --help)\n",
                   stderr);
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Castnet"));
    QApplication::setOrganizationName(QStringLiteral("Castnet"));
    QApplication::setApplicationVersion(QStringLiteral(CASTNET_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.castnet.Castnet"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/castnet.svg")));
    installTranslations(app);

    MainWindow window;
    window.show();
    const auto startup = startupWorkspace(workspacePath);
    // After the event loop starts, so that a refusal's message box has its
    // window behind it.
    QTimer::singleShot(0, &window, [&window, startup] {
        window.openWorkspaceInteractively(startup.first, startup.second);
    });
    return QApplication::exec();
}

} // namespace castnet::ui
