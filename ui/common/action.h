// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QString>

class QAction;
class QObject;

namespace castnet::ui {

// An action with a theme icon and an optional shortcut, named for screen
// readers and tests by its text without the & mnemonic or the dots.
QAction *makeAction(QObject *parent, const QString &text, const QString &iconName,
                    const QKeySequence &shortcut = {});

} // namespace castnet::ui
