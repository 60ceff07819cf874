// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QString>
#include <QStringList>

namespace tianye::ui {

// Installs Tianye's and Qt's own translations for the chosen language, or the
// first of the system's UI languages that Tianye ships; English otherwise.
class Translator final
{
public:
    // Languages with a translation, as locale names ("zh_CN").
    static QStringList available();
    // Returns the language installed ("en" when none).
    static QString install(const QString& preferred = {});
};

} // namespace tianye::ui
