// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/action.h"

#include <QAction>
#include <QIcon>

namespace castnet::ui {

QAction *makeAction(QObject *parent, const QString &text, const QString &iconName,
                    const QKeySequence &shortcut) {
    auto *action = new QAction(QIcon::fromTheme(iconName), text, parent);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    auto accessible = text;
    accessible.remove(u'&');
    accessible.remove(QStringLiteral("…"));
    action->setObjectName(accessible);
    action->setToolTip(accessible);
    return action;
}

} // namespace castnet::ui
