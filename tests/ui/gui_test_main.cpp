// SPDX-License-Identifier: GPL-3.0-or-later
// The main() of every ui test: a QApplication on the offscreen platform with
// a test-only application name, so a user's settings are never touched.
#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include "ui/common/translations.h"

int main(int argc, char **argv) {
    // ctest sets this too; test discovery at build time does not.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("castnet-tests"));
    QCoreApplication::setOrganizationName(QStringLiteral("castnet-tests"));
    // The window's words as a user reads them, plural forms included.
    castnet::ui::installTranslations(app);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
