// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace castnet::ui {

// Installs the built-in translations on `app`: the English plural forms
// ("1 activity", "2 activities"; the sources say only the plural), and over
// them the translation for the user's language when one is built in.
void installTranslations(QCoreApplication &app);

} // namespace castnet::ui
