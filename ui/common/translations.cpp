// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace castnet::ui {

void installTranslations(QCoreApplication &app) {
    const QString folder = QStringLiteral(":/i18n");
    auto *english = new QTranslator(&app);
    if (english->load(QStringLiteral("castnet_en"), folder))
        QCoreApplication::installTranslator(english);
    else
        delete english;
    // Installed last, asked first; English users already have theirs.
    auto *local = new QTranslator(&app);
    if (local->load(QLocale(), QStringLiteral("castnet"), QStringLiteral("_"), folder) &&
        local->language() != QStringLiteral("en"))
        QCoreApplication::installTranslator(local);
    else
        delete local;
}

} // namespace castnet::ui
