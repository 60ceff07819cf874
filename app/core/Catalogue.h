// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QString>
#include <QStringList>

class QTranslator;

namespace tianye {

// The translation catalogues shipped inside the programs (":/i18n/tianye_*.qm").
// English is the source language; its catalogue holds only plural forms.
namespace catalogue {

// Languages with a catalogue, as locale names ("en", "zh_CN").
QStringList shipped();
// Loads the catalogue of language into translator; false when none is shipped.
bool load(QTranslator& translator, const QString& language);

} // namespace catalogue
} // namespace tianye
