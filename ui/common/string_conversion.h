// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

#include <QString>

namespace castnet::ui {

// Core text is UTF-8 std::string; Qt text is QString. These are the only
// conversions the UI uses, so no text ever goes through the C locale.
inline QString toQString(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

inline std::string toStdString(const QString &text) {
    return text.toStdString();
}

} // namespace castnet::ui
