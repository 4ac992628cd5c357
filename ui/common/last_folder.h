// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace castnet::ui {

// The folder the last file dialog chose a file in, so that the next one
// opens there; the home folder until then, or when that folder is gone.
QString lastFolder();

// `path`'s folder, or the home folder, joined with `fileName`: what a save
// dialog suggests.
QString inLastFolder(const QString &fileName);

// Remembers the folder of `path` (a file a dialog returned); an empty path,
// a cancelled dialog, changes nothing.
void rememberFolderOf(const QString &path);

} // namespace castnet::ui
