// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <QSettings>
#include <QString>
#include <QVariant>

namespace castnet::ui {

// One typed QSettings entry (qBittorrent's SettingValue<T>). Instances are
// declared where they are used; only ui/ and app/ touch QSettings. The
// settings file is the application's (organisation and application name),
// so tests that set their own application name never touch a user's.
template<class T> class SettingValue {
public:
    SettingValue(QString key, T fallback = T())
        : m_key(std::move(key))
        , m_fallback(std::move(fallback)) {}

    T get() const {
        const auto value = QSettings().value(m_key);
        return value.isValid() && value.canConvert<T>() ? value.value<T>() : m_fallback;
    }

    void set(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }

private:
    QString m_key;
    T m_fallback;
};

} // namespace castnet::ui
