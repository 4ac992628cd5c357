// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/last_folder.h"

#include <QDir>
#include <QFileInfo>

#include "ui/window/setting_value.h"

namespace castnet::ui {

namespace {

const SettingValue<QString> lastFolderSetting{QStringLiteral("dialogs/lastFolder")};

} // namespace

QString lastFolder() {
    const QString folder = lastFolderSetting.get();
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

QString inLastFolder(const QString &fileName) {
    return QDir(lastFolder()).filePath(fileName);
}

void rememberFolderOf(const QString &path) {
    if (!path.isEmpty())
        lastFolderSetting.set(QFileInfo(path).absolutePath());
}

} // namespace castnet::ui
